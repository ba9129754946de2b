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
    ['Deny unless source IP', doc(deny(IP)), 'pass', 'medium', /names \(aws:SourceIp\) on the bucket and its objects/],
    ['Deny unless source VPC endpoint', doc(deny(VPCE)), 'pass', 'medium', /aws:SourceVpce/],
    ['IP and VPC endpoint combined in one statement', doc(deny({ ...IP, ...VPCE })), 'pass', 'medium', /aws:SourceIp, aws:SourceVpce/],
    ['StringNotEqualsIfExists aws:SourceVpc', doc(deny({ StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } })), 'pass', 'medium', /aws:SourceVpc/],
    ['AWS service principals exempted', doc(deny({ ...IP, Bool: { 'aws:PrincipalIsAWSService': 'false' } })), 'pass', 'medium', /denies requests/],
    ['break-glass role exempted with ArnNotLike', doc(deny({ ...IP, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/break-glass' } })), 'pass', 'medium', /denies/],
    ['bucket and objects in separate statements', doc(deny(IP, { Resource: BUCKET }), deny(IP, { Resource: `${BUCKET}/*` })), 'pass', 'medium', /denies/],
    ['IP halves that together are one /24 (twin of the split internet)', doc(deny({ NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/25', '203.0.113.128/25'] } })), 'pass', 'medium', /denies/],
    ['a Deny in force until 2099', doc(deny({ ...IP, DateLessThan: { 'aws:CurrentTime': '2099-01-01T00:00:00Z' } })), 'pass', 'medium', /denies/],
    ['no bucket policy', null, 'fail', 'medium', /no bucket policy/],
    ['only TLS enforcement', doc(deny({ Bool: { 'aws:SecureTransport': 'false' } })), 'fail', 'medium', /it has no Deny on aws:SourceIp.*by a role of account 123456789012 over HTTPS is not denied/],
    ['objects only', doc(deny(IP, { Resource: `${BUCKET}/*` })), 'fail', 'low', /object requests only.*s3:ListBucket on arn:aws:s3:::genomes by a role of account 123456789012 from 203\.0\.11[23]\.\d+ is not denied/],
    ['Action list naming three data-path actions (others stay open)', doc(deny(IP, { Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] })), 'fail', 'medium', /does not stop every request.*from 203\.0\.11[23]\./],
    ['Deny on GetObject only', doc(deny(IP, { Action: 's3:GetObject' })), 'fail', 'medium', /s3:PutObject on arn:aws:s3:::genomes\/example/],
    ['NotIpAddress 0.0.0.0/0 restricts nothing', doc(deny({ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })), 'fail', 'medium', /from 203\.0\.113\.7 is not denied/],
    ['NotIpAddress of the internet split in halves', doc(deny({ NotIpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } })), 'fail', 'medium', /is not denied/],
    ['StringNotLike aws:SourceVpce * restricts nothing', doc(deny({ StringNotLike: { 'aws:SourceVpce': '*' } })), 'fail', 'medium', /through VPC endpoint/],
    ['StringNotLike on a wildcard endpoint the caller can match', doc(deny({ StringNotLike: { 'aws:SourceVpce': 'vpce-0*' } })), 'fail', 'medium', /through VPC endpoint vpce-0/],
    ['ForAnyValue:StringNotEquals (false without an endpoint)', doc(deny({ 'ForAnyValue:StringNotEquals': { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } })), 'fail', 'medium', /is not denied/],
    ['IpAddress (positive) on a Deny is not a restriction', doc(deny({ IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } })), 'fail', 'medium', /is not denied/],
    ['Deny narrowed to one principal', doc(deny(IP, { Principal: { AWS: 'arn:aws:iam::123456789012:user/alice' } })), 'fail', 'medium', /by a role of account 123456789012/],
    ['Deny narrowed to non-TLS requests', doc(deny({ ...IP, Bool: { 'aws:SecureTransport': 'false' } })), 'fail', 'medium', /over HTTPS from/],
    ['Deny narrowed by a principal tag the caller may lack', doc(deny({ ...IP, StringEquals: { 'aws:PrincipalTag/team': 'lab' } })), 'fail', 'medium', /no aws:principaltag\/team/],
    ['a Deny that expired in 2020', doc(deny({ ...IP, DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } })), 'fail', 'medium', /is not denied/],
    ['Allow with a source IP condition is not a Deny', doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }), 'fail', 'medium', /no Deny on aws:SourceIp/],
    ['unreadable policy', 'not json', 'error', 'medium', /could not be read/],
    ['an unknown operator decides', doc(deny({ IpAddressMatches: { 'aws:SourceIp': '203.0.113.0/24' } })), 'error', 'medium', /IpAddressMatches, which this engine does not know/],
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
