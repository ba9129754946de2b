import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/dbgap-resources-tagged.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketTags } from '../../helpers/s3.js';

const byName = { dbgapBuckets: { names: ['named-dbgap'], tag: { key: 'dbgap:project' } } };

describe('dbgap-resources-tagged', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['a tagged dbGaP bucket (by tag)', 'raw', { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-06-30' }, ['pass']],
    ['a dbGaP bucket (by tag) without expiry', 'raw', { 'dbgap:project': 'phs000001' }, ['fail']],
    ['an expiry that is not a date', 'raw', { 'dbgap:project': 'phs000001', 'dbgap:expiry': 'June 2027' }, ['fail']],
    ['an impossible date', 'raw', { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-02-30' }, ['fail']],
    ['a full ISO timestamp', 'raw', { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-06-30T00:00:00Z' }, ['pass']],
    ['a bucket named in the settings with no tags', 'named-dbgap', {}, ['fail']],
    ['a bucket named in the settings with an empty project tag', 'named-dbgap', { 'dbgap:project': ' ', 'dbgap:expiry': '2027-06-30' }, ['fail']],
    ['a bucket named in the settings, fully tagged', 'named-dbgap', { 'dbgap:project': 'phs000001', 'dbgap:expiry': '2027-06-30' }, ['pass']],
    ['a non-dbGaP bucket', 'logs', { team: 'ops' }, ['not_applicable']],
  ])('%s → %j', (_name, bucket, tags, expected) => {
    expect(statuses(run(check, { s3BucketTags: [aBucketTags(bucket, tags)] }, { settings: byName }))).toEqual(expected);
  });

  it('names every missing tag', () => {
    const [result] = run(check, { s3BucketTags: [aBucketTags('named-dbgap', {})] }, { settings: byName });
    expect(result?.message).toContain('no dbgap:project tag');
    expect(result?.message).toContain('no dbgap:expiry tag');
  });

  it('uses the configured tag names', () => {
    const settings = { dbgapBuckets: { names: [], tag: { key: 'lab:study' } }, dbgapTags: { project: 'lab:study', expiry: 'lab:end', closeout: 'lab:closeout' } };
    expect(statuses(run(check, { s3BucketTags: [aBucketTags('b', { 'lab:study': 'phs1', 'lab:end': '2027-01-01' })] }, { settings }))).toEqual(['pass']);
    expect(statuses(run(check, { s3BucketTags: [aBucketTags('b', { 'lab:study': 'phs1', 'dbgap:expiry': '2027-01-01' })] }, { settings }))).toEqual(['fail']);
  });

  it('turns a denied GetBucketTagging into error, not silence', () => {
    const results = run(check, {
      s3BucketTags: { items: [], failures: [aFailure({ api: 's3.GetBucketTagging', resourceArn: 'arn:aws:s3:::named-dbgap' })] },
    }, { settings: byName });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([['arn:aws:s3:::named-dbgap', 'error']]);
  });
});
