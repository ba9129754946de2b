import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/lambda-function-url-auth.js';
import envCheck from '../../../checks/data-encryption/lambda-environment-encrypted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRole } from '../../helpers/iam.js';
import { aFunction, functionUrls } from '../../helpers/lambda.js';
import { aBucket, aBucketTags } from '../../helpers/s3.js';
import { aKmsKey } from '../../helpers/kms.js';

const readsDbgap = aRole('reader-role', null, { inlinePolicies: [{ name: 'read', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::dbgap-*/*' }] } }] });
const readsOther = aRole('other-role', null, { inlinePolicies: [{ name: 'read', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-data/*' }] } }] });
const deniedByBoundary = aRole('denied-role', null, {
  inlinePolicies: [{ name: 'rw', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', NotAction: 's3:ListBucket', Resource: 'arn:aws:s3:::dbgap-study/*' }] } }],
});
const base = {
  s3Buckets: [aBucket('dbgap-study'), aBucket('public-data')],
  s3BucketTags: [aBucketTags('dbgap-study', { 'dbgap:project': 'phs000001' }), aBucketTags('public-data', {})],
  iamAuthorizationDetails: [readsDbgap, readsOther, deniedByBoundary],
};

describe('lambda-function-url-auth', () => {
  it('fails a function whose role reads a dbGaP bucket and whose URL needs no auth', () => {
    const fn = aFunction('indexer', { role: readsDbgap.arn });
    const results = run(check, { ...base, lambdaFunctions: [fn], lambdaFunctionUrls: [functionUrls('indexer', [{ url: 'https://x/', authType: 'NONE' }])] });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toContain('dbgap-study');
  });

  it('passes AWS_IAM URLs and functions without a URL', () => {
    const results = run(check, {
      ...base,
      lambdaFunctions: [aFunction('a', { role: readsDbgap.arn }), aFunction('b', { role: readsDbgap.arn })],
      lambdaFunctionUrls: [functionUrls('a', [{ url: 'https://a/', authType: 'AWS_IAM' }]), functionUrls('b', [])],
    });
    expect(statuses(results)).toEqual(['pass', 'pass']);
  });

  it('leaves out functions whose role touches no dbGaP bucket, even through an explicit Deny', () => {
    const results = run(check, {
      ...base,
      lambdaFunctions: [aFunction('c', { role: readsOther.arn }), aFunction('d', { role: deniedByBoundary.arn })],
      lambdaFunctionUrls: [functionUrls('c', [{ url: 'https://c/', authType: 'NONE' }]), functionUrls('d', [{ url: 'https://d/', authType: 'NONE' }])],
    });
    expect(statuses(results)).toEqual(['not_applicable']);
  });

  it('judges a function whose role is not in the inventory as possibly touching dbGaP data', () => {
    const results = run(check, { ...base, lambdaFunctions: [aFunction('e', { role: 'arn:aws:iam::999999999999:role/x' })], lambdaFunctionUrls: [functionUrls('e', [{ url: 'https://e/', authType: 'NONE' }])] });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toContain('may touch dbGaP data');
  });

  it('is an error naming lambda:ListFunctionUrlConfigs when the URLs could not be read', () => {
    const fn = aFunction('indexer', { role: readsDbgap.arn });
    const results = run(check, {
      ...base,
      lambdaFunctions: [fn],
      lambdaFunctionUrls: { items: [], failures: [aFailure({ api: 'lambda.ListFunctionUrlConfigs', action: 'lambda:ListFunctionUrlConfigs', resourceArn: fn.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('lambda:ListFunctionUrlConfigs');
  });
});

describe('lambda-environment-encrypted', () => {
  const keys = [aKmsKey('cmk'), aKmsKey('aws', { keyManager: 'AWS' }), aKmsKey('odd', { keyManager: 'UNKNOWN' })];
  it.each([
    ['no variables', aFunction('f', { role: readsDbgap.arn }), 'pass'],
    ['variables under aws/lambda', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2 }), 'fail'],
    ['variables under a customer key', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2, kmsKeyArn: keys[0]!.arn }), 'pass'],
    ['variables under an AWS-managed key', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2, kmsKeyArn: keys[1]!.arn }), 'fail'],
    ['variables under a key of unknown manager', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2, kmsKeyArn: keys[2]!.arn }), 'error'],
    ['variables under a key never described', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2, kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/gone' }), 'error'],
    ['variables under another account’s key', aFunction('f', { role: readsDbgap.arn, environmentVariableCount: 2, kmsKeyArn: 'arn:aws:kms:us-east-1:999999999999:key/k' }), 'pass'],
  ])('%s → %s', (_name, fn, expected) => {
    const results = run(envCheck, { ...base, lambdaFunctions: [fn], kmsKeys: keys });
    expect(statuses(results)).toEqual([expected]);
    if (expected === 'error') expect(results[0]?.message).toContain('kms:DescribeKey');
  });
});
