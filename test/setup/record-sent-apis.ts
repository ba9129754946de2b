/**
 * Setup file of the integration project. In a collector test file (test/collect/), every API a collector sends
 * through its restricted client view is recorded, and written when the file ends to the run's directory (one
 * JSON file per test file) for test/trust/declared-apis.test.ts, with the APIs the collectors declare: read here,
 * where the collectors are already loaded, the proof itself loads no SDK and runs at once. Other files record
 * nothing and load nothing.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';

export interface SentApisRecord {
  /** The test file, relative to the project root. */
  file: string;
  /** What the collectors sent while the file ran: `service.Operation`, sorted. */
  sent: string[];
  /** What the collectors declare (COLLECTORS), sorted. */
  declared: string[];
}

const COLLECTOR_TESTS = 'test/collect/';
const root = join(import.meta.dirname, '..', '..');
let recording: { file: string; sent: Set<string>; declared: string[]; stop: () => void } | undefined;

// vitest passes the file's suite second; the first argument (fixtures) must be destructured, even when empty.
beforeAll(async ({}, suite) => {
  const file = relative(root, suite.file.filepath).split('\\').join('/');
  if (!file.startsWith(COLLECTOR_TESTS)) return;
  const [{ recordSentApis }, { COLLECTORS }] = await Promise.all([import('./sent-apis.js'), import('../../src/collect/collectors.js')]);
  const sent = new Set<string>();
  const declared = [...new Set(Object.values(COLLECTORS).flatMap((collector) => collector.apis))].sort();
  recording = { file, sent, declared, stop: recordSentApis(sent) };
});

afterAll(() => {
  if (!recording) return;
  const { file, sent, declared, stop } = recording;
  stop();
  recording = undefined;
  const record: SentApisRecord = { file, sent: [...sent].sort(), declared };
  const name = `${createHash('sha256').update(file).digest('hex').slice(0, 16)}.json`;
  writeFileSync(join(inject('sentApisDirectory'), name), JSON.stringify(record));
});
