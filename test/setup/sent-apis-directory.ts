/**
 * Global setup: a fresh directory per run, where the integration run's collector test files record the APIs they
 * saw collectors send (test/setup/record-sent-apis.ts) and the declared-apis project reads them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sentApisDirectory: string;
  }
}

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-sent-apis-'));
  project.provide('sentApisDirectory', directory);
  return () => rmSync(directory, { recursive: true, force: true });
}
