/** The gating flags end to end: the real program, in-process, over the example inventory, in a temporary directory. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { aTempDirectory, EXAMPLE_INVENTORY, runCli } from './helpers.js';

const scan = ['scan', '--inventory', EXAMPLE_INVENTORY];

const WAIVERS = `waivers:
  - checkId: s3-bucket-ssl-only
    resources: ["arn:aws:s3:::genlab-public-share"]
    reason: Public reference data, no controlled-access files
    approvedBy: Jane Doe, ISSO
    expires: 2027-12-31
    ticket: DAC-2026-014
  - checkId: ec2-sg-no-public-admin-ports
    resources: ["arn:aws:ec2:*:123456789012:security-group/sg-0f9e*"]
    reason: Bastion behind a VPN, replacement planned
    approvedBy: Jane Doe, ISSO
    expires: 2026-11-22
  - checkId: iam-user-console-mfa
    resources: ["arn:aws:iam::123456789012:user/nobody"]
    reason: Former user
    approvedBy: Jane Doe, ISSO
    expires: 2027-01-01
  - checkId: kms-cmk-rotation-enabled
    resources: ["arn:aws:kms:us-east-1:123456789012:key/5e6f*"]
    reason: Key retired next week
    approvedBy: Jane Doe, ISSO
    expires: 2026-12-01
`;

async function jsonScan(args: string[], cwd: string): Promise<{ code: number; stderr: string; report: ScanResult }> {
  const run = await runCli([...scan, '--format', 'json', ...args], cwd);
  return { code: run.code, stderr: run.stderr, report: JSON.parse(run.stdout) as ScanResult };
}

describe('scan exit codes over the example inventory', () => {
  it.each([
    { args: [], expected: 1 },
    { args: ['--fail-on', 'critical'], expected: 1 },
    { args: ['--exit-code', '10'], expected: 10 },
    { args: ['--check', 's3-bucket-ssl-only', '--fail-on', 'critical'], expected: 0 },
    { args: ['--check', 'kms-cmk-rotation-enabled', '--fail-on', 'high'], expected: 3 },
    { args: ['--check', 'kms-cmk-rotation-enabled', '--fail-on', 'high', '--allow-incomplete'], expected: 0 },
    { args: ['--check', 'kms-cmk-rotation-enabled', '--fail-on', 'high', '--exit-code', '10'], expected: 3 },
  ])('scan $args → $expected', async ({ args, expected }) => {
    const cwd = await aTempDirectory();
    expect((await runCli([...scan, '--format', 'json', ...args], cwd)).code).toBe(expected);
  });

  it.each([
    { args: ['--exit-code', '0'], message: /--exit-code cannot be 0/ },
    { args: ['--exit-code', '2'], message: /--exit-code cannot be 2/ },
    { args: ['--exit-code', '3'], message: /--exit-code cannot be 3/ },
    { args: ['--exit-code', '200'], message: /--exit-code takes a whole number from 1 to 125/ },
    { args: ['--exit-code', 'one'], message: /--exit-code takes a whole number/ },
    { args: ['--waiver-warning-days', '-1'], message: /--waiver-warning-days takes a whole number/ },
    { args: ['--only-new'], message: /--only-new needs --baseline/ },
    { args: ['--waivers', 'missing.yml'], message: /The waivers file missing.yml does not exist/ },
    { args: ['--baseline', 'missing.json'], message: /The baseline file missing.json does not exist/ },
    { args: ['--baseline', EXAMPLE_INVENTORY], message: /is an inventory, not a JSON report: field results is missing/ },
  ])('$args → exit 2 with one line', async ({ args, message }) => {
    const run = await runCli([...scan, ...args], await aTempDirectory());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('scan --debug is accepted after the command', async () => {
    const run = await runCli([...scan, '--debug', '--format', 'json', '--fail-on', 'critical', '--check', 's3-bucket-ssl-only'], await aTempDirectory());
    expect(run.code).toBe(0);
  });
});

describe('waivers through the CLI', () => {
  it('uses dbgap-audit.waivers.yml from the working directory, keeps waived findings, reports every waiver state', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS });
    const { code, stderr, report } = await jsonScan([], cwd);
    expect(code).toBe(1);
    const waived = report.results.filter((result) => result.waiver);
    expect(waived.map((result) => result.resourceArn).sort()).toEqual([
      'arn:aws:kms:us-east-1:123456789012:key/5e6f7a8b-2222-4c3d-9e8f-fedcba987654',
      'arn:aws:s3:::genlab-public-share',
    ]);
    expect(waived.every((result) => result.status === 'fail')).toBe(true);
    expect(report.summary.waived).toBe(2);
    expect(report.waivers?.map((waiver) => [waiver.index, waiver.status, waiver.matched])).toEqual([
      [1, 'applied', 1],
      [2, 'expired', 1],
      [3, 'unused', 0],
      [4, 'expiring', 1],
    ]);
    const warnings = stderr.trim().split('\n');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^dbgap-audit: warning: waiver #2 \(ec2-sg-no-public-admin-ports\) in .*dbgap-audit.waivers.yml expired on 2026-11-22/);
    expect(warnings[1]).toMatch(/waiver #3 \(iam-user-console-mfa\) .* matches no failing result/);
    expect(warnings[2]).toMatch(/waiver #4 \(kms-cmk-rotation-enabled\) .* expires on 2026-12-01 \(in 8 day\(s\)\)/);
  });

  it('a waiver is what lets a gate pass; an expired one fails it only with --fail-on-expired-waivers', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS });
    const only = ['--check', 's3-bucket-ssl-only', '--fail-on', 'high'];
    expect((await runCli([...scan, ...only, '--waivers', join(cwd, 'none.yml')], cwd)).code).toBe(2);
    expect((await runCli([...scan, ...only], await aTempDirectory())).code).toBe(1);
    expect((await runCli([...scan, ...only, '--waivers', join(cwd, 'dbgap-audit.waivers.yml'), '--quiet'], await aTempDirectory())).code).toBe(1);
    const sslOnlyHigh = ['--check', 's3-bucket-ssl-only', '--fail-on', 'critical'];
    expect((await runCli([...scan, ...sslOnlyHigh], cwd)).code).toBe(0);
    expect((await runCli([...scan, ...sslOnlyHigh, '--fail-on-expired-waivers'], cwd)).code).toBe(1);
    expect((await runCli([...scan, ...sslOnlyHigh, '--fail-on-expired-waivers', '--exit-code', '4'], cwd)).code).toBe(4);
  });

  it('--waiver-warning-days widens the expiring window', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS });
    const { report } = await jsonScan(['--waiver-warning-days', '500'], cwd);
    expect(report.waivers?.[0]?.status).toBe('expiring');
  });

  it('a malformed waivers file stops the scan with one line naming file, waiver and field', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS.replace('expires: 2027-12-31', 'expires: 2027-13-01') });
    const run = await runCli(scan, cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `dbgap-audit: The waivers file ${join(cwd, 'dbgap-audit.waivers.yml')}, waiver #1 (s3-bucket-ssl-only): field expires must be a date written YYYY-MM-DD.\n`,
    );
  });

  it('the table shows waived findings and the waiver section', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS });
    const run = await runCli(scan, cwd);
    expect(run.stdout).toContain('WAIVED');
    expect(run.stdout).toContain('Waivers: 2 applied (1 expiring soon), 1 expired, 1 unused');
    expect(run.stdout).toMatch(/EXPIRED {3}#2 ec2-sg-no-public-admin-ports/);
  });
});

describe('baselines through the CLI', () => {
  it('the same scan as baseline: every failure existing, nothing fixed, --only-new passes', async () => {
    const cwd = await aTempDirectory();
    const baselineFile = join(cwd, 'baseline.json');
    expect((await runCli([...scan, '--format', 'json', '--output', baselineFile], cwd)).code).toBe(1);
    const { code, report } = await jsonScan(['--baseline', baselineFile, '--only-new'], cwd);
    expect(code).toBe(3); // no new failure, but the example inventory has one collection error
    const failures = report.results.filter((result) => result.status === 'fail' && !result.waiver).length;
    expect(failures).toBeGreaterThan(0);
    expect(report.baseline).toMatchObject({ new: 0, existing: failures, fixed: [] });
    expect(report.results.filter((result) => result.status === 'fail').every((result) => result.baseline === 'existing')).toBe(true);
    expect((await runCli([...scan, '--baseline', baselineFile, '--only-new', '--allow-incomplete'], cwd)).code).toBe(0);
  });

  it('marks new failures, lists fixed ones, and the table shows both', async () => {
    const cwd = await aTempDirectory();
    const baselineFile = join(cwd, 'baseline.json');
    await runCli([...scan, '--format', 'json', '--output', baselineFile], cwd);
    const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as ScanResult;
    // Pretend one bucket failed last time that passes now, and one current failure was not there.
    const passing = baseline.results.find((result) => result.checkId === 's3-bucket-ssl-only' && result.status === 'pass');
    const failing = baseline.results.find((result) => result.resourceArn === 'arn:aws:s3:::genlab-public-share' && result.checkId === 's3-bucket-ssl-only');
    if (!passing || !failing) throw new Error('example inventory changed');
    passing.status = 'fail';
    baseline.results = baseline.results.filter((result) => result !== failing);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(baselineFile, JSON.stringify(baseline));

    const { code, report } = await jsonScan(['--baseline', baselineFile, '--only-new'], cwd);
    expect(code).toBe(1);
    expect(report.baseline?.new).toBe(1);
    expect(report.baseline?.fixed).toEqual([
      expect.objectContaining({ checkId: 's3-bucket-ssl-only', resourceArn: passing.resourceArn, now: 'pass' }),
    ]);
    const existing = report.results.filter((result) => result.baseline === 'existing').length;
    const table = await runCli([...scan, '--baseline', baselineFile], cwd);
    expect(report.results.filter((result) => result.baseline === 'new').map((result) => result.resourceArn)).toEqual([failing.resourceArn]);
    expect(table.stdout).toContain('[new] Bucket');
    expect(table.stdout).toContain('[existing]');
    expect(table.stdout).toContain(`1 new, ${existing} existing failure(s), 1 fixed`);
    expect(table.stdout).toContain(`FIXED  s3-bucket-ssl-only ${passing.resourceArn} (now pass)`);
  });

  it('a baseline with the wrong schemaVersion stops the scan (exit 2)', async () => {
    const cwd = await aTempDirectory({ 'old.json': JSON.stringify({ schemaVersion: 0, results: [] }) });
    const run = await runCli([...scan, '--baseline', join(cwd, 'old.json')], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/The baseline file .*old\.json: field schemaVersion is 0; this dbgap-audit reads report version 1\.\n$/);
  });
});

describe('--quiet', () => {
  it('prints only the errors and the summary, no warnings', async () => {
    const cwd = await aTempDirectory({ 'dbgap-audit.waivers.yml': WAIVERS });
    const run = await runCli([...scan, '--quiet'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    const { report } = await jsonScan([], cwd);
    const errors = report.results.filter((result) => result.status === 'error');
    expect(lines).toHaveLength(errors.length + 2);
    expect(lines[0]).toMatch(/^ERROR [a-z0-9-]+ arn:aws:/);
    expect(lines).toContain('The scan is incomplete: ' + report.collectionErrors.length + ' collection error(s).');
    expect(lines.at(-1)).toMatch(new RegExp(`^Summary: ${report.summary.pass} passed, ${report.summary.fail} failed \\(2 waived\\)`));
  });
});
