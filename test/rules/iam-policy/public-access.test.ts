/**
 * S3's and KMS's meaning of "public", expressed through the engine: a fixed value of each documented key confines a
 * grant to `Principal: "*"`; a wildcard value of the same key does not; a key S3 does not list never confines.
 */
import { describe, expect, it } from 'vitest';
import { KMS_NON_PUBLIC_KEYS, S3_NON_PUBLIC_KEYS } from '../../../src/rules/iam-policy/index.js';
import { ask, OWN } from './questions.js';

const OBJECTS = 'arn:aws:s3:::data/*';
const publicRead = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: OBJECTS, Condition }] });
const keyOpen = (Condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition }] });

/** A fixed value and a wildcard value for each key, with the operator S3's examples use. */
const VALUES: Record<string, { operator: string; fixed: string; wildcard: string }> = {
  'aws:sourceip': { operator: 'IpAddress', fixed: '203.0.113.0/24', wildcard: '0.0.0.0/0' },
  'aws:sourcearn': { operator: 'ArnLike', fixed: 'arn:aws:s3:::genlab-source', wildcard: 'arn:aws:s3:::*' },
  'aws:sourcevpc': { operator: 'StringLike', fixed: 'vpc-91237329', wildcard: 'vpc-*' },
  'aws:sourcevpce': { operator: 'StringLike', fixed: 'vpce-0123456789abcdef0', wildcard: 'vpce-*' },
  'aws:sourceowner': { operator: 'StringLike', fixed: OWN, wildcard: '*' },
  'aws:sourceaccount': { operator: 'StringLike', fixed: OWN, wildcard: '1*' },
  's3:x-amz-server-side-encryption-aws-kms-key-id': { operator: 'StringLike', fixed: `arn:aws:kms:us-east-1:${OWN}:key/1a2b3c4d`, wildcard: 'arn:aws:kms:*' },
  'aws:userid': { operator: 'StringLike', fixed: 'AIDAEXAMPLEID1234', wildcard: '*' },
  's3:dataaccesspointarn': { operator: 'StringLike', fixed: `arn:aws:s3:us-east-1:${OWN}:accesspoint/lab`, wildcard: 'arn:aws:s3:*' },
  's3:dataaccesspointaccount': { operator: 'StringLike', fixed: OWN, wildcard: '*' },
  'kms:calleraccount': { operator: 'StringLike', fixed: OWN, wildcard: '12345678901?' },
};

describe("S3's meaning of public (S3 User Guide, 'The meaning of public')", () => {
  it.each(S3_NON_PUBLIC_KEYS.map((key) => [key]))('%s: a fixed value confines Principal *, a wildcard does not', (key) => {
    const values = VALUES[key];
    if (!values) throw new Error(`no values for ${key}`);
    expect(ask('bucket-public', publicRead({ [values.operator]: { [key]: values.fixed } }))).toBe('safe');
    expect(ask('bucket-public', publicRead({ [values.operator]: { [key]: values.wildcard } }))).toBe('exposed');
  });

  it.each([
    ['aws:Referer', 'StringEquals', 'https://lab.example.org/'],
    ['aws:UserAgent', 'StringEquals', 'pipeline/1.0'],
    ['s3:prefix', 'StringEquals', 'public/'],
    ['aws:SecureTransport', 'Bool', 'true'],
    ['aws:MultiFactorAuthPresent', 'Bool', 'true'],
    ['aws:RequestedRegion', 'StringEquals', 'us-east-1'],
    ['s3:x-amz-acl', 'StringEquals', 'bucket-owner-full-control'],
    ['aws:PrincipalTag/team', 'StringEquals', 'lab'],
  ])('%s is not a confining key: even a fixed value leaves the grant public', (key, operator, value) => {
    expect(ask('bucket-public', publicRead({ [operator]: { [key]: value } }))).toBe('exposed');
  });
});

describe("KMS's meaning of public (AWS Config kms-key-policy-no-public-access: fixed values only)", () => {
  // The source keys only reach KMS with a service principal's request; the key question asks about accounts' principals
  // (public-access.ts), so for them only the fixed value is asserted.
  const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner'];
  it.each(KMS_NON_PUBLIC_KEYS.map((key) => [key]))('%s: a fixed value confines, a wildcard does not', (key) => {
    const values = VALUES[key];
    if (!values) throw new Error(`no values for ${key}`);
    expect(ask('key-public', keyOpen({ [values.operator]: { [key]: values.fixed } }))).toBe('safe');
    if (!SOURCE_KEYS.includes(key)) expect(ask('key-public', keyOpen({ [values.operator]: { [key]: values.wildcard } }))).toBe('exposed');
  });

  it('kms:ViaService alone is not a confining key', () => {
    expect(ask('key-public', keyOpen({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }))).toBe('exposed');
  });
});
