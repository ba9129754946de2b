import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, quoteCsvField, renderCsv } from '../../reports/csv.js';
import { escapeXml, renderJunit } from '../../reports/junit.js';
import { fixtureScanResult, FIXTURE_RESULTS } from './fixture.js';

describe('CSV writer', () => {
  it('parses back to one row per result with every field intact', () => {
    const text = renderCsv(fixtureScanResult());
    const rows = parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(FIXTURE_RESULTS.length);
    expect(rows.map((row) => [row.check_id, row.status, row.resource_arn])).toEqual(FIXTURE_RESULTS.map((entry) => [entry.checkId, entry.status, entry.resourceArn]));
    const multiline = rows.find((row) => row.resource_arn === 'arn:aws:s3:::genlab-results')!;
    expect(multiline.message).toBe('Bucket genlab-results, "results" bucket,\nhas no Deny on aws:SecureTransport=false.');
    const waived = rows.find((row) => row.waived === 'true')!;
    expect([waived.waiver_approved_by, waived.waiver_expires, waived.waiver_ticket]).toEqual(['ISSO <j.doe@example.org>', '2026-12-31', 'SEC-42']);
    expect(rows[0]!.nist_800_171r2).toBe('3.13.1 3.1.12');
    expect(rows.find((row) => row.check_id === 'iam-user-console-mfa')!.region).toBe('global');
  });

  it('gives each row its check\'s remediation: summary, CLI example and AWS documentation page, after the older columns', () => {
    expect(CSV_COLUMNS.slice(-3)).toEqual(['remediation_summary', 'remediation_cli', 'remediation_doc_url']);
    const rows = parse(renderCsv(fixtureScanResult()), { columns: true }) as Record<string, string>[];
    const row = rows.find((entry) => entry.check_id === 'ec2-sg-no-public-admin-ports' && entry.status === 'fail')!;
    expect([row.remediation_summary, row.remediation_cli, row.remediation_doc_url]).toEqual([
      'Restrict the rule to approved administrative CIDRs.',
      'aws ec2 revoke-security-group-ingress --group-id SG --protocol tcp --port 22 --cidr 0.0.0.0/0',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    ]);
    const manual = rows.find((entry) => entry.status === 'manual')!;
    expect([manual.remediation_cli, manual.remediation_doc_url]).toEqual(['', '']);
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const rows = parse(renderCsv(fixtureScanResult()), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.status === 'not_applicable')!.message).toBe(`'=HYPERLINK("http://evil.example") no buckets`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['+1', "'+1"],
    ['', ''],
  ])('quotes %j as %j', (input, expected) => {
    expect(quoteCsvField(input)).toBe(expected);
  });

  it('writes only the header for an empty scan', () => {
    expect(renderCsv(fixtureScanResult({ results: [] }))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

/** A tiny reader of the JUnit shape we write (no XML dependency is installed): enough to check structure and escaping. */
function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function readJunit(xml: string) {
  const suites = [...xml.matchAll(/<testsuite ([^>]*)>([\s\S]*?)<\/testsuite>/g)].map(([, attributes, body]) => ({
    attributes: Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key!, unescapeXml(value!)])),
    cases: [...body!.matchAll(/<testcase ([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map(([, attributes, inner]) => ({
      name: unescapeXml(/name="([^"]*)"/.exec(attributes!)![1]!),
      outcome: inner ? /<(failure|error|skipped)/.exec(inner)![1] : 'passed',
      inner: inner ?? '',
    })),
  }));
  return suites;
}

describe('JUnit writer', () => {
  it('has one testsuite per control area with results and one testcase per result', () => {
    const xml = renderJunit(fixtureScanResult());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const suites = readJunit(xml);
    expect(suites.map((suite) => suite.attributes.id)).toEqual(['physical-server-access', 'user-accounts', 'networking', 'data-encryption']);
    expect(suites.reduce((sum, suite) => sum + suite.cases.length, 0)).toBe(FIXTURE_RESULTS.length);
    const networking = suites.find((suite) => suite.attributes.id === 'networking')!;
    expect(networking.cases.map((testCase) => testCase.outcome)).toEqual(['failure', 'passed', 'error']);
    expect([networking.attributes.tests, networking.attributes.failures, networking.attributes.errors]).toEqual(['3', '1', '1']);
    const users = suites.find((suite) => suite.attributes.id === 'user-accounts')!;
    expect(users.cases.map((testCase) => testCase.outcome)).toEqual(['failure', 'skipped', 'passed']);
    expect(/<testsuites [^>]*failures="3"[^>]*errors="1"[^>]*skipped="3"/.test(xml)).toBe(true);
  });

  it('escapes markup from AWS names and waiver text', () => {
    const xml = renderJunit(fixtureScanResult());
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const users = readJunit(xml).find((suite) => suite.attributes.id === 'user-accounts')!;
    expect(users.cases[1]!.name).toBe('iam-user-console-mfa arn:aws:iam::123456789012:user/<script>alert(1)</script>');
    expect(unescapeXml(users.cases[1]!.inner)).toContain('safe & MFA token lost');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a\u0000b\u001Fc\td&')).toBe('ab' + 'c\td&amp;');
  });
});
