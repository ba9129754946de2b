import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/s3-bucket-policy-network-restricted.js';
import { aBucketPolicy } from '../../helpers/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketTags } from '../../helpers/s3.js';

const BUCKET = 'arn:aws:s3:::genomes';
const BOTH = [BUCKET, `${BUCKET}/*`];
const IP = { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } };
const VPCE = { StringNotEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } };

function deny(condition: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: BOTH, Condition: condition, ...overrides };
}
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const dbgap = [aBucketTags('genomes', { 'dbgap:project': 'phs000001' })];

function evaluate(policy: unknown) {
  return run(check, { s3BucketTags: dbgap, s3BucketPolicies: [aBucketPolicy('genomes', policy)] });
}

describe('s3-bucket-policy-network-restricted', () => {
  it.each<[string, unknown, string, string, RegExp]>([
    ['Deny unless source IP', doc(deny(IP)), 'pass', 'medium', /aws:sourceip\) on the bucket and its objects/],
    ['Deny unless source VPC endpoint', doc(deny(VPCE)), 'pass', 'medium', /aws:sourcevpce/],
    ['IP and VPC endpoint combined in one statement', doc(deny({ ...IP, ...VPCE })), 'pass', 'medium', /aws:sourceip \/ aws:sourcevpce/],
    ['StringNotEqualsIfExists aws:SourceVpc', doc(deny({ StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } })), 'pass', 'medium', /aws:sourcevpc/],
    ['AWS service principals exempted', doc(deny({ ...IP, Bool: { 'aws:PrincipalIsAWSService': 'false' } })), 'pass', 'medium', /denies requests/],
    ['break-glass role exempted with ArnNotLike', doc(deny({ ...IP, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/break-glass' } })), 'pass', 'medium', /denies/],
    ['bucket and objects in separate statements', doc(deny(IP, { Resource: BUCKET }), deny(IP, { Resource: `${BUCKET}/*` })), 'pass', 'medium', /denies/],
    ['Action list naming the data-path actions', doc(deny(IP, { Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] })), 'pass', 'medium', /denies/],
    ['no bucket policy', null, 'fail', 'medium', /no bucket policy/],
    ['unreadable policy', 'not json', 'fail', 'medium', /could not be read/],
    ['only TLS enforcement', doc(deny({ Bool: { 'aws:SecureTransport': 'false' } })), 'fail', 'medium', /no Deny on aws:SourceIp/],
    ['objects only', doc(deny(IP, { Resource: `${BUCKET}/*` })), 'fail', 'low', /object reads and writes only/],
    ['Deny on GetObject only', doc(deny(IP, { Action: 's3:GetObject' })), 'fail', 'medium', /does not cover reading and writing/],
    ['NotIpAddress 0.0.0.0/0 restricts nothing', doc(deny({ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })), 'fail', 'medium', /no Deny on aws:SourceIp/],
    ['StringNotLike aws:SourceVpce * restricts nothing', doc(deny({ StringNotLike: { 'aws:SourceVpce': '*' } })), 'fail', 'medium', /no Deny/],
    ['IpAddress (positive) on a Deny is not a restriction', doc(deny({ IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } })), 'fail', 'medium', /no Deny/],
    ['Deny narrowed to one principal', doc(deny(IP, { Principal: { AWS: 'arn:aws:iam::123456789012:user/alice' } })), 'fail', 'medium', /applies only to some principals or requests/],
    ['Deny narrowed to non-TLS requests', doc(deny({ ...IP, Bool: { 'aws:SecureTransport': 'false' } })), 'fail', 'medium', /applies only to some/],
    ['Allow with a source IP condition is not a Deny', doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }), 'fail', 'medium', /no Deny/],
  ])('%s → %s (%s)', (_name, policy, expected, severity, message) => {
    const [result, ...rest] = evaluate(policy);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity, resourceArn: BUCKET });
    expect(result?.message).toMatch(message);
  });

  it('only evaluates dbGaP buckets (by tag or by name)', () => {
    const keys = {
      s3BucketTags: [aBucketTags('genomes', { 'dbgap:project': 'phs000001' }), aBucketTags('web', {}), aBucketTags('named', {})],
      s3BucketPolicies: [aBucketPolicy('genomes', null), aBucketPolicy('web', null), aBucketPolicy('named', doc(deny(IP, { Resource: ['arn:aws:s3:::named', 'arn:aws:s3:::named/*'] })))],
    };
    const results = run(check, keys, { settings: { dbgapBuckets: { names: ['named'], tag: { key: 'dbgap:project' } } } });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      [BUCKET, 'fail'],
      ['arn:aws:s3:::named', 'pass'],
    ]);
  });

  it('is not applicable when no bucket is a dbGaP bucket', () => {
    expect(statuses(run(check, { s3BucketTags: [aBucketTags('web', {})], s3BucketPolicies: [aBucketPolicy('web', null)] }))).toEqual(['not_applicable']);
  });

  it('a dbGaP bucket whose policy could not be read is an error, not a fail or pass', () => {
    const results = run(check, {
      s3BucketTags: dbgap,
      s3BucketPolicies: { items: [], failures: [aFailure({ resourceArn: BUCKET })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('a dbGaP bucket missing from the policy listing without a recorded failure is an error', () => {
    expect(statuses(run(check, { s3BucketTags: dbgap, s3BucketPolicies: [] }))).toEqual(['error']);
  });
});
