/** Reports with waivers, a baseline and several accounts also match the published schema. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';
import { describeErrors, loadValidator } from './schema-helpers.js';

const validateReport = loadValidator('schemas/report.schema.json');

describe('published JSON report schema, extended reports', () => {
  it('accepts a report with waiver statuses and a baseline comparison', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dbgap-audit-schema-'));
    writeFileSync(
      join(cwd, 'dbgap-audit.waivers.yml'),
      [
        'waivers:',
        '  - checkId: s3-bucket-ssl-only',
        '    resources: ["arn:aws:s3:::genlab-public-share"]',
        '    reason: Public reference data',
        '    approvedBy: Jane Doe, ISSO',
        '    expires: 2030-12-31',
        '  - checkId: s3-bucket-ssl-only',
        '    resources: ["arn:aws:s3:::no-such-bucket"]',
        '    reason: Unused on purpose',
        '    approvedBy: Jane Doe, ISSO',
        '    expires: 2030-12-31',
        '',
      ].join('\n'),
    );
    const baseline = join(cwd, 'baseline.json');
    await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json', '--output', baseline], { cwd });
    const { stdout } = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json', '--baseline', baseline], { cwd });
    const report = JSON.parse(stdout) as { waivers?: unknown[]; baseline?: unknown };
    expect(report.waivers).toHaveLength(2);
    expect(report.baseline).toBeDefined();
    expect(validateReport(report), describeErrors(validateReport)).toBe(true);
  });

  it('accepts a merged report of several accounts', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dbgap-audit-schema-'));
    const first = join(cwd, 'a.json');
    await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json', '--output', first], { cwd });
    const { readFileSync } = await import('node:fs');
    const other = JSON.parse(readFileSync(first, 'utf8').replaceAll('123456789012', '210987654321'));
    const second = join(cwd, 'b.json');
    writeFileSync(second, JSON.stringify(other));
    const { stdout } = await runCli(['merge', first, second, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as { summaryByAccount?: Record<string, unknown>; dataInventory?: Array<{ accountId: string; name: string }> };
    expect(Object.keys(report.summaryByAccount ?? {})).toEqual(['123456789012', '210987654321']);
    // Each account keeps its own data inventory, in account order.
    const stores = report.dataInventory ?? [];
    const ofAccount = (id: string) => stores.filter((store) => store.accountId === id).map((store) => store.name);
    expect(ofAccount('123456789012').length).toBeGreaterThan(0);
    expect(ofAccount('210987654321')).toEqual(ofAccount('123456789012'));
    expect(stores.map((store) => store.accountId)).toEqual([...stores.map((store) => store.accountId)].sort());
    expect(validateReport(report), describeErrors(validateReport)).toBe(true);
  });
});
