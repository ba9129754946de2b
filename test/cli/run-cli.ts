/** Runs the program in-process with captured output and a frozen clock. */
import { run, type Io } from '../../src/program.js';

export const FROZEN_NOW = new Date('2026-11-21T09:30:15.000Z');

export async function runCli(
  argv: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { NO_COLOR: '1', ...env },
    cwd,
    now: () => FROZEN_NOW,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
