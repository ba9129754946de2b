import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'genomics-lab.inventory.json');
const stamp = '20261121T093015Z';
let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-cli-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('scan --format / --output / --output-dir', () => {
  it('writes each of several formats to --output-dir with the account and UTC time in the name', async () => {
    const { code, stdout, stderr } = await runCli(['scan', '--inventory', example, '--format', 'table,json,sarif,csv,junit,html', '--output-dir', directory, '--quiet']);
    expect(code).toBe(1); // the example has findings
    expect(stdout).toBe('');
    expect(stderr).toContain('Summary:');
    const names = (await readdir(directory)).sort();
    expect(names).toEqual(['csv', 'html', 'json', 'sarif', 'txt', 'xml'].map((ext) => `dbgap-audit-123456789012-${stamp}.${ext}`).sort());
    const json = JSON.parse(await readFile(join(directory, `dbgap-audit-123456789012-${stamp}.json`), 'utf8')) as { schemaVersion: number; results: unknown[] };
    expect(json.schemaVersion).toBe(1);
    const sarif = JSON.parse(await readFile(join(directory, `dbgap-audit-123456789012-${stamp}.sarif`), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    const csv = parse(await readFile(join(directory, `dbgap-audit-123456789012-${stamp}.csv`), 'utf8'), { columns: true }) as unknown[];
    expect(csv.length).toBe(json.results.length);
    const table = await readFile(join(directory, `dbgap-audit-123456789012-${stamp}.txt`), 'utf8');
    expect(table).not.toMatch(/\u001b\[/); // no colour codes in files
  });

  it('keeps --output FILE for a single format', async () => {
    const path = join(directory, 'findings.sarif');
    const { code, stdout } = await runCli(['scan', '--inventory', example, '--format', 'sarif', '--output', path, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect((JSON.parse(await readFile(path, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('prints a single non-table format on stdout', async () => {
    const { code, stdout } = await runCli(['scan', '--inventory', example, '--format', 'junit']);
    expect(code).toBe(1);
    expect(stdout.startsWith('<?xml')).toBe(true);
  });

  it.each([
    [['--format', 'json,sarif'], 'Several formats (json, sarif) need --output-dir DIR.'],
    [['--format', 'json,sarif', '--output', 'x.json'], '--output takes one format; for json, sarif use --output-dir DIR.'],
    [['--format', 'yaml'], "Unknown report format 'yaml' given to --format (use table, json, sarif, csv, junit, html)."],
    [['--framework', 'iso-27001'], "Unknown framework 'iso-27001' given to --framework (use dbgap, nist-800-171-r2, nist-800-171-r3, nist-800-53-r5)."],
    [['--output', 'a.json', '--output-dir', '.'], 'Use either --output FILE (one format) or --output-dir DIR, not both.'],
  ])('refuses %j with one sentence and exit 2', async (flags, message) => {
    const { code, stdout, stderr } = await runCli(['scan', '--inventory', example, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`dbgap-audit: ${message}\n`);
  });

  it('exits 2 with one sentence when the output directory is missing', async () => {
    const missing = join(directory, 'nope');
    const { code, stderr } = await runCli(['scan', '--inventory', example, '--format', 'json,sarif', '--output-dir', missing]);
    expect(code).toBe(2);
    expect(stderr).toBe(`dbgap-audit: The output directory ${missing} does not exist.\n`);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 with one sentence when the output directory is not writable', async () => {
    await chmod(directory, 0o500);
    const { code, stderr } = await runCli(['scan', '--inventory', example, '--format', 'json', '--output-dir', directory]);
    await chmod(directory, 0o700);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dbgap-audit: Cannot write .*: permission denied\.\n$/);
  });

  it('exits 2 when --output-dir is a file', async () => {
    const file = join(directory, 'file');
    await writeFile(file, 'x');
    const { code, stderr } = await runCli(['scan', '--inventory', example, '--output-dir', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`dbgap-audit: The output path ${file} is not a directory.\n`);
  });
});

describe('scan --framework (compliance view)', () => {
  it('groups the table by requirement', async () => {
    const { code, stdout } = await runCli(['scan', '--inventory', example, '--framework', 'nist-800-171-r2']);
    expect(code).toBe(1);
    expect(stdout).toContain('Compliance view: NIST SP 800-171 rev 2');
    expect(stdout).toMatch(/│ 3\.5\.3\s+│ NOT MET\s+│ [a-z0-9-]+/);
    expect(stdout).toMatch(/NIST SP 800-171 rev 2 — 110 requirements: \d+ not met, /);
    // The checks of a requirement follow its row, so iam-user-console-mfa appears after 3.5.3 and before 3.5.4+.
    const block = stdout.slice(stdout.indexOf('│ 3.5.3'), stdout.search(/│ 3\.(5\.[4-9]|[6-9]\.)/));
    expect(block).toContain('iam-user-console-mfa');
    expect(stdout).toContain('Summary:');
  });

  it('lists the 12 control areas for dbgap, including those without checks', async () => {
    const { stdout } = await runCli(['scan', '--inventory', example, '--framework', 'dbgap']);
    expect(stdout).toContain('12 requirements');
    expect(stdout).toContain('Physical Server Access');
    expect(stdout).toContain('Cleaning Up Data and Retaining Results');
  });

  it('adds a framework section to JSON: requirement → checks → status counts', async () => {
    const { stdout } = await runCli(['scan', '--inventory', example, '--format', 'json', '--framework', 'nist-800-53-r5']);
    const report = JSON.parse(stdout) as { framework: { id: string; requirements: { id: string; status: string; checks: { checkId: string; counts: { fail: number } }[] }[] } };
    expect(report.framework.id).toBe('nist-800-53-r5');
    const ids = report.framework.requirements.map((requirement) => requirement.id);
    expect(ids).toContain('SC-8');
    const sc8 = report.framework.requirements.find((requirement) => requirement.id === 'SC-8')!;
    expect(sc8.checks.map((check) => check.checkId)).toContain('s3-bucket-ssl-only');
    expect(sc8.status).toBe('fail');
  });

  it('--format csv --framework writes one row per requirement of the revision, with its verdict', async () => {
    const { code, stdout } = await runCli(['scan', '--inventory', example, '--format', 'csv', '--framework', 'nist-800-171-r3']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('framework,requirement_id,family,title,verdict,reason,failing_resources,waived_resources,error_resources,passing_resources,automated_checks,manual_items');
    expect(lines).toHaveLength(1 + 97);
    const row = lines.find((line) => line.startsWith('nist-800-171-r3,03.13.08,'))!;
    expect(row).toMatch(/^nist-800-171-r3,03\.13\.08,System and Communications Protection,Transmission and Storage Confidentiality,not_met,/);
    expect(row).toContain('s3-bucket-ssl-only');
  });

  it('list-checks --framework shows the mapping without a scan', async () => {
    const { code, stdout } = await runCli(['list-checks', '--framework', 'nist-800-171-r3', '--format', 'json']);
    expect(code).toBe(0);
    const mapping = JSON.parse(stdout) as { requirements: { id: string; checks: string[] }[] };
    expect(mapping.requirements.find((requirement) => requirement.id === '03.13.08')?.checks).toContain('s3-bucket-ssl-only');
  });
});
