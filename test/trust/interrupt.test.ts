/**
 * Ctrl-C or SIGTERM during a run: the built binary stops with exit 130/143, says in one line what it left, and
 * leaves all of its outputs or none: no partial report, no temporary file, no empty evidence folder. The signal
 * is sent when the run says it is ready (a request reaching a hung endpoint; the staged-outputs test hook's line
 * on stderr), never after a guessed delay.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILES } from '../../reports/evidence-bundle.js';
import { releaseBuild } from '../helpers/release-build.js';

const root = new URL('../..', import.meta.url).pathname;
const example = join(root, 'examples', 'genomics-lab.inventory.json');
let cli: string;
let hung: Server;
/** Resolves when the scan's first AWS request reaches the hung endpoint: the scan is then surely under way. */
let firstRequest: Promise<void>;

beforeAll(async () => {
  ({ cli } = await releaseBuild());
  let arrived: () => void = () => undefined;
  firstRequest = new Promise<void>((resolve) => (arrived = resolve));
  hung = createServer(() => arrived());
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  hung.closeAllConnections();
  await new Promise<void>((resolve) => hung.close(() => resolve()));
});

describe('interrupting a scan', () => {
  it('exits 130 on SIGINT and writes no report', { timeout: 60_000 }, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-interrupt-'));
    const endpoint = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
    const child = spawn(
      process.execPath,
      [cli, 'scan', '--endpoint-url', endpoint, '--region', 'us-east-1', '--format', 'json', '--output', join(directory, 'report.json'), '--timeout', '600'],
      { env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_EC2_METADATA_DISABLED: 'true' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await firstRequest;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/dbgap-audit: interrupted \(SIGINT\); no report was written\./);
    expect(readdirSync(directory)).toEqual([]);
  });

  /** Runs the CLI held just before its outputs are committed; resolves once it says so on stderr. */
  async function heldRun(args: string[]) {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, NO_COLOR: '1', DBGAP_AUDIT_HOLD_BEFORE_COMMIT: '1' } });
    let stderr = '';
    const staged = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('outputs staged; holding before commit')) resolve();
      });
      child.on('exit', () => reject(new Error(`the run ended before staging its outputs: ${stderr}`)));
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    await staged;
    return { child, exit, stderr: () => stderr };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while reports and the evidence bundle are staged: none of them is left, nor any temporary file', { timeout: 60_000 }, async (signal, expected) => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-interrupt-'));
    const evidence = join(directory, 'evidence', 'bundle');
    const run = await heldRun(['scan', '--inventory', example, '-f', 'json,sarif,csv', '--output-dir', directory, '--evidence-dir', evidence]);
    // Staged: the temporary files are there, beside their targets, and the evidence folder exists.
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toHaveLength(3);
    // Every bundle file and its manifest.
    expect(readdirSync(evidence).filter((name) => name.endsWith('.tmp'))).toHaveLength(BUNDLE_FILES.length + 1);
    run.child.kill(signal);
    expect(await run.exit).toBe(expected);
    expect(run.stderr()).toMatch(new RegExp(`dbgap-audit: interrupted \\(${signal}\\); no report was written\\.\\n$`));
    expect(readdirSync(directory)).toEqual([]);
    expect(existsSync(join(directory, 'evidence'))).toBe(false);
    rmSync(directory, { recursive: true, force: true });
  });

  it('SIGINT while the POA&M is staged leaves neither the CSV nor the XLSX', { timeout: 60_000 }, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-interrupt-'));
    const run = await heldRun(['poam', '--inventory', example, '--csv', join(directory, 'poam.csv'), '--xlsx', join(directory, 'poam.xlsx')]);
    expect(readdirSync(directory)).toHaveLength(2);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(130);
    expect(readdirSync(directory)).toEqual([]);
    rmSync(directory, { recursive: true, force: true });
  });
});
