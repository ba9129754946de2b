import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildPoam, poamCells, poamRowId, POAM_COLUMNS, renderPoamCsv, renderPoamXlsx, type PoamRow } from '../../reports/poam.js';
import { sha256Hex } from '../../reports/common.js';
import type { ScanResult } from '../../src/model/scan-result.js';
import { fixtureScanResult } from './fixture.js';

function rowFor(rows: PoamRow[], requirement: string, checkId: string): PoamRow {
  const row = rows.find((candidate) => candidate.requirement.startsWith(`${requirement} `) && candidate.checkId === checkId);
  if (!row) throw new Error(`no row for ${requirement} ${checkId}`);
  return row;
}

/** What the sheet should hold: the header and every row's cells. */
function expectedSheet(rows: PoamRow[]): string[][] {
  return [[...POAM_COLUMNS], ...rows.map(poamCells)];
}

describe('POA&M rows from failing findings and waivers', () => {
  const rows = buildPoam(fixtureScanResult(), 'nist-800-171-r3');

  it('has one row per failing check, requirement and account, sorted by requirement', () => {
    expect(rows.map((row) => [row.requirement, row.checkId, row.accountId])).toEqual([
      ['03.01.12 Remote Access', 'ec2-sg-no-public-admin-ports', '123456789012'],
      ['03.05.03 Multi-Factor Authentication', 'iam-user-console-mfa', '123456789012'],
      ['03.13.01 Boundary Protection', 'ec2-sg-no-public-admin-ports', '123456789012'],
      ['03.13.08 Transmission and Storage Confidentiality', 's3-bucket-ssl-only', '123456789012'],
    ]);
  });

  it('takes owner, scheduled completion and comments from the valid waiver; a failure no waiver covers keeps the row open', () => {
    const mfa = rowFor(rows, '03.05.03', 'iam-user-console-mfa');
    expect(mfa).toMatchObject({ owner: 'ISSO <j.doe@example.org>', scheduledCompletion: '2026-12-31', status: 'Open', risk: 'high', lastDetected: '2026-11-20' });
    expect(mfa.resources).toEqual(['arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:user/<script>alert(1)</script>']);
    expect(mfa.comments).toBe('1 of 2 failing resource(s) under a valid waiver: Break-glass user, password in the safe & MFA token lost; replacement ordered\n1 of 2 failing resource(s) under no waiver.');
    expect(mfa.milestones).toBe('Remediate by 2026-12-31 (waiver of ISSO <j.doe@example.org>, ticket SEC-42): Enable a virtual or hardware MFA device for each console user.\nAssign an owner and a completion date, then: Enable a virtual or hardware MFA device for each console user.');
    expect(mfa.weakness).toBe('Not met: IAM users with a console password have MFA (2 resources)');
    expect(mfa.source).toBe('dbgap-audit 0.1.0 automated scan, check iam-user-console-mfa (NIST SP 800-171 rev 3)');
  });

  it('marks a failure only an expired waiver covers as Delayed, with that waiver\'s owner and past date', () => {
    expect(rowFor(rows, '03.13.08', 's3-bucket-ssl-only')).toMatchObject({
      owner: 'CISO <ciso@example.org>',
      scheduledCompletion: '2026-10-31',
      status: 'Delayed',
      risk: 'low',
      comments: 'Waiver #2 expired on 2026-10-31 and no longer applies: Legacy pipeline needs plain HTTP until it is migrated',
    });
  });

  it('leaves owner and date empty when no waiver covers a failure (an unused waiver of another resource does not count)', () => {
    expect(rowFor(rows, '03.13.01', 'ec2-sg-no-public-admin-ports')).toMatchObject({ owner: '', scheduledCompletion: '', status: 'Open', risk: 'critical' });
  });

  it('is Ongoing when every failure is under a valid waiver', () => {
    const base = fixtureScanResult();
    const waiver = base.results[4]!.waiver!;
    const results = base.results.map((entry) => (entry.checkId === 'iam-user-console-mfa' && entry.status === 'fail' ? { ...entry, waiver } : entry));
    expect(rowFor(buildPoam({ ...base, results }), '03.05.03', 'iam-user-console-mfa')).toMatchObject({ status: 'Ongoing', comments: '2 of 2 failing resource(s) under a valid waiver: Break-glass user, password in the safe & MFA token lost; replacement ordered' });
  });

  it('keys rows by the requirements of the revision asked for', () => {
    expect(buildPoam(fixtureScanResult(), 'nist-800-171-r2').map((row) => row.requirement)).toEqual(['3.1.12', '3.5.3', '3.13.1', '3.13.8']);
  });

  it('keeps a failing check that maps to no requirement of the revision, under (none)', () => {
    const base = fixtureScanResult();
    const checks = base.checks.map((check) => (check.id === 's3-bucket-ssl-only' ? { ...check, nist: { ...check.nist, sp800_171r3: [] } } : check));
    expect(buildPoam({ ...base, checks }).at(-1)).toMatchObject({ requirement: '(none)', checkId: 's3-bucket-ssl-only' });
  });

  it('has no row when nothing fails', () => {
    const base = fixtureScanResult();
    expect(buildPoam({ ...base, results: base.results.filter((entry) => entry.status !== 'fail') })).toEqual([]);
  });
});

