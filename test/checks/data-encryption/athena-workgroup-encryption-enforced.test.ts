import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/athena-workgroup-encryption-enforced.js';
import type { S3BucketTags } from '../../../src/model/items/s3.js';
import { aWorkGroup } from '../../helpers/athena.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const bucketTags = (bucket: string, tags: Record<string, string>): S3BucketTags => ({ arn: `arn:aws:s3:::${bucket}`, bucket, region: 'us-east-1', tags });
const DBGAP = bucketTags('results-bucket', { 'dbgap:project': 'phs1' });
const PLAIN = bucketTags('results-bucket', {});

describe('athena-workgroup-encryption-enforced', () => {
  // https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
  it.each([
    ['enforced SSE_KMS into a dbGaP bucket', aWorkGroup('wg'), [DBGAP], 'pass', 'a dbGaP bucket'],
    ['enforced CSE_KMS into a dbGaP bucket', aWorkGroup('wg', { encryptionOption: 'CSE_KMS' }), [DBGAP], 'pass', 'CSE_KMS'],
    ['enforced SSE_S3 into a plain bucket', aWorkGroup('wg', { encryptionOption: 'SSE_S3', kmsKey: undefined }), [PLAIN], 'pass', 'SSE_S3'],
    ['enforced SSE_S3 into a dbGaP bucket', aWorkGroup('wg', { encryptionOption: 'SSE_S3', kmsKey: undefined }), [DBGAP], 'fail', 'not a KMS key'],
    // "If set to false, client-side settings are used": the workgroup's encryption is only a default.
    // https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html
    ['encryption configured but not enforced', aWorkGroup('wg', { enforceWorkGroupConfiguration: false }), [DBGAP], 'fail', "the workgroup's default is SSE_KMS"],
    ['neither enforced nor encrypted', aWorkGroup('wg', { enforceWorkGroupConfiguration: false, encryptionOption: undefined, kmsKey: undefined }), [PLAIN], 'fail', 'sets none'],
    ['enforced without encryption', aWorkGroup('wg', { encryptionOption: undefined, kmsKey: undefined }), [PLAIN], 'fail', 'sets no encryption'],
    ['enforced managed query results', aWorkGroup('wg', { encryptionOption: undefined, kmsKey: undefined, outputLocation: undefined, managedQueryResults: true }), [], 'pass', 'managed query results'],
    ['enforced SSE_S3 into another account\'s bucket', aWorkGroup('wg', { encryptionOption: 'SSE_S3', outputLocation: 's3://partner/x/' }), [PLAIN], 'pass', 'not a bucket of this account'],
  ])('%s → %s', (_name, workGroup, tags, expected, messagePart) => {
    const results = run(check, { athenaWorkGroups: [workGroup], s3BucketTags: tags });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('classifies the results bucket by its configured name as well as its tags', () => {
    const results = run(check, { athenaWorkGroups: [aWorkGroup('wg', { encryptionOption: 'SSE_S3' })], s3BucketTags: [PLAIN] }, { settings: { dbgapBuckets: { names: ['results-bucket'], tag: { key: 'dbgap' } } } });
    expect(statuses(results)).toEqual(['fail']);
  });

  it('is an error naming s3:GetBucketTagging when an SSE_S3 results bucket\'s tags could not be read', () => {
    const failure = aFailure({ api: 's3.GetBucketTagging', action: 's3:GetBucketTagging', code: 'AccessDenied', resourceArn: 'arn:aws:s3:::results-bucket' });
    const results = run(check, { athenaWorkGroups: [aWorkGroup('wg', { encryptionOption: 'SSE_S3' })], s3BucketTags: { items: [], failures: [failure] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('s3:GetBucketTagging');
  });

  it('still judges an SSE_KMS workgroup when the bucket tags could not be read', () => {
    const failure = aFailure({ api: 's3.ListBuckets', action: 's3:ListAllMyBuckets', code: 'AccessDenied', region: undefined });
    const results = run(check, { athenaWorkGroups: [aWorkGroup('wg')], s3BucketTags: { items: [], failures: [failure] } });
    expect(statuses(results)).toEqual(['pass']);
  });

  it('is not applicable without workgroups, and an error naming athena:GetWorkGroup when one could not be read', () => {
    expect(statuses(run(check, { athenaWorkGroups: [], s3BucketTags: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      athenaWorkGroups: { items: [], failures: [aFailure({ api: 'athena.GetWorkGroup', action: 'athena:GetWorkGroup', code: 'AccessDeniedException', resourceArn: aWorkGroup('wg').arn })] },
      s3BucketTags: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('athena:GetWorkGroup');
  });
});
