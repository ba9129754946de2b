/**
 * THE way a file given to dbgap-audit is read (inventory, report, baseline, waivers, config): regular files only,
 * a size limit, UTF-8 only (a leading BOM is dropped), and for JSON a nesting limit checked before parsing. Every
 * refusal is one sentence naming the file, so a FIFO, /dev/zero or a 200 000-deep array never hangs the run,
 * exhausts memory or overflows the stack.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputFileError } from '../errors.js';

/** Files larger than this are refused rather than exhausting memory (512 MiB: far above any real inventory). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;
/** JSON nested deeper than this is refused before parsing (inventories and policy documents stay under 20). */
export const MAX_JSON_DEPTH = 512;

export interface InputFileOptions {
  /** How the file is named in messages: "inventory file", "waivers file"… */
  what: string;
  /** Missing is not an error (a default file looked up in the working directory): resolves undefined. */
  optional?: boolean;
  maxBytes?: number;
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'is not readable (permission denied)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'is not reachable (a parent path is not a directory)';
    case 'ELOOP':
      return 'is a symbolic link loop';
    default:
      return `could not be read (${code ?? (error as Error).message})`;
  }
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

/** Offset of the first byte that is not part of well-formed UTF-8 (only called once decoding has failed). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next += 1) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    const second = bytes[index + 1] ?? 0;
    // Overlong three- and four-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}

async function readBounded(handle: FileHandle, limit: number): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) return { bytes: Buffer.alloc(0), over: true };
  }
  return { bytes: Buffer.concat(chunks, total), over: false };
}

/** Reads a regular file's bytes, within the size limit; missing is undefined when `optional`. */
export async function readInputBytes(path: string, options: InputFileOptions & { optional?: false }): Promise<Buffer>;
export async function readInputBytes(path: string, options: InputFileOptions): Promise<Buffer | undefined>;
export async function readInputBytes(path: string, options: InputFileOptions): Promise<Buffer | undefined> {
  const label = `The ${options.what} ${path}`;
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. What was opened is checked
    // with fstat below, so a file swapped between a stat and the open cannot slip through.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (options.optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputFileError(`${label} ${whyUnreadable(error)}.`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputFileError(`${label} is ${kindOf(info)}; give a regular file.`);
    if (info.size > limit) throw new InputFileError(`${label} is ${info.size} bytes (${mib(info.size)}), over the ${limit}-byte (${mib(limit)}) limit.`);
    // The size can change while reading (a file still being written): the limit holds for what is actually read.
    const read = await readBounded(handle, limit);
    if (read.over) throw new InputFileError(`${label} grew past the ${limit}-byte (${mib(limit)}) limit while being read.`);
    return read.bytes;
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(`${label} ${whyUnreadable(error)}.`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a text file; see the module comment for what is refused. */
export async function readInputFile(path: string, options: InputFileOptions & { optional?: false }): Promise<string>;
export async function readInputFile(path: string, options: InputFileOptions): Promise<string | undefined>;
export async function readInputFile(path: string, options: InputFileOptions): Promise<string | undefined> {
  const bytes = await readInputBytes(path, options);
  if (bytes === undefined) return undefined;
  try {
    // A leading BOM (Windows editors) is dropped by the decoder; any invalid byte sequence is refused.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(`The ${options.what} ${path} is not UTF-8 text (invalid byte at offset ${firstInvalidUtf8Offset(bytes)}).`);
  }
}

/**
 * The deepest nesting of arrays and objects in a JSON text, scanning no further than `limit + 1` levels. Strings
 * are skipped with their escapes, so a bracket inside a string does not count.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

/** JSON.parse behind the depth limit; every failure is one sentence naming the file. */
export function parseJsonInput(text: string, label: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new InputFileError(`${label} is nested more than ${MAX_JSON_DEPTH} levels deep; refusing to parse it.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`${label} is not valid JSON (${(error as Error).message.split('\n')[0]}).`);
  }
}

/**
 * YAML (config and waivers files) behind the same nesting limit: flow collections (`[[[…]]]`) are counted like JSON
 * (brackets in comments or single-quoted strings may count too, which only matters past 512 of them).
 */
export function checkYamlDepth(text: string, label: string): void {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new InputFileError(`${label} is nested more than ${MAX_JSON_DEPTH} levels deep; refusing to parse it.`);
}