describe('POA&M row ids', () => {
  it('are a digest of check id, requirement and account, not of the row position', () => {
    expect(poamRowId('s3-bucket-ssl-only', '03.13.08', '123456789012')).toBe(
      `POAM-${sha256Hex('s3-bucket-ssl-only\u000003.13.08\u0000123456789012').slice(0, 16).toUpperCase()}`,
    );
    const ids = buildPoam(fixtureScanResult()).map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stay the same across runs: other order, reworded messages, more failing resources, a later date', () => {
    const first = buildPoam(fixtureScanResult());
    const base = fixtureScanResult();
    const extra = { ...base.results[0]!, resourceArn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0new' };
    const later: ScanResult = {
      ...base,
      scan: { ...base.scan, finishedAt: '2027-02-01T00:00:00.000Z' },
      results: [...base.results].reverse().map((entry) => ({ ...entry, message: `${entry.message} (reworded)` })).concat(extra),
    };
    const second = buildPoam(later);
    expect(second.map((row) => [row.id, row.requirement])).toEqual(first.map((row) => [row.id, row.requirement]));
    expect(rowFor(second, '03.13.01', 'ec2-sg-no-public-admin-ports').resources).toHaveLength(2);
  });

  it('differ per account and per requirement', () => {
    expect(poamRowId('a', '03.13.08', '111111111111')).not.toBe(poamRowId('a', '03.13.08', '222222222222'));
    expect(poamRowId('a', '03.13.08', '111111111111')).not.toBe(poamRowId('a', '03.13.01', '111111111111'));
  });
});

describe('POA&M files round-trip (write, read back, compare)', () => {
  const rows = buildPoam(fixtureScanResult());

  it('CSV: read back with an RFC 4180 parser, every cell is what was written', () => {
    const sheet = parse(renderPoamCsv(rows), { relax_column_count: false }) as string[][];
    expect(sheet).toEqual(expectedSheet(rows));
  });

  it('XLSX: read back with an independent reader (read-excel-file), every cell is what was written', async () => {
    const sheet = await readSheet(await renderPoamXlsx(rows));
    const cells = sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    expect(cells).toEqual(expectedSheet(rows));
  });

  it('a resource name that looks like a formula stays text: quoted with an apostrophe in CSV, a string cell in XLSX', async () => {
    const base = fixtureScanResult();
    const hostile = { ...base.results[6]!, resourceArn: '=HYPERLINK("http://evil.example","x")' };
    const poam = buildPoam({ ...base, results: [hostile] });
    const csv = parse(renderPoamCsv(poam)) as string[][];
    expect(csv[1]![4]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    const xlsx = await readSheet(await renderPoamXlsx(poam));
    expect(xlsx[1]![4]).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it('cuts a resource list that would not fit an Excel cell, saying how many are left out', async () => {
    const base = fixtureScanResult();
    const many = Array.from({ length: 1000 }, (_, index) => ({ ...base.results[6]!, resourceArn: `arn:aws:s3:::bucket-with-a-rather-long-name-holding-data-${index}` }));
    const poam = buildPoam({ ...base, results: many });
    const cell = poamCells(poam[0]!)[4]!;
    expect(cell.length).toBeLessThanOrEqual(32_767);
    expect(cell).toMatch(/\n… and \d+ more \(findings\.json lists every one\)$/);
    const sheet = await readSheet(await renderPoamXlsx(poam));
    expect(sheet[1]![4]).toBe(cell);
  });
});
