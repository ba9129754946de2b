/**
 * Ctrl-C during a scan: the built binary stops with exit 130, says so in one line, and leaves no report file,
 * whole or partial. The scan is held at a hung endpoint so the signal always arrives mid-scan.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
// A private build, so this test never races the package test's build of dist/.
const outDir = join(root, '.test-build', `interrupt-${process.pid}`);
let hung: Server;
/** Resolves at the scan's first request to the hung endpoint: the scan is then surely under way. */
let firstRequest: Promise<void>;

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, stdio: 'ignore' });
  let requested: () => void = () => undefined;
  firstRequest = new Promise((resolve) => (requested = resolve));
  hung = createServer(() => requested());
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  hung.closeAllConnections();
  await new Promise<void>((resolve) => hung.close(() => resolve()));
  rmSync(outDir, { recursive: true, force: true });
});

describe('interrupting a scan', () => {
  it('exits 130 on SIGINT and writes no report', { timeout: 60_000 }, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-interrupt-'));
    const endpoint = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
    const child = spawn(
      process.execPath,
      [join(outDir, 'src', 'cli.js'), 'scan', '--endpoint-url', endpoint, '--region', 'us-east-1', '--format', 'json', '--output', join(directory, 'report.json'), '--timeout', '600'],
      { env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_EC2_METADATA_DISABLED: 'true' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Wait for the scan to reach AWS (however slowly the process starts on a loaded machine), not for a fixed time.
    await firstRequest;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/dbgap-audit: interrupted \(SIGINT\); no report was written\./);
    expect(readdirSync(directory)).toEqual([]);
  });
});
