import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/config/baseline.js';
import { parseReport } from '../../src/files/report-file.js';
import { InputFileError } from '../../src/errors.js';
import { aResult, aScanResult } from '../gating/helpers.js';

const FILE = 'reports/last-week.json';
const context = { file: FILE, checkIds: ['s3-bucket-ssl-only'], accountIds: ['123456789012'] };

const arn = (name: string) => `arn:aws:s3:::${name}`;

describe('compareWithBaseline', () => {
  const baseline = aScanResult([
    aResult({ resourceArn: arn('still-failing') }),
    aResult({ resourceArn: arn('now-passing') }),
    aResult({ resourceArn: arn('deleted') }),
    aResult({ resourceArn: arn('now-error') }),
    aResult({ resourceArn: arn('other-account'), accountId: '210987654321' }),
    aResult({ resourceArn: arn('other-check'), checkId: 'kms-cmk-rotation-enabled' }),
    aResult({ resourceArn: arn('was-passing'), status: 'pass' }),
  ]);
  const current = [
    aResult({ resourceArn: arn('still-failing') }),
    aResult({ resourceArn: arn('now-passing'), status: 'pass' }),
    aResult({ resourceArn: arn('now-error'), status: 'error' }),
    aResult({ resourceArn: arn('was-passing') }),
    aResult({ resourceArn: arn('brand-new') }),
    aResult({ resourceArn: arn('still-failing'), accountId: '999999999999' }),
  ];
  const { results, comparison } = compareWithBaseline(current, baseline, context);

  it.each([
    ['a failure already in the baseline', arn('still-failing'), '123456789012', 'existing'],
    ['a resource that passed before and fails now', arn('was-passing'), '123456789012', 'new'],
    ['a resource the baseline did not have', arn('brand-new'), '123456789012', 'new'],
    ['the same ARN in another account (key includes accountId)', arn('still-failing'), '999999999999', 'new'],
    ['a passing result is not marked', arn('now-passing'), '123456789012', undefined],
    ['an error result is not marked', arn('now-error'), '123456789012', undefined],
  ])('%s → %s', (_name, resourceArn, accountId, expected) => {
    expect(results.find((entry) => entry.resourceArn === resourceArn && entry.accountId === accountId)?.baseline).toBe(expected);
  });

  it('lists as fixed what now passes or disappeared, not errors, other checks or other accounts', () => {
    expect(comparison.fixed.map((entry) => [entry.resourceArn, entry.now])).toEqual([
      [arn('now-passing'), 'pass'],
      [arn('deleted'), 'absent'],
    ]);
    expect(comparison).toMatchObject({ file: FILE, new: 3, existing: 1 });
  });
});

describe('parseReport (baseline)', () => {
  const good = aScanResult([aResult()]);
  const json = (value: unknown) => JSON.stringify(value);
  const withResult = (overrides: Record<string, unknown>) => json({ ...good, results: [{ ...aResult(), ...overrides }] });

  it('reads a JSON report', () => {
    expect(parseReport(json(good), FILE, 'baseline').results).toHaveLength(1);
  });

  it.each([
    { name: 'invalid JSON', text: '{"schemaVersion": 1,', expected: /is not valid JSON/ },
    { name: 'a JSON array', text: '[]', expected: /not a dbgap-audit JSON report: field \(top level\) must be an object/ },
    { name: 'an inventory instead of a report', text: json({ schemaVersion: 1, collectedAt: 'x', keys: {} }), expected: /is an inventory, not a JSON report: field results is missing/ },
    { name: 'an unrelated JSON object', text: json({ name: 'package' }), expected: /not a dbgap-audit JSON report: field schemaVersion/ },
    { name: 'a newer schemaVersion', text: json({ ...good, schemaVersion: 2 }), expected: /field schemaVersion is 2; this dbgap-audit reads report version 1/ },
    { name: 'schemaVersion as a string', text: json({ ...good, schemaVersion: '1' }), expected: /field schemaVersion is "1"/ },
    { name: 'a missing results list', text: json({ ...good, results: undefined }), expected: /field results is missing/ },
    { name: 'a result without accountId', text: withResult({ accountId: undefined }), expected: /field results\.0\.accountId is missing/ },
    { name: 'a numeric resourceArn', text: withResult({ resourceArn: 42 }), expected: /field results\.0\.resourceArn expected string, received number/ },
    { name: 'an unknown status', text: withResult({ status: 'failed' }), expected: /field results\.0\.status/ },
  ])('refuses $name with one line naming the file and field (exit 2)', ({ text, expected }) => {
    let thrown: unknown;
    try {
      parseReport(text, FILE, 'baseline');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputFileError);
    const error = thrown as InputFileError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`The baseline file ${FILE}`);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain('\n');
  });
});
