import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/s3-bucket-object-lock.js';
import type { S3BucketObjectLock } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';
import { aBucketTags, anObjectLock } from '../../helpers/s3.js';

const trail = aTrail('main', { s3BucketName: 'trail-logs' });
const dbgapTags = (expiry: string) => ({ 'dbgap:project': 'phs000001', 'dbgap:expiry': expiry });

// NOW (test/helpers/inventory.ts) is 2026-11-23T12:00Z.
describe('s3-bucket-object-lock', () => {
  it.each<[string, S3BucketObjectLock, Record<string, string>, string, string | undefined]>([
    ['a CloudTrail bucket with compliance retention', anObjectLock('trail-logs', true, { mode: 'COMPLIANCE', years: 1 }), {}, 'pass', undefined],
    ['a CloudTrail bucket with governance retention', anObjectLock('trail-logs', true, { mode: 'GOVERNANCE', days: 90 }), {}, 'pass', undefined],
    ['a CloudTrail bucket without Object Lock', anObjectLock('trail-logs', false), {}, 'fail', 'medium'],
    ['a CloudTrail bucket with Object Lock but no default retention', anObjectLock('trail-logs', true), {}, 'fail', 'medium'],
    ['a dbGaP bucket without Object Lock', anObjectLock('raw', false), dbgapTags('2027-06-30'), 'pass', undefined],
    ['a dbGaP bucket with governance retention', anObjectLock('raw', true, { mode: 'GOVERNANCE', years: 5 }), dbgapTags('2027-06-30'), 'pass', undefined],
    ['a dbGaP bucket whose compliance retention outlasts the expiry', anObjectLock('raw', true, { mode: 'COMPLIANCE', years: 1 }), dbgapTags('2027-06-30'), 'fail', 'low'],
    ['a dbGaP bucket whose compliance retention ends before the expiry', anObjectLock('raw', true, { mode: 'COMPLIANCE', days: 30 }), dbgapTags('2027-06-30'), 'pass', undefined],
    ['a dbGaP bucket with compliance retention and no expiry tag', anObjectLock('raw', true, { mode: 'COMPLIANCE', days: 30 }), { 'dbgap:project': 'phs000001' }, 'error', undefined],
    ['an ordinary bucket', anObjectLock('misc', false), {}, 'not_applicable', undefined],
  ])('%s → %s', (_name, lock, tags, expected, severity) => {
    const results = run(check, { s3BucketObjectLock: [lock], cloudtrailTrails: [trail], s3BucketTags: [aBucketTags(lock.bucket, tags)] });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('turns a denied GetObjectLockConfiguration into error for that bucket', () => {
    const results = run(check, {
      s3BucketObjectLock: { items: [], failures: [aFailure({ api: 's3.GetObjectLockConfiguration', resourceArn: 'arn:aws:s3:::trail-logs' })] },
      cloudtrailTrails: [trail],
      s3BucketTags: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
