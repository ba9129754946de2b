/** The terminal report: goldens at 80 and 200 columns with and without colour, the width promise, and its rules. */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fitTail, renderTable, terminalWidth, uniqueTails, wrapText, type TableOptions } from '../../reports/table.js';
import type { CheckResult, ScanResult } from '../../src/model/scan-result.js';
import { countStatuses } from '../../src/model/scan-result.js';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';
import { fixtureScanResult, FIXTURE_RESULTS } from './fixture.js';

const plainLines = (text: string) => stripVTControlCharacters(text).trimEnd().split('\n');
/** The text with its line breaks and indents folded into single spaces: for sentences that wrap. */
const flat = (text: string) => plainLines(text).join(' ').replace(/\s+/g, ' ');

/** Lines longer than the width, except a `Docs:` line whose URL alone does not fit (a URL is never broken). */
function overlong(text: string, width: number): string[] {
  return plainLines(text).filter((line) => Array.from(line).length > width && !(/^ {2}Docs: \S+$/.test(line) && Array.from(line).length - 8 > width - 8));
}

async function demoResult(): Promise<ScanResult> {
  const run = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--format', 'json']);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('table golden files', () => {
  it.each([
    [80, false, 'table-80.txt'],
    [80, true, 'table-80-color.txt'],
    [200, false, 'table-200.txt'],
    [200, true, 'table-200-color.txt'],
  ] as const)('at %i columns (colour %s) matches golden/%s', async (width, color, file) => {
    await expect(renderTable(fixtureScanResult(), { color, width })).toMatchFileSnapshot(`./golden/${file}`);
  });

  it('colour changes nothing but the escape codes', () => {
    for (const width of [80, 200]) {
      expect(stripVTControlCharacters(renderTable(fixtureScanResult(), { color: true, width }))).toBe(renderTable(fixtureScanResult(), { color: false, width }));
    }
  });
});

