import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, type ScanResult } from '../../src/model/scan-result.js';
import { aBucketPolicy } from '../helpers/s3.js';
import { anInventory, aFailure } from '../helpers/inventory.js';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';

function writeInventory(content: unknown): string {
  const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-test-'));
  const path = join(directory, 'inventory.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const ok = (name: string) => aBucketPolicy(name, { Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } } });

describe('scan --inventory (offline)', () => {
  it('scans the bundled example: findings, exit 1, a summary by severity and control area, failures by severity', async () => {
    const { code, stdout, stderr } = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('7. Data Encryption');
    expect(stdout).toMatch(/^HIGH +s3-bucket-ssl-only \(\d+\) /m);
    expect(stdout).toMatch(/Summary: \d+ passed, \d+ failed, \d+ errors, \d+ not applicable, \d+ manual/);
    expect(stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('colours the table on a TTY unless NO_COLOR or --no-color', async () => {
    expect((await runCli(['scan', '--inventory', EXAMPLE_INVENTORY], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['scan', '--inventory', EXAMPLE_INVENTORY], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--no-color'], { isTTY: true })).stdout).not.toContain('\u001b[');
  });

  it('writes a JSON report of the documented shape', async () => {
    const { code, stdout } = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ScanResult;
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'scan', 'summary', 'checks', 'results', 'collectionErrors', 'dataInventory']);
    expect(report.scan).toMatchObject({ source: 'inventory', account: { id: '123456789012', partition: 'aws' } });
    expect(report.summary.total).toBe(report.results.length);
    expect(report.summary.fail).toBe(report.results.filter((result) => result.status === 'fail').length);
    for (const result of report.results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['checkId', 'status', 'severity', 'controlArea', 'accountId', 'resourceArn', 'message']));
    }
    for (const check of report.checks) expect(check.nist.sp800_171r3.length).toBeGreaterThan(0);
  });

  it.each([
    // [description, inventory keys, flags, expected exit]
    ['no failures and complete → 0', { s3BucketPolicies: [ok('a')] }, [], 0],
    ['a high failure at the default threshold → 1', { s3BucketPolicies: [aBucketPolicy('a', null)] }, [], 1],
    ['a high failure below --fail-on critical → 0', { s3BucketPolicies: [aBucketPolicy('a', null)] }, ['--fail-on', 'critical'], 0],
    ['an error result → 3', { s3BucketPolicies: { items: [ok('a')], failures: [aFailure({ resourceArn: 'arn:aws:s3:::b' })] } }, [], 3],
    ['an error result with --allow-incomplete → 0', { s3BucketPolicies: { items: [ok('a')], failures: [aFailure({ resourceArn: 'arn:aws:s3:::b' })] } }, ['--allow-incomplete'], 0],
    ['a failure and an error → 1 (findings win)', { s3BucketPolicies: { items: [aBucketPolicy('a', null)], failures: [aFailure({ resourceArn: 'arn:aws:s3:::b' })] } }, [], 1],
    ['a failure below threshold and an error → 3', { s3BucketPolicies: { items: [aBucketPolicy('a', null)], failures: [aFailure({ resourceArn: 'arn:aws:s3:::b' })] } }, ['--fail-on', 'critical'], 3],
  ] as const)('%s', async (_name, keys, flags, expected) => {
    const path = writeInventory(anInventory(keys as never));
    const { code } = await runCli(['scan', '--inventory', path, '--check', 's3-bucket-ssl-only', ...flags]);
    expect(code).toBe(expected);
  });

  it('writes --output atomically and prints the summary on stderr', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-out-'));
    const output = join(directory, 'report.json');
    const { code, stdout, stderr } = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json', '--output', output]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Summary:/);
    expect(JSON.parse(readFileSync(output, 'utf8')).schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  });

  it('evaluates only the selected checks', async () => {
    const { stdout } = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json', '--control-area', 'networking']);
    const report = JSON.parse(stdout) as ScanResult;
    expect(new Set(report.results.map((result) => result.controlArea))).toEqual(new Set(['networking']));
  });

  it('lists checks as JSON with NIST mappings', async () => {
    const { code, stdout } = await runCli(['list-checks', '--format', 'json']);
    expect(code).toBe(0);
    const listing = JSON.parse(stdout) as { checks: Array<{ id: string; nist: Record<string, string[]> }>; controlAreas: unknown[] };
    expect(listing.controlAreas).toHaveLength(12);
    expect(listing.checks.map((check) => check.id)).toContain('s3-bucket-ssl-only');
  });
});
