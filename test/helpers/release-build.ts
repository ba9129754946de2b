/**
 * The run's one build of the package (test/setup/release-build.ts), for tests in the release project: waits until
 * the compiler has finished, then returns where the package is, or fails with the compiler's output.
 */
import { existsSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { BUILD_STATUS_FILE, type BuildStatus } from '../setup/release-build.js';

export interface ReleaseBuild {
  /** A package directory as `prepack` leaves it: package.json, README.md, examples/, schemas/, dist/. */
  packageDirectory: string;
  /** The built CLI: `node <cli> …` runs it the way the installed `dbgap-audit` bin does. */
  cli: string;
}

export async function releaseBuild(): Promise<ReleaseBuild> {
  const directory = inject('releaseBuildDirectory');
  if (!directory) throw new Error('No release build in this run: the test must be in the release project (vitest.config.ts).');
  const statusFile = join(directory, BUILD_STATUS_FILE);
  await new Promise<void>((resolve, reject) => {
    // Watch first, then look, so the file cannot appear unseen in between.
    const watcher = watch(directory, () => {
      if (existsSync(statusFile)) done();
    });
    watcher.on('error', (error) => {
      watcher.close();
      reject(error);
    });
    function done() {
      watcher.close();
      resolve();
    }
    if (existsSync(statusFile)) done();
  });
  const status = JSON.parse(readFileSync(statusFile, 'utf8')) as BuildStatus;
  if (status.exitCode !== 0) throw new Error(`The release build failed (tsc exit ${status.exitCode}):\n${status.output}`);
  return { packageDirectory: directory, cli: join(directory, 'dist', 'src', 'cli.js') };
}