describe('table width', () => {
  it.each([60, 80, 100, 132, 200])('keeps every line of the fixture and the demo within %i columns, with and without colour', async (width) => {
    const demo = await demoResult();
    for (const result of [fixtureScanResult(), demo]) {
      for (const options of [{ color: false }, { color: true }, { color: false, showPassed: true, showManual: true }] satisfies Partial<TableOptions>[]) {
        expect(overlong(renderTable(result, { ...options, width }), width)).toEqual([]);
      }
    }
  });

  it('lays out for 60 columns on a narrower terminal (the count tables need them)', () => {
    expect(renderTable(fixtureScanResult(), { color: false, width: 30 })).toBe(renderTable(fixtureScanResult(), { color: false, width: 60 }));
  });

  it('never cuts CRITICAL, at any width', async () => {
    const demo = await demoResult();
    for (const width of [30, 80, 200]) {
      const lines = plainLines(renderTable(demo, { color: false, width }));
      const criticalRows = lines.filter((line) => line.startsWith('CRITICAL '));
      // The summary row plus one heading per failing critical check.
      expect(criticalRows.length).toBeGreaterThan(1);
      expect(lines.join('\n')).not.toMatch(/CRITICA…|CRITIC…/);
    }
  });

  it('is measured from the terminal, else COLUMNS, else 80 (a pipe or CI log has no width)', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '90' })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 }, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth({ isTTY: false }, {})).toBe(80);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 0 }, {})).toBe(80);
  });

  it('wraps words, and breaks only a word longer than the line', () => {
    expect(wrapText('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('resource names', () => {
  it('shortens each ARN to its shortest unique tail', () => {
    const tails = uniqueTails([
      'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc',
      'arn:aws:ec2:us-east-1:123456789012:account',
      'arn:aws:ec2:us-west-2:123456789012:account',
      'arn:aws:cloudtrail:us-west-2:123456789012:account',
      'arn:aws:s3:::genlab-results',
      'arn:aws:iam::123456789012:root',
      'arn:aws:iam::123456789012:root',
    ]);
    expect(Object.fromEntries(tails)).toEqual({
      'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc': 'sg-0abc',
      'arn:aws:ec2:us-east-1:123456789012:account': 'us-east-1:123456789012:account',
      'arn:aws:ec2:us-west-2:123456789012:account': 'ec2:us-west-2:123456789012:account',
      'arn:aws:cloudtrail:us-west-2:123456789012:account': 'cloudtrail:us-west-2:123456789012:account',
      'arn:aws:s3:::genlab-results': 'genlab-results',
      'arn:aws:iam::123456789012:root': 'root',
    });
    // A single-account report leaves its own account id out (the header names it).
    expect(Object.fromEntries(uniqueTails(['arn:aws:ec2:us-west-2:123456789012:account', 'arn:aws:cloudtrail:us-west-2:123456789012:account', 'arn:aws:iam::123456789012:user/alice'], '123456789012'))).toEqual({
      'arn:aws:ec2:us-west-2:123456789012:account': 'ec2:us-west-2:account',
      'arn:aws:cloudtrail:us-west-2:123456789012:account': 'cloudtrail:us-west-2:account',
      'arn:aws:iam::123456789012:user/alice': 'alice',
    });
    // Same resource id in two accounts: the account makes it unique.
    expect(Object.fromEntries(uniqueTails(['arn:aws:iam::111111111111:root', 'arn:aws:iam::222222222222:root']))).toEqual({
      'arn:aws:iam::111111111111:root': '111111111111:root',
      'arn:aws:iam::222222222222:root': '222222222222:root',
    });
  });

  it('fits a long tail to its column by dropping the middle, or the end of one long word', () => {
    expect(fitTail('cloudtrail:us-west-2:123456789012:account', 22)).toBe('cloudtrail:…:account');
    expect(fitTail('c0ffee00-4444-4d4d-8e8e-abcdefabcdef', 22)).toBe('c0ffee00-4444-4d4d-8e…');
    expect(fitTail('sg-0abc', 22)).toBe('sg-0abc');
  });

  it('never shows two resources under the same short name in one list', async () => {
    const demo = await demoResult();
    for (const width of [60, 80, 200]) {
      const lines = plainLines(renderTable(demo, { color: false, width, showPassed: true }));
      // Within each check group, a (status, name) pair names one resource: rows of one resource never repeat there.
      let group: string[] = [];
      for (const line of lines) {
        if (/^\S/.test(line)) group = [];
        const row = /^ {2}(FAIL|PASS|WAIVED) +(\S+) /.exec(line);
        if (!row) continue;
        expect(group, `${row[2]} twice at ${width} columns`).not.toContain(row[2]);
        group.push(row[2]!);
      }
    }
  });

  it('prints the full ARN once per resource, on its own line, and with --wide in the row instead', () => {
    const arn = 'arn:aws:s3:::genlab-results';
    const second: CheckResult = { ...FIXTURE_RESULTS[6]!, checkId: 'iam-user-console-mfa', severity: 'high', message: 'A second failure on the bucket.' };
    const results = [...FIXTURE_RESULTS, second];
    const result = fixtureScanResult({ results, summary: countStatuses(results) });
    const lines = plainLines(renderTable(result, { color: false, width: 80 }));
    expect(lines.filter((line) => line.trim() === arn)).toHaveLength(1);
    expect(lines.filter((line) => /^ {2}FAIL {4}genlab-results /.test(line))).toHaveLength(2);
    const wide = plainLines(renderTable(result, { color: false, width: 80, wide: true }));
    expect(wide.filter((line) => line.trim() === arn)).toHaveLength(0);
    expect(wide.filter((line) => line.startsWith(`  FAIL    ${arn}`))).toHaveLength(2);
  });

  it('shows hostile names as text: control characters are escaped, never sent to the terminal', () => {
    const hostile: CheckResult = { ...FIXTURE_RESULTS[0]!, resourceArn: 'arn:aws:s3:::evil\u001b[2Jbucket', message: 'Bucket evil\u001b[2J\u0007 is public.' };
    const text = renderTable(fixtureScanResult({ results: [hostile], summary: countStatuses([hostile]) }), { color: false, width: 80 });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('evil\\u001b[2J\\u0007 is public.');
  });
});

describe('sections', () => {
  it('leads with a header and the severity × status summary, then failures by severity, then errors', () => {
    const lines = plainLines(renderTable(fixtureScanResult(), { color: false, width: 80 }));
    expect(lines[0]).toBe('dbgap-audit 0.1.0 · account 123456789012 (genlab-research, aws)');
    expect(lines[1]).toBe('Regions (3): us-east-1, us-west-2, eu-west-1');
    expect(lines[2]).toBe('Scanned 2026-11-20 14:30 UTC; inventory collected 2026-11-20 14:29 UTC');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    expect(at(/^Severity +FAIL WAIVED ERROR PASS N\/A MANUAL TOTAL$/)).toBeGreaterThan(2);
    expect(lines[at(/^CRITICAL +\d/)]).toMatch(/^CRITICAL +1 +0 +1 +1 +0 +0 +3$/);
    expect(at(/^Failures:/)).toBeLessThan(at(/^Errors:/));
    expect(at(/^CRITICAL ec2-sg-no-public-admin-ports/)).toBeLessThan(at(/^HIGH +iam-user-console-mfa/));
    expect(at(/^HIGH +iam-user-console-mfa/)).toBeLessThan(at(/^LOW +s3-bucket-ssl-only/));
    expect(lines.slice(-2).join(' ')).toBe('Summary: 2 passed, 4 failed (1 waived), 1 errors, 1 not applicable, 1 manual — 9 results from 4 checks');
  });

  it('shows the fix and the documentation link under each failing check', () => {
    const text = plainLines(renderTable(fixtureScanResult(), { color: false, width: 80 })).join('\n');
    expect(text).toContain('CRITICAL ec2-sg-no-public-admin-ports (1) Security groups do not open admin…\n  Fix:  Restrict the rule to approved administrative CIDRs.\n  Docs: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html');
  });

  it('lists each collection error once with its IAM action, however many results it affected', () => {
    const failure = { api: 'EC2.DescribeSecurityGroups', action: 'ec2:DescribeSecurityGroups', code: 'UnauthorizedOperation', kind: 'access-denied' as const, message: 'denied' };
    const collectionErrors = ['us-east-1', 'us-west-2', 'eu-west-1'].map((region) => ({ ...failure, region }));
    const errors: CheckResult[] = collectionErrors.flatMap((error) =>
      ['ec2-sg-no-public-admin-ports', 'ec2-default-sg-closed'].map((checkId) => ({
        checkId, status: 'error' as const, severity: 'high' as const, controlArea: 'networking' as const, accountId: '123456789012', resourceArn: `arn:aws:ec2:${error.region}:123456789012:account`, region: error.region,
        message: `Not evaluated: EC2.DescribeSecurityGroups failed in ${error.region}: UnauthorizedOperation (missing IAM permission ec2:DescribeSecurityGroups).`,
      })),
    );
    const result = fixtureScanResult({ results: errors, summary: countStatuses(errors), collectionErrors });
    const text = flat(renderTable(result, { color: false, width: 80 }));
    expect(text).toContain('Errors: 6 results not evaluated, 3 collection errors (the scan is incomplete)');
    expect(text.match(/ERROR EC2\.DescribeSecurityGroups/g)).toHaveLength(1);
    expect(text).toContain('EC2.DescribeSecurityGroups in eu-west-1, us-east-1, us-west-2: UnauthorizedOperation');
    expect(text).toContain('needs ec2:DescribeSecurityGroups · affects ec2-default-sg-closed, ec2-sg-no-public-admin-ports (6 results)');
    expect(text).toContain('Missing IAM permissions: ec2:DescribeSecurityGroups');
  });

  it('hides passes and attestation items by default, with a count and the flag that shows them', () => {
    const text = flat(renderTable(fixtureScanResult(), { color: false, width: 80 }));
    expect(text).not.toContain('User bob has MFA.');
    expect(text).toContain('Hidden: 2 passed (--show-passed), 1 not applicable (--status not_applicable).');
    expect(text).toContain('1 attestation item (manual) needs a signed answer: --show-manual prints it.');
    expect(text).not.toContain('Attest that only authorized staff');
    const shown = flat(renderTable(fixtureScanResult(), { color: false, width: 80, showPassed: true, showManual: true }));
    expect(shown).toContain('User bob has MFA.');
    expect(shown).toContain('Attest that only authorized staff can physically reach servers that store dbGaP');
    expect(shown).not.toContain('--show-manual');
  });

  it('--status and --severity choose the rows; the summary still counts every result', () => {
    const onlyPasses = renderTable(fixtureScanResult(), { color: false, width: 80, statuses: ['pass'] });
    expect(onlyPasses).toContain('User bob has MFA.');
    expect(onlyPasses).not.toContain('Failures:');
    expect(flat(onlyPasses)).toContain('Hidden: 4 failed (--status fail), 1 error (--status error), 1 not applicable (--status not_applicable).');
    expect(onlyPasses).toMatch(/^Total +3 +1 +1 +2 +1 +1 +9$/m);
    const withManual = renderTable(fixtureScanResult(), { color: false, width: 80, statuses: ['fail'], showManual: true });
    expect(withManual).toContain('Attestation items (1)');
    expect(withManual).not.toContain('Errors:');
    const critical = flat(renderTable(fixtureScanResult(), { color: false, width: 80, severities: ['critical'] }));
    expect(critical).toContain('CRITICAL ec2-sg-no-public-admin-ports (1)');
    expect(critical).not.toContain('iam-user-console-mfa (');
    expect(critical).toContain('3 failed (--severity)');
  });
});

describe('scan table options on the command line', () => {
  it('--status pass lists passes and keeps the exit code of the full result (1: there are failures)', async () => {
    const run = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--status', 'PASS', '--no-color']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Passed: \d+$/m);
    expect(run.stdout).not.toContain('Failures:');
    const unknown = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--status', 'passed']);
    expect([unknown.code, unknown.stderr]).toEqual([2, "dbgap-audit: option '--status <list>' argument 'passed' is invalid. Unknown status 'passed' (use pass, fail, error, not_applicable, manual).\n"]);
  });

  it('lays the table out for COLUMNS when stdout is not a terminal, and --wide puts full ARNs in the rows', async () => {
    const narrow = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY], { env: { COLUMNS: '100' } });
    expect(overlong(narrow.stdout, 100)).toEqual([]);
    expect(plainLines(narrow.stdout).some((line) => Array.from(line).length > 80)).toBe(true);
    const wide = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--wide']);
    expect(wide.stdout).toMatch(/^ {2}FAIL {4}arn:aws:s3:::genlab-public-share +Bucket genlab-public-share is public/m);
  });

  it('--show-manual prints the attestation items', async () => {
    const run = await runCli(['scan', '--inventory', EXAMPLE_INVENTORY, '--show-manual']);
    expect(run.stdout).toMatch(/^Attestation items \(15\)/m);
    expect(run.stdout).not.toContain('--show-manual prints');
  });
});
