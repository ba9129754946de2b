import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/s3-server-access-logging-dbgap.js';
import type { S3BucketLogging } from '../../../src/model/items/s3.js';
import type { S3BucketTags } from '../../../src/model/items/s3.js';
import type { Settings } from '../../../src/model/settings.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketTags } from '../../helpers/s3.js';
import { aLogging } from '../../helpers/s3.js';

const tagged = aBucketTags('genomes', { 'dbgap:project': 'phs000001' });
const untagged = aBucketTags('genomes', {});

describe('s3-server-access-logging-dbgap', () => {
  it.each<[string, S3BucketLogging, S3BucketTags, Partial<Settings>, string, string, RegExp]>([
    ['dbGaP bucket with logging', { ...aLogging('genomes', 'access-logs'), targetPrefix: 'genomes/' }, tagged, {}, 'pass', 'medium', /dbGaP bucket genomes logs server access to s3:\/\/access-logs\/genomes\//],
    ['dbGaP bucket (by tag) without logging', aLogging('genomes', null), tagged, {}, 'fail', 'medium', /dbGaP bucket genomes has server access logging disabled/],
    ['dbGaP bucket (by name) without logging', aLogging('genomes', null), untagged, { dbgapBuckets: { names: ['genomes'], tag: { key: 'dbgap:project' } } }, 'fail', 'medium', /dbGaP bucket genomes/],
    ['tag value must match when the setting names one', aLogging('genomes', null), tagged, { dbgapBuckets: { names: [], tag: { key: 'dbgap:project', value: 'other' } } }, 'fail', 'low', /^Bucket genomes/],
    ['other bucket without logging', aLogging('genomes', null), untagged, {}, 'fail', 'low', /^Bucket genomes has server access logging disabled/],
    ['other bucket with logging, no prefix', aLogging('genomes', 'access-logs'), untagged, {}, 'pass', 'medium', /s3:\/\/access-logs\.$/],
  ])('%s → %s (%s)', (_name, logging, tags, settings, expected, severity, message) => {
    const [result, ...rest] = run(check, { s3BucketLogging: [logging], s3BucketTags: [tags] }, { settings });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity, resourceArn: 'arn:aws:s3:::genomes' });
    expect(result?.message).toMatch(message);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(run(check, { s3BucketLogging: [], s3BucketTags: [] }))).toEqual(['not_applicable']);
  });

  it('a bucket whose logging status could not be read is an error, not a pass', () => {
    const results = run(check, {
      s3BucketLogging: { items: [aLogging('other', 'access-logs')], failures: [aFailure({ api: 's3.GetBucketLogging', action: 's3:GetBucketLogging', resourceArn: 'arn:aws:s3:::genomes' })] },
      s3BucketTags: [tagged],
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:s3:::other', 'pass'],
      ['arn:aws:s3:::genomes', 'error'],
    ]);
  });
});
