import { describe, expect, it } from 'vitest';
import { applyWaivers, arnPattern, daysUntilExpiry, describeWaiverWarnings, parseWaivers } from '../../src/config/waivers.js';
import { InputFileError } from '../../src/errors.js';
import type { Waiver } from '../../src/model/scan-result.js';
import { aResult, SCAN_TIME } from '../gating/helpers.js';

const FILE = 'ci/waivers.yml';
const GOOD = {
  checkId: 's3-bucket-ssl-only',
  resources: '["arn:aws:s3:::genlab-public-share"]',
  reason: 'Public reference data, no controlled-access files',
  approvedBy: 'Jane Doe, ISSO',
  expires: '2026-12-31',
};

function file(...entries: Record<string, string | undefined>[]): string {
  const body = entries
    .map((fields) =>
      Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([key, value], position) => `${position === 0 ? '  - ' : '    '}${key}: ${value}`)
        .join('\n'),
    )
    .join('\n');
  return `waivers:\n${body}\n`;
}

describe('parseWaivers', () => {
  it('reads a valid file, ticket optional', () => {
    const waivers = parseWaivers(file({ ...GOOD, ticket: 'DAC-2026-014' }, { ...GOOD, checkId: 'iam-user-console-mfa', resources: '["arn:aws:iam::123456789012:user/*"]' }), FILE);
    expect(waivers).toEqual([
      { checkId: 's3-bucket-ssl-only', resources: ['arn:aws:s3:::genlab-public-share'], reason: GOOD.reason, approvedBy: GOOD.approvedBy, expires: '2026-12-31', ticket: 'DAC-2026-014' },
      { checkId: 'iam-user-console-mfa', resources: ['arn:aws:iam::123456789012:user/*'], reason: GOOD.reason, approvedBy: GOOD.approvedBy, expires: '2026-12-31' },
    ]);
  });

  it('accepts an empty list', () => {
    expect(parseWaivers('waivers: []\n', FILE)).toEqual([]);
  });

  it.each([
    { name: 'invalid YAML', text: 'waivers:\n  - checkId: [unclosed\n', expected: /not valid YAML/ },
    { name: 'an alias (anchor bomb)', text: `waivers:\n  - &w\n    checkId: s3-bucket-ssl-only\n  - *w\n`, expected: /could not be read: .*alias/i },
    { name: 'an empty file', text: '', expected: /field waivers is missing/ },
    { name: 'a top-level list', text: '- checkId: s3-bucket-ssl-only\n', expected: /field \(top level\) expected object/ },
    { name: 'an unknown top-level field', text: 'waivers: []\nexceptions: []\n', expected: /unknown field exceptions/ },
    { name: 'waivers not a list', text: 'waivers: s3-bucket-ssl-only\n', expected: /field waivers expected array/ },
    { name: 'a missing reason', text: file({ ...GOOD, reason: undefined }), expected: /waiver #1 \(s3-bucket-ssl-only\): field reason is missing/ },
    { name: 'a missing approvedBy', text: file(GOOD, { ...GOOD, approvedBy: undefined }), expected: /waiver #2 \(s3-bucket-ssl-only\): field approvedBy is missing/ },
    { name: 'a missing expires', text: file({ ...GOOD, expires: undefined }), expected: /waiver #1 \(s3-bucket-ssl-only\): field expires is missing/ },
    { name: 'a missing checkId', text: file({ ...GOOD, checkId: undefined }), expected: /waiver #1: field checkId is missing/ },
    { name: 'an empty reason', text: file({ ...GOOD, reason: '"  "' }), expected: /field reason must not be empty/ },
    { name: 'an impossible date', text: file({ ...GOOD, expires: '2026-02-30' }), expected: /field expires must be a date written YYYY-MM-DD/ },
    { name: 'a date in another format', text: file({ ...GOOD, expires: '12/31/2026' }), expected: /field expires must be a date written YYYY-MM-DD/ },
    { name: 'a date as a number', text: file({ ...GOOD, expires: '20261231' }), expected: /field expires expected string, received number/ },
    { name: 'an unknown check id', text: file({ ...GOOD, checkId: 's3-bucket-sll-only' }), expected: /waiver #1 \(s3-bucket-sll-only\): field checkId is not a known check id/ },
    { name: 'resources as a string', text: file({ ...GOOD, resources: 'arn:aws:s3:::genlab-public-share' }), expected: /field resources expected array, received string/ },
    { name: 'an empty resources list', text: file({ ...GOOD, resources: '[]' }), expected: /field resources must list at least one ARN or glob/ },
    { name: 'a resource that is not a string', text: file({ ...GOOD, resources: '[42]' }), expected: /field resources\.0 expected string, received number/ },
    { name: 'an unknown field (typo)', text: file({ ...GOOD, expiry: '2026-12-31' }), expected: /waiver #1 \(s3-bucket-ssl-only\): unknown field expiry/ },
    { name: 'a waiver that is not a mapping', text: 'waivers:\n  - s3-bucket-ssl-only\n', expected: /waiver #1: field \(top level\) expected object/ },
  ])('refuses $name with one line naming the file and field (exit 2)', ({ text, expected }) => {
    let thrown: unknown;
    try {
      parseWaivers(text, FILE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputFileError);
    const error = thrown as InputFileError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`The waivers file ${FILE}`);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain('\n');
  });
});

describe('arnPattern', () => {
  it.each([
    ['arn:aws:s3:::genlab-public-share', 'arn:aws:s3:::genlab-public-share', true],
    ['arn:aws:s3:::genlab-public-share', 'arn:aws:s3:::genlab-public-share-2', false],
    ['arn:aws:s3:::genlab-*', 'arn:aws:s3:::genlab-results', true],
    ['arn:aws:s3:::genlab-*', 'arn:aws:s3:::other-genlab-results', false],
    ['arn:aws:ec2:*:123456789012:security-group/*', 'arn:aws:ec2:us-west-2:123456789012:security-group/sg-1', true],
    ['arn:aws:ec2:*:123456789012:security-group/*', 'arn:aws:ec2:us-west-2:210987654321:security-group/sg-1', false],
    ['*', 'arn:aws:iam::123456789012:user/a/b', true],
    ['arn:aws:s3:::genlab.results', 'arn:aws:s3:::genlabxresults', false],
    ['arn:aws:s3:::Genlab-*', 'arn:aws:s3:::genlab-results', false],
  ])('%s matches %s: %s', (glob, arn, expected) => {
    expect(arnPattern(glob).test(arn)).toBe(expected);
  });
});

describe('applyWaivers', () => {
  const waiver = (overrides: Partial<Waiver> = {}): Waiver => ({
    checkId: 's3-bucket-ssl-only',
    resources: ['arn:aws:s3:::genlab-public-share'],
    reason: 'Public reference data',
    approvedBy: 'Jane Doe, ISSO',
    expires: '2027-06-30',
    ...overrides,
  });
  const failing = aResult();
  const options = { now: SCAN_TIME, warningDays: 14 }; // 2026-11-23

  it.each([
    { name: 'valid', expires: '2027-06-30', status: 'applied', waived: true, daysLeft: 219 },
    { name: 'valid through its expiry day', expires: '2026-11-23', status: 'expiring', waived: true, daysLeft: 0 },
    { name: 'expiring soon (within 14 days)', expires: '2026-12-07', status: 'expiring', waived: true, daysLeft: 14 },
    { name: 'just outside the warning window', expires: '2026-12-08', status: 'applied', waived: true, daysLeft: 15 },
    { name: 'expired the day before the scan', expires: '2026-11-22', status: 'expired', waived: false, daysLeft: -1 },
    { name: 'expired long ago', expires: '2020-01-01', status: 'expired', waived: false, daysLeft: -2518 },
  ])('$name → $status', ({ expires, status, waived, daysLeft }) => {
    const { results, statuses } = applyWaivers([failing], [waiver({ expires })], options);
    expect(statuses[0]).toMatchObject({ status, matched: 1, daysLeft, index: 1 });
    expect(results[0]?.waiver !== undefined).toBe(waived);
    expect(results[0]?.status).toBe('fail');
  });

  it('an unused waiver (glob matches nothing) is reported, not an error', () => {
    const { results, statuses } = applyWaivers([failing], [waiver({ resources: ['arn:aws:s3:::nothing-*'] })], options);
    expect(statuses[0]).toMatchObject({ status: 'unused', matched: 0 });
    expect(results[0]?.waiver).toBeUndefined();
  });

  it('covers only fail results of its own check', () => {
    const results = [
      aResult({ status: 'pass' }),
      aResult({ status: 'error' }),
      aResult({ checkId: 's3-bucket-encryption-kms-cmk' }),
      failing,
    ];
    const applied = applyWaivers(results, [waiver()], options);
    expect(applied.results.map((result) => result.waiver !== undefined)).toEqual([false, false, false, true]);
    expect(applied.statuses[0]?.matched).toBe(1);
  });

  it('a glob covers several resources; the first valid waiver in file order wins', () => {
    const results = [failing, aResult({ resourceArn: 'arn:aws:s3:::genlab-results' }), aResult({ resourceArn: 'arn:aws:s3:::other' })];
    const first = waiver({ resources: ['arn:aws:s3:::genlab-*'], reason: 'first' });
    const second = waiver({ reason: 'second' });
    const applied = applyWaivers(results, [first, second], options);
    expect(applied.results.map((result) => result.waiver?.reason)).toEqual(['first', 'first', undefined]);
    expect(applied.statuses.map((status) => status.matched)).toEqual([2, 1]);
  });

  it('an expired waiver yields to a valid one for the same resource', () => {
    const applied = applyWaivers([failing], [waiver({ expires: '2025-01-01', reason: 'old' }), waiver({ reason: 'renewed' })], options);
    expect(applied.results[0]?.waiver?.reason).toBe('renewed');
    expect(applied.statuses.map((status) => status.status)).toEqual(['expired', 'applied']);
  });

  it('judges expiry on the UTC date of the scan', () => {
    expect(daysUntilExpiry(waiver({ expires: '2026-11-23' }), new Date('2026-11-23T23:59:59.999Z'))).toBe(0);
    expect(daysUntilExpiry(waiver({ expires: '2026-11-23' }), new Date('2026-11-24T00:00:00.000Z'))).toBe(-1);
  });

  it('describes expired, unused and expiring waivers, one line each', () => {
    const { statuses } = applyWaivers(
      [failing],
      [waiver(), waiver({ expires: '2020-01-01' }), waiver({ resources: ['arn:aws:s3:::gone'] }), waiver({ expires: '2026-11-30' })],
      options,
    );
    expect(describeWaiverWarnings(statuses, FILE)).toEqual([
      `waiver #2 (s3-bucket-ssl-only) in ${FILE} expired on 2020-01-01 and was not applied (1 failing result(s) it would cover).`,
      `waiver #3 (s3-bucket-ssl-only) in ${FILE} matches no failing result; remove it or fix its resources.`,
      `waiver #4 (s3-bucket-ssl-only) in ${FILE} expires on 2026-11-30 (in 7 day(s)); renew or fix.`,
    ]);
  });
});
