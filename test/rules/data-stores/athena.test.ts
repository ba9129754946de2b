import { describe, expect, it } from 'vitest';
import { athenaDataStores } from '../../../src/rules/data-stores/athena.js';
import type { S3BucketTags } from '../../../src/model/items/s3.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aWorkGroup } from '../../helpers/athena.js';
import { aFailure } from '../../helpers/inventory.js';

/** Who and when, for the sources that ask the IAM policy engine (S3); these sources ignore it. */
const SCOPE = { account: { id: '123456789012', partition: 'aws' }, now: new Date('2026-11-23T00:00:00Z') };

const data = <T>(items: T[], failures = [] as ReturnType<typeof aFailure>[]) => ({ items, failures, regions: ['us-east-1'] });
const tags = (bucket: string, values: Record<string, string>): S3BucketTags => ({ arn: `arn:aws:s3:::${bucket}`, bucket, region: 'us-east-1', tags: values });

describe('Athena data stores', () => {
  it('lists a result location in a dbGaP bucket with the workgroup\'s encryption', () => {
    const workGroup = aWorkGroup('wg', { enforceWorkGroupConfiguration: false, encryptionOption: 'SSE_S3', kmsKey: undefined });
    expect(athenaDataStores({ athenaWorkGroups: data([workGroup]), s3BucketTags: data([tags('results-bucket', { 'dbgap:project': 'phs1' })]) }, DEFAULT_SETTINGS, SCOPE)).toEqual([
      {
        arn: workGroup.arn,
        kind: 'athena-query-results',
        service: 'Amazon Athena',
        region: 'us-east-1',
        name: 'wg: s3://results-bucket/athena/',
        controlledData: true,
        reason: 'results in dbGaP bucket results-bucket',
        encryption: 'SSE_S3 (not enforced: queries may override)',
        exposure: 'as bucket results-bucket',
        retention: "as bucket results-bucket's lifecycle rules",
      },
    ]);
  });

  it.each([
    ['a plain bucket', data([tags('results-bucket', {})]), false],
    ['a bucket whose tags were denied', data([], [aFailure({ api: 's3.GetBucketTagging', resourceArn: 'arn:aws:s3:::results-bucket' })]), 'unknown'],
    ['bucket tags not collected at all', undefined, 'unknown'],
  ])('classifies results in %s as %s', (_name, s3BucketTags, expected) => {
    const [store] = athenaDataStores({ athenaWorkGroups: data([aWorkGroup('wg')]), ...(s3BucketTags ? { s3BucketTags } : {}) }, DEFAULT_SETTINGS, SCOPE);
    expect(store?.controlledData).toBe(expected);
  });

  it('lists nothing for a workgroup without a result location', () => {
    expect(athenaDataStores({ athenaWorkGroups: data([aWorkGroup('wg', { outputLocation: undefined, managedQueryResults: true })]) }, DEFAULT_SETTINGS, SCOPE)).toEqual([]);
  });
});
