/** Runs the CLI in-process with captured output. */
import { run, type Io } from '../../src/program.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; now?: Date; isTTY?: boolean } = {},
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false, columns: 120 },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => options.now ?? new Date('2026-11-23T12:00:00.000Z'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export const EXAMPLE_INVENTORY = new URL('../../examples/genomics-lab.inventory.json', import.meta.url).pathname;
