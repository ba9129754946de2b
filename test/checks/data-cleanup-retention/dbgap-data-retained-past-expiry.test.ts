import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/dbgap-data-retained-past-expiry.js';
import type { S3BucketObjectPresence } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketTags, anObjectPresence } from '../../helpers/s3.js';
import { aVolume } from '../../helpers/ec2.js';

// NOW (test/helpers/inventory.ts) is 2026-11-23T12:00Z.
describe('dbgap-data-retained-past-expiry', () => {
  it.each<[string, string, S3BucketObjectPresence[], string[]]>([
    ['expired, still holding objects', '2026-06-30', [anObjectPresence('raw', true, null)], ['fail']],
    ['expired, only versions or delete markers left', '2026-06-30', [anObjectPresence('raw', false, true)], ['fail']],
    ['expired, empty and versioned with no versions', '2026-06-30', [anObjectPresence('raw', false, false)], ['pass']],
    ['expired, empty and never versioned', '2026-06-30', [anObjectPresence('raw', false, null)], ['pass']],
    ['expired yesterday', '2026-11-22', [anObjectPresence('raw', true, null)], ['fail']],
    ['expiring today (the data use still runs)', '2026-11-23', [anObjectPresence('raw', true, null)], ['not_applicable']],
    ['expiring in the future', '2027-06-30', [anObjectPresence('raw', true, null)], ['not_applicable']],
    ['expired, but presence not collected', '2026-06-30', [], ['error']],
    ['an expiry tag that is not a date', 'soon', [], ['error']],
  ])('%s → %j', (_name, expiry, presence, expected) => {
    const results = run(check, { s3BucketTags: [aBucketTags('raw', { 'dbgap:expiry': expiry })], s3BucketObjectPresence: presence, ec2Volumes: [] });
    expect(statuses(results)).toEqual(expected);
  });

  it('ignores buckets without an expiry tag', () => {
    expect(statuses(run(check, { s3BucketTags: [aBucketTags('logs', {})], s3BucketObjectPresence: [], ec2Volumes: [aVolume('vol-1')] }))).toEqual(['not_applicable']);
  });

  it('says which kind of residue remains', () => {
    const [result] = run(check, { s3BucketTags: [aBucketTags('raw', { 'dbgap:expiry': '2026-01-01' })], s3BucketObjectPresence: [anObjectPresence('raw', false, true)], ec2Volumes: [] });
    expect(result?.message).toContain('versions or delete markers');
    expect(result?.severity).toBe('high');
  });

  it('turns a denied ListObjectVersions (s3:ListBucketVersions) into error for that bucket', () => {
    const results = run(check, {
      s3BucketTags: [aBucketTags('raw', { 'dbgap:expiry': '2026-01-01' })],
      s3BucketObjectPresence: { items: [], failures: [aFailure({ api: 's3.ListObjectVersions', action: 's3:ListBucketVersions', resourceArn: 'arn:aws:s3:::raw' })] },
      ec2Volumes: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('s3:ListBucketVersions');
  });

  it.each([
    ['an expired tagged volume that still exists', aVolume('vol-1', { state: 'available', attachments: [], tags: { 'dbgap:expiry': '2026-06-30' } }), ['fail']],
    ['a tagged volume not yet expired', aVolume('vol-1', { tags: { 'dbgap:expiry': '2027-06-30' } }), ['not_applicable']],
    ['an expired volume already deleted', aVolume('vol-1', { state: 'deleted', tags: { 'dbgap:expiry': '2026-06-30' } }), ['not_applicable']],
    ['a volume with an unreadable expiry', aVolume('vol-1', { tags: { 'dbgap:expiry': 'Q3' } }), ['error']],
  ])('%s → %j', (_name, volume, expected) => {
    expect(statuses(run(check, { s3BucketTags: [], s3BucketObjectPresence: [], ec2Volumes: [volume] }))).toEqual(expected);
  });

  it('turns a denied DescribeVolumes into error rather than a clean bill', () => {
    const results = run(check, {
      s3BucketTags: [],
      s3BucketObjectPresence: [],
      ec2Volumes: { items: [], failures: [aFailure({ api: 'ec2.DescribeVolumes', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
    });
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-west-2', 'error']]);
  });
});
