/**
 * Global setup of the release project: one build of the package, shared by every test that needs it (the built
 * binary, the npm package, Ctrl-C). It starts as the run begins, beside the other projects' tests, into a fresh
 * directory laid out as `prepack` leaves the package (package.json, README.md, examples/, schemas/, dist/);
 * test/helpers/release-build.ts waits for it. The directory is inside the project so the built CLI resolves its
 * dependencies from node_modules.
 *
 * It is `npm run build` (tsc -p tsconfig.build.json) without the type checking, which `npm test` does beside it,
 * and without loading the dependencies' declarations (`--noCheck --noResolve`): half the time, on the path to the
 * package test. tsconfig.json's `isolatedModules` makes tsc refuse code whose JavaScript would depend on other
 * files' types, so each file compiles to the same JavaScript either way.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    releaseBuildDirectory: string;
  }
}

/** Written into the build directory when the compiler exits; its presence means the build is over. */
export const BUILD_STATUS_FILE = 'build-status.json';

export interface BuildStatus {
  exitCode: number | null;
  output: string;
}

const root = join(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => Promise<void> {
  mkdirSync(join(root, '.test-build'), { recursive: true });
  const directory = mkdtempSync(join(root, '.test-build', 'release-'));
  for (const entry of ['package.json', 'README.md', 'examples', 'schemas']) cpSync(join(root, entry), join(directory, entry), { recursive: true });

  const compiler = spawn(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--noResolve', '--outDir', join(directory, 'dist')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  compiler.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  compiler.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<void>((resolve) => {
    let settled = false;
    const settle = (exitCode: number | null) => {
      if (settled) return;
      settled = true;
      const status: BuildStatus = { exitCode, output };
      // Written whole, then renamed: a waiting test never reads half a file.
      writeFileSync(join(directory, `${BUILD_STATUS_FILE}.partial`), JSON.stringify(status));
      renameSync(join(directory, `${BUILD_STATUS_FILE}.partial`), join(directory, BUILD_STATUS_FILE));
      resolve();
    };
    compiler.on('error', (error) => {
      output += String(error);
      settle(null);
    });
    compiler.on('close', settle);
  });
  project.provide('releaseBuildDirectory', directory);

  return async () => {
    compiler.kill();
    await finished;
    rmSync(directory, { recursive: true, force: true });
  };
}
