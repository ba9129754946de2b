/** What the CLI reads and writes, passed in so tests run the program in-process. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  /** Where the default config and waiver files are looked for. */
  cwd: string;
  /** The clock; tests freeze it. */
  now?: () => Date;
}

/** Colour only on a terminal, never in a file; NO_COLOR wins over FORCE_COLOR, `--no-color` over both. */
export function useColor(flags: { color: boolean }, io: Io, toFile: boolean): boolean {
  if (!flags.color || toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}
