/**
 * `scan … | head -1`: the built binary in a real pipe. When the reader goes away, the scan ends quietly (no EPIPE
 * stack trace) with its own exit code (1 here: the demo has failures), which `set -o pipefail` passes on.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
// A private build, so this test never races another test's build of dist/.
const outDir = join(root, '.test-build', `pipe-${process.pid}`);
const cli = join(outDir, 'src', 'cli.js');
const scan = ['scan', '--inventory', join(root, 'examples', 'genomics-lab.inventory.json')];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, stdio: 'ignore' });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and waits for it to exit: the readiness signal, never a timer. */
function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `dbgap-audit ARGS | head -1` in bash with pipefail, so the exit status is dbgap-audit's. */
function pipeline(args: string[]): Promise<Finished> {
  const quoted = [process.execPath, cli, ...args].map((word) => `'${word}'`).join(' ');
  return finished(spawn('bash', ['-c', `set -o pipefail; ${quoted} | head -1`], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }));
}

describe('dbgap-audit in a pipe', () => {
  it('scan | head -1 prints the first line and ends quietly with the scan\'s exit code', { timeout: 60_000 }, async () => {
    const run = await pipeline(scan);
    expect(run).toEqual({ code: 1, stdout: expect.stringMatching(/^dbgap-audit \S+ · account 123456789012 \(genlab-research, aws\)\n$/), stderr: '' });
  });

  it('a report larger than the pipe buffer, cut short by head, ends quietly too', { timeout: 60_000 }, async () => {
    // ~200 KB of JSON: head exits after its first line while dbgap-audit is still writing, so the write fails (EPIPE).
    const run = await pipeline([...scan, '--format', 'json']);
    expect(run).toEqual({ code: 1, stdout: '{\n', stderr: '' });
  });

  it('a pipe whose reader has already gone ends quietly with the scan\'s exit code', { timeout: 60_000 }, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-pipe-'));
    try {
      // head reads one line from a FIFO and exits; `wait` is the readiness signal. Only then does dbgap-audit write
      // to the FIFO, which has no reader left, so its first write fails with EPIPE.
      const script = [
        'set -e',
        'mkfifo fifo',
        'head -1 < fifo > head.out &',
        'exec 3> fifo',
        'echo ready >&3',
        'wait $!',
        'set +e',
        `'${process.execPath}' '${cli}' ${scan.join(' ')} >&3`,
        'echo "exit $?"',
        'cat head.out',
      ].join('\n');
      const run = await finished(spawn('bash', ['-c', script], { cwd: directory, env: { ...process.env, NO_COLOR: '1' } }));
      expect(run).toEqual({ code: 0, stdout: 'exit 1\nready\n', stderr: '' });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync('/dev/full'))('any other write error loses output: one line and exit 2', { timeout: 60_000 }, async () => {
    const run = await finished(spawn('bash', ['-c', `'${process.execPath}' '${cli}' ${scan.join(' ')} --format json > /dev/full`], { cwd: root }));
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dbgap-audit: could not write the output (ENOSPC).\n' });
  });
});
