import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { OutputError } from '../errors.js';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent path is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return (error as Error).message;
  }
}

/** Temporary files being written right now; the CLI removes them if the user interrupts the run. */
export const pendingTemporaryFiles = new Set<string>();

/**
 * Writes a file atomically: a temporary sibling is written and then renamed over the target, so a crash or Ctrl-C
 * never leaves a half-written report and an existing file is only replaced by a complete one.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: { mode?: number; createDirectory?: boolean } = {},
): Promise<void> {
  const directory = dirname(path);
  if (options.createDirectory) {
    try {
      await mkdir(directory, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new OutputError(`Cannot create the directory ${directory}: ${reason(error)}.`);
    }
  }
  const temporary = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    await writeFile(temporary, content, { mode: options.mode ?? 0o644 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError(`Cannot write ${path}: ${reason(error)}.`);
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
