/** `dbgap-audit poam`: from a saved inventory (with waivers) or a JSON report, to CSV and XLSX. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { POAM_COLUMNS } from '../../reports/poam.js';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';

const WAIVERS = 'waivers:\n  - checkId: s3-bucket-ssl-only\n    resources: ["arn:aws:s3:::genlab-*"]\n    reason: Public reference data\n    approvedBy: Jane Doe, ISSO\n    expires: 2030-12-31\n    ticket: SEC-7\n';

function workspace(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'dbgap-audit-poam-'));
  writeFileSync(join(cwd, 'waivers.yml'), WAIVERS);
  return cwd;
}

describe('dbgap-audit poam', () => {
  it('evaluates an inventory with its waivers and writes the same rows as CSV and XLSX', async () => {
    const cwd = workspace();
    const csv = join(cwd, 'poam.csv');
    const xlsx = join(cwd, 'poam.xlsx');
    const { code, stderr } = await runCli(['poam', '--inventory', EXAMPLE_INVENTORY, '--waivers', join(cwd, 'waivers.yml'), '--csv', csv, '--xlsx', xlsx], { cwd });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Wrote the POA&M \(\d+ rows: \d+ open, [1-9]\d* ongoing, 0 delayed\) to .*poam\.csv and .*poam\.xlsx\n$/);
    const fromCsv = parse(readFileSync(csv, 'utf8')) as string[][];
    expect(fromCsv[0]).toEqual([...POAM_COLUMNS]);
    expect(fromCsv.length).toBeGreaterThan(5);
    const fromXlsx = (await readSheet(readFileSync(xlsx))).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    // CSV neutralizes formula-like cells with an apostrophe; nothing in this inventory starts like a formula.
    expect(fromXlsx).toEqual(fromCsv);
    const waived = fromCsv.find((row) => row[11] === 's3-bucket-ssl-only' && row[2]!.startsWith('03.13.08'))!;
    expect([waived[5], waived[6], waived[8]]).toEqual(['Jane Doe, ISSO', '2030-12-31', 'Ongoing']);
    expect(waived[7]).toContain('Remediate by 2030-12-31 (waiver of Jane Doe, ISSO, ticket SEC-7)');
  });

  it('gives the same row ids from the JSON report of the same scan, and for the other revision other ids', async () => {
    const cwd = workspace();
    const report = join(cwd, 'report.json');
    const scanned = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--waivers', join(cwd, 'waivers.yml'), '--format', 'json', '--output', report], { cwd });
    expect(scanned.code).toBe(1);
    await runCli(['poam', '--inventory', EXAMPLE_INVENTORY, '--waivers', join(cwd, 'waivers.yml'), '--csv', join(cwd, 'a.csv'), '--quiet'], { cwd });
    const fromReport = await runCli(['poam', '--report', report, '--csv', join(cwd, 'b.csv')], { cwd });
    expect(fromReport.code).toBe(0);
    const ids = (file: string) => (parse(readFileSync(join(cwd, file), 'utf8')) as string[][]).slice(1).map((row) => row[0]);
    expect(ids('b.csv')).toEqual(ids('a.csv'));
    await runCli(['poam', '--report', report, '--framework', 'nist-800-171-r2', '--csv', join(cwd, 'r2.csv')], { cwd });
    const r2 = parse(readFileSync(join(cwd, 'r2.csv'), 'utf8')) as string[][];
    expect(r2[1]![2]).toMatch(/^3\.\d+\.\d+$/);
    expect(ids('r2.csv').filter((id) => ids('a.csv').includes(id))).toEqual([]);
  });

  it.each([
    [['poam', '--inventory', EXAMPLE_INVENTORY], 'dbgap-audit: poam needs --csv FILE, --xlsx FILE or both.\n'],
    [['poam', '--csv', 'x.csv'], 'dbgap-audit: poam needs --inventory FILE (a saved inventory) or --report FILE (a JSON report).\n'],
    [['poam', '--inventory', EXAMPLE_INVENTORY, '--report', 'r.json', '--csv', 'x.csv'], 'dbgap-audit: poam takes --inventory FILE or --report FILE, not both.\n'],
    [['poam', '--report', 'r.json', '--waivers', 'w.yml', '--csv', 'x.csv'], 'dbgap-audit: --waivers applies to --inventory; a JSON report already carries its waivers and settings.\n'],
    [['poam', '--report', EXAMPLE_INVENTORY, '--csv', 'x.csv'], `dbgap-audit: The report file ${EXAMPLE_INVENTORY} is an inventory, not a JSON report: field results is missing (write one with scan --format json).\n`],
  ])('%j is a usage error (exit 2, one line)', async (argv, message) => {
    const { code, stderr } = await runCli(argv, { cwd: workspace() });
    expect([code, stderr]).toEqual([2, message]);
  });

  it('refuses a framework other than the two SP 800-171 revisions', async () => {
    const { code, stderr } = await runCli(['poam', '--inventory', EXAMPLE_INVENTORY, '--framework', 'dbgap', '--csv', 'x.csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('poam takes --framework nist-800-171-r3 or nist-800-171-r2');
  });
});
