/**
 * All of a run's output files or none of them. Every output is first written whole to a temporary file beside its
 * target and flushed to disk; only when all are staged are they renamed over their targets, in one synchronous
 * step. A failure, or Ctrl-C/SIGTERM before that step, removes the temporary files and any directory the run
 * created (so a refused evidence bundle leaves no folder); an interrupt cannot land inside the step, because the
 * signal handler runs on the same thread between JavaScript tasks.
 *
 * File creation, directory creation and the renames are synchronous for the same reason: an asynchronous open
 * still in flight when the signal arrives would create its file after the handler had cleaned up (the 0-byte
 * temporary file of issue 14).
 */
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

/** One sentence for an error of the file system, with the real cause (a read-only file system is not ENOENT). */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a parent path is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return code ?? (error as Error).message;
  }
}

interface StagedFile {
  target: string;
  temporary: string;
}

/** Stages that have neither committed nor been aborted; the CLI's signal handler aborts them. */
const openStages = new Set<StagedOutputs>();
/** Files this process has committed, in order, so an interrupted run can say what it left behind. */
export const committedOutputs: string[] = [];

export class StagedOutputs {
  private readonly files: StagedFile[] = [];
  /** Directories this stage created, outermost first. */
  private readonly createdDirectories: string[] = [];

  constructor() {
    openStages.add(this);
  }

  /**
   * Makes sure `path` is a directory, creating it and its missing parents. Each missing level is created on its
   * own: Node's recursive mkdir reports ENOENT for a read-only file system (and loops on some pseudo-file
   * systems), so the nearest existing ancestor is checked for write access first and its real error reported.
   */
  directory(path: string, what = 'directory', mode = 0o755): void {
    const missing: string[] = [];
    let current = resolve(path);
    for (;;) {
      try {
        if (!statSync(current).isDirectory()) {
          throw new OutputError(missing.length === 0 ? `The ${what} ${path} is not a directory.` : `Cannot create the ${what} ${path}: ${current} is not a directory.`);
        }
        break;
      } catch (error) {
        if (error instanceof OutputError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        // ENOTDIR: an ancestor is a file; walking up finds it and names it.
        if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(current) === current) {
          throw new OutputError(`Cannot create the ${what} ${path}: ${describeWriteError(error)}.`);
        }
        missing.unshift(current);
        current = dirname(current);
      }
    }
    if (missing.length === 0) return;
    try {
      accessSync(current, constants.W_OK);
    } catch (error) {
      throw new OutputError(`Cannot create the ${what} ${path}: ${describeWriteError(error)} (${current}).`);
    }
    for (const directory of missing) {
      try {
        mkdirSync(directory, { mode });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? `the file system at ${dirname(directory)} does not allow creating directories` : describeWriteError(error);
        throw new OutputError(`Cannot create the ${what} ${path}: ${why}.`);
      }
      this.createdDirectories.push(directory);
    }
  }

  /** Writes `content` whole to a temporary file beside `target` and flushes it to disk. */
  write(target: string, content: string | Uint8Array, options: { mode?: number } = {}): void {
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let descriptor: number;
    try {
      descriptor = openSync(temporary, 'wx', options.mode ?? 0o644);
    } catch (error) {
      throw new OutputError(`Cannot write ${target}: ${describeWriteError(error)}.`);
    }
    this.files.push({ target, temporary });
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
      fsyncSync(descriptor);
    } catch (error) {
      throw new OutputError(`Cannot write ${target}: ${describeWriteError(error)}.`);
    } finally {
      closeSync(descriptor);
    }
  }

  /** Renames every staged file over its target, in one synchronous step; returns the targets. */
  commit(): string[] {
    openStages.delete(this);
    const done: string[] = [];
    try {
      for (const file of this.files) {
        renameSync(file.temporary, file.target);
        done.push(file.target);
        committedOutputs.push(file.target);
      }
    } catch (error) {
      const failed = this.files[done.length]!;
      this.removeTemporaryFiles();
      const kept = done.length > 0 ? ` (already written: ${done.join(', ')})` : '';
      throw new OutputError(`Cannot write ${failed.target}: ${describeWriteError(error)}${kept}.`);
    }
    // The renames are durable once their directories are flushed (best effort: not every file system allows it).
    for (const directory of new Set(this.files.map((file) => dirname(file.target)))) {
      try {
        const descriptor = openSync(directory, 'r');
        try {
          fsyncSync(descriptor);
        } finally {
          closeSync(descriptor);
        }
      } catch {
        // A directory that cannot be opened for fsync still holds the renamed files.
      }
    }
    return done;
  }

  /** Removes what this stage wrote: its temporary files and the directories it created (when left empty). */
  abort(): void {
    openStages.delete(this);
    this.removeTemporaryFiles();
    for (const directory of [...this.createdDirectories].reverse()) {
      try {
        rmdirSync(directory);
      } catch {
        // Not empty (someone else wrote there) or already gone: leave it.
      }
    }
  }

  private removeTemporaryFiles(): void {
    for (const file of this.files) rmSync(file.temporary, { force: true });
  }
}

/**
 * Runs `work` with a fresh stage and commits it; if `work` throws, everything it staged is removed and the error
 * passes on. Returns what `work` returned and the files written.
 */
export async function withStagedOutputs<T>(work: (stage: StagedOutputs) => Promise<T> | T): Promise<{ value: T; written: string[] }> {
  const stage = new StagedOutputs();
  let value: T;
  try {
    value = await work(stage);
    await holdBeforeCommitForTests();
  } catch (error) {
    stage.abort();
    throw error;
  }
  return { value, written: stage.commit() };
}

/** Writes one file the all-or-nothing way. */
export async function writeOutputFile(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await withStagedOutputs((stage) => stage.write(path, content, options));
}

/**
 * For the CLI's signal handler: removes every staged file and created directory of the stages still open, and
 * says what the run leaves behind.
 */
export function abortStagedOutputs(): { committed: readonly string[] } {
  for (const stage of [...openStages]) stage.abort();
  return { committed: committedOutputs };
}

/**
 * Test hook: with DBGAP_AUDIT_HOLD_BEFORE_COMMIT set, a run announces on stderr that its files are staged and waits
 * there, so a test sends its signal at exactly that point rather than after a guessed delay.
 */
async function holdBeforeCommitForTests(): Promise<void> {
  if (!process.env.DBGAP_AUDIT_HOLD_BEFORE_COMMIT) return;
  process.stderr.write('dbgap-audit: outputs staged; holding before commit\n');
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
