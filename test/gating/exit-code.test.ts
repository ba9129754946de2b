import { describe, expect, it } from 'vitest';
import {
  decideCollectExitCode,
  decideDiffExitCode,
  decideExitCode,
  decideVerifyEvidenceExitCode,
  findingsExitCodeProblem,
  type GateOptions,
} from '../../src/exit-code.js';
import type { CheckResult, ScanResult, WaiverStatus } from '../../src/model/scan-result.js';
import { aResult, aScanResult } from './helpers.js';

const WAIVER = { checkId: 's3-bucket-ssl-only', resources: ['arn:aws:s3:::x'], reason: 'r', approvedBy: 'a', expires: '2026-01-01' };
const expired: WaiverStatus = { ...WAIVER, index: 1, status: 'expired', matched: 0, daysLeft: -326 };
const collectionError = { api: 'kms.ListKeys', action: 'kms:ListKeys', code: 'AccessDeniedException', kind: 'access-denied' as const, message: 'denied' };

const pass = aResult({ status: 'pass' });
const failHigh = aResult();
const failLow = aResult({ severity: 'low', resourceArn: 'arn:aws:s3:::genlab-results' });
const failWaived = aResult({ waiver: WAIVER });
const error = aResult({ status: 'error', resourceArn: 'arn:aws:s3:::genlab-scratch' });
const existing = aResult({ baseline: 'existing' });
const fresh = aResult({ baseline: 'new', resourceArn: 'arn:aws:s3:::genlab-new' });

interface Row {
  name: string;
  results: CheckResult[];
  extra?: Partial<ScanResult>;
  gate?: Partial<GateOptions>;
  expected: number;
}

const rows: Row[] = [
  { name: 'only passes, complete → 0', results: [pass], expected: 0 },
  { name: 'a failure at the default threshold (low) → 1', results: [pass, failLow], expected: 1 },
  { name: 'a failure below --fail-on → 0', results: [failLow], gate: { failOn: 'high' }, expected: 0 },
  { name: 'a failure at --fail-on → 1', results: [failHigh], gate: { failOn: 'high' }, expected: 1 },
  { name: 'a failure above --fail-on → 1', results: [failHigh], gate: { failOn: 'medium' }, expected: 1 },
  { name: 'a waived failure does not gate → 0', results: [failWaived], expected: 0 },
  { name: 'error results → 3 (incomplete)', results: [pass, error], expected: 3 },
  { name: 'a collection error alone → 3', results: [pass], extra: { collectionErrors: [collectionError] }, expected: 3 },
  { name: 'incomplete with --allow-incomplete → 0', results: [pass, error], gate: { allowIncomplete: true }, expected: 0 },
  { name: 'failure and errors: findings win → 1', results: [failHigh, error], expected: 1 },
  { name: 'failure below threshold and errors → 3', results: [failLow, error], gate: { failOn: 'critical' }, expected: 3 },
  { name: '--exit-code remaps findings', results: [failHigh], gate: { findingsExitCode: 9 }, expected: 9 },
  { name: '--exit-code leaves incomplete at 3', results: [error], gate: { findingsExitCode: 9 }, expected: 3 },
  { name: '--only-new: existing failures only → 0', results: [existing], gate: { onlyNew: true }, expected: 0 },
  { name: '--only-new: a new failure → 1', results: [existing, fresh], gate: { onlyNew: true }, expected: 1 },
  { name: 'without --only-new existing failures gate → 1', results: [existing], expected: 1 },
  { name: '--only-new: existing failure and errors → 3', results: [existing, error], gate: { onlyNew: true }, expected: 3 },
  { name: 'an expired waiver alone does not gate → 0', results: [pass], extra: { waivers: [expired] }, expected: 0 },
  { name: '--fail-on-expired-waivers with an expired waiver → 1', results: [pass], extra: { waivers: [expired] }, gate: { failOnExpiredWaivers: true }, expected: 1 },
  { name: '--fail-on-expired-waivers uses --exit-code', results: [pass], extra: { waivers: [expired] }, gate: { failOnExpiredWaivers: true, findingsExitCode: 20 }, expected: 20 },
  { name: '--fail-on-expired-waivers without an expired waiver → 0', results: [pass], extra: { waivers: [{ ...expired, status: 'applied', daysLeft: 30 }] }, gate: { failOnExpiredWaivers: true }, expected: 0 },
];

describe('decideExitCode', () => {
  it.each(rows)('$name', ({ results, extra, gate, expected }) => {
    expect(decideExitCode(aScanResult(results, extra), { failOn: 'low', allowIncomplete: false, ...gate })).toBe(expected);
  });
});

describe('--exit-code values', () => {
  it.each([0, 2, 3, 126, 255, -1, 1.5, Number.NaN])('%s is refused', (code) => {
    expect(findingsExitCodeProblem(code)).toBeDefined();
  });
  it.each([1, 4, 10, 125])('%s is allowed', (code) => {
    expect(findingsExitCodeProblem(code)).toBeUndefined();
  });
});

describe('every other command decides its exit code in src/exit-code.ts too', () => {
  it.each([
    ['collect, everything collected', () => decideCollectExitCode(0), 0],
    ['collect, some keys failed (inventory still written)', () => decideCollectExitCode(2), 3],
    ['diff without --fail-on-new, new failures', () => decideDiffExitCode(true, false), 0],
    ['diff --fail-on-new, no new unwaived failure', () => decideDiffExitCode(false, true), 0],
    ['diff --fail-on-new, a new unwaived failure', () => decideDiffExitCode(true, true), 1],
    ['verify-evidence, intact', () => decideVerifyEvidenceExitCode(0), 0],
    ['verify-evidence, a file changed', () => decideVerifyEvidenceExitCode(1), 1],
  ] as const)('%s', (_name, decide, expected) => {
    expect(decide()).toBe(expected);
  });
});
