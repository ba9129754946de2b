import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports, type ReportDiff } from '../../src/diff.js';
import { aResult, aScanResult, aTempDirectory, runCli } from './helpers.js';

const arn = (name: string) => `arn:aws:s3:::${name}`;
const kms = (status: 'fail' | 'error' | 'pass', name: string) =>
  aResult({ checkId: 'kms-cmk-rotation-enabled', controlArea: 'data-encryption', severity: 'medium', status, resourceArn: `arn:aws:kms:us-east-1:123456789012:key/${name}` });
const mfa = (status: 'fail' | 'pass', user: string) =>
  aResult({ checkId: 'iam-user-console-mfa', controlArea: 'user-accounts', status, resourceArn: `arn:aws:iam::123456789012:user/${user}` });

const before = aScanResult([
  aResult({ resourceArn: arn('still-failing') }),
  aResult({ resourceArn: arn('fixed') }),
  aResult({ resourceArn: arn('deleted') }),
  kms('error', 'was-error'),
  kms('error', 'still-error'),
  mfa('fail', 'bob'),
  mfa('pass', 'carol'),
]);
const after = aScanResult([
  aResult({ resourceArn: arn('still-failing') }),
  aResult({ resourceArn: arn('fixed'), status: 'pass' }),
  aResult({ resourceArn: arn('new-bucket') }),
  aResult({ resourceArn: arn('new-waived'), waiver: { checkId: 's3-bucket-ssl-only', resources: ['*'], reason: 'r', approvedBy: 'a', expires: '2027-01-01' } }),
  kms('pass', 'was-error'),
  kms('error', 'still-error'),
  kms('error', 'new-error'),
  mfa('fail', 'bob'),
  mfa('fail', 'carol'),
]);

describe('diffReports', () => {
  const diff = diffReports(before, after, { old: 'old.json', new: 'new.json' });
  const area = (id: string) => diff.areas.find((entry) => entry.controlArea === id);
  const arns = (items: { resourceArn: string }[] | undefined) => (items ?? []).map((item) => item.resourceArn.split(/[:/]/).pop());

  it.each([
    ['data-encryption', 'newFailures', ['new-bucket', 'new-waived']],
    ['data-encryption', 'newErrors', ['new-error']],
    ['data-encryption', 'fixed', ['fixed', 'deleted']],
    ['data-encryption', 'resolvedErrors', ['was-error']],
    ['user-accounts', 'newFailures', ['carol']],
    ['user-accounts', 'fixed', []],
  ] as const)('%s %s', (controlArea, field, expected) => {
    expect(arns(area(controlArea)?.[field])).toEqual(expected);
  });

  it('leaves out unchanged areas and totals the rest', () => {
    expect(diff.areas.map((entry) => entry.controlArea)).toEqual(['user-accounts', 'data-encryption']);
    expect(diff.totals).toEqual({ newFailures: 3, newErrors: 1, fixed: 2, resolvedErrors: 1 });
  });
});

describe('dbgap-audit diff', () => {
  async function files() {
    return aTempDirectory({ 'old.json': JSON.stringify(before), 'new.json': JSON.stringify(after), 'same.json': JSON.stringify(before) });
  }

  it('prints what got worse and better per control area; exit 0', async () => {
    const cwd = await files();
    const run = await runCli(['diff', join(cwd, 'old.json'), join(cwd, 'new.json')], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5. User Accounts, Passwords, and Access Control Lists');
    expect(run.stdout).toMatch(/WORSE {3}new failure {3}high {10}iam-user-console-mfa {2}arn:aws:iam::123456789012:user\/carol/);
    expect(run.stdout).toContain('BETTER  fixed         high          s3-bucket-ssl-only  arn:aws:s3:::deleted  (now gone)');
    expect(run.stdout).toContain('arn:aws:s3:::new-waived  (waived)');
    expect(run.stdout).toContain('Worse: 3 new failure(s), 1 new error(s). Better: 2 fixed, 1 error(s) resolved.');
  });

  it.each([
    { args: ['--fail-on-new'], pair: ['old.json', 'new.json'], expected: 1 },
    { args: ['--fail-on-new'], pair: ['old.json', 'same.json'], expected: 0 },
    { args: [], pair: ['old.json', 'new.json'], expected: 0 },
  ])('$pair $args → exit $expected', async ({ args, pair, expected }) => {
    const cwd = await files();
    expect((await runCli(['diff', ...pair.map((name) => join(cwd, name)), ...args], cwd)).code).toBe(expected);
  });

  it('--fail-on-new ignores new failures that are waived', async () => {
    const waivedOnly = aScanResult([...before.results, aResult({ resourceArn: arn('w'), waiver: { checkId: 's3-bucket-ssl-only', resources: ['*'], reason: 'r', approvedBy: 'a', expires: '2027-01-01' } })]);
    const cwd = await aTempDirectory({ 'old.json': JSON.stringify(before), 'new.json': JSON.stringify(waivedOnly) });
    expect((await runCli(['diff', join(cwd, 'old.json'), join(cwd, 'new.json'), '--fail-on-new'], cwd)).code).toBe(0);
  });

  it('--format json is the ReportDiff', async () => {
    const cwd = await files();
    const run = await runCli(['diff', join(cwd, 'old.json'), join(cwd, 'new.json'), '--format', 'json'], cwd);
    const diff = JSON.parse(run.stdout) as ReportDiff;
    expect(diff.totals.fixed).toBe(2);
    expect(diff.old.file).toBe(join(cwd, 'old.json'));
  });

  it('a file that is not a report → exit 2 naming the file and field', async () => {
    const cwd = await aTempDirectory({ 'old.json': JSON.stringify(before), 'bad.json': JSON.stringify({ schemaVersion: 1, tool: { name: 'x', version: '1' } }) });
    const run = await runCli(['diff', join(cwd, 'old.json'), join(cwd, 'bad.json')], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`dbgap-audit: The report file ${join(cwd, 'bad.json')} is not a dbgap-audit JSON report: field scan is missing.\n`);
  });
});
