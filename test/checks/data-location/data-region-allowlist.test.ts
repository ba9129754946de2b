import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/data-region-allowlist.js';
import { anImage, aSnapshot, imageArnOf, snapshotArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aVolume } from '../../helpers/ec2.js';
import { anInstance } from '../../helpers/ec2.js';
import type { S3Bucket } from '../../../src/model/items/s3.js';

const bucket = (name: string, region: string): S3Bucket => ({ arn: `arn:aws:s3:::${name}`, name, region });
const allowed = { allowedRegions: ['us-east-1', 'us-west-2'] };
const none = { s3Buckets: [], ec2Instances: [], ec2Volumes: [], ec2Snapshots: [], ec2Images: [], kmsKeys: [] };

describe('data-region-allowlist', () => {
  it.each([
    ['a bucket in an allowed region', { ...none, s3Buckets: [bucket('data', 'us-west-2')] }, 'arn:aws:s3:::data', 'pass'],
    ['a bucket outside the list', { ...none, s3Buckets: [bucket('copy', 'eu-west-1')] }, 'arn:aws:s3:::copy', 'fail'],
    ['a snapshot outside the list', { ...none, ec2Snapshots: [aSnapshot('snap-1', { region: 'ap-south-1' })] }, snapshotArnOf('snap-1', 'ap-south-1'), 'fail'],
    ['an AMI in an allowed region', { ...none, ec2Images: [anImage('ami-1')] }, imageArnOf('ami-1'), 'pass'],
    ['an instance outside the list', { ...none, ec2Instances: [anInstance('i-1', { region: 'eu-west-1' })] }, 'arn:aws:ec2:eu-west-1:123456789012:instance/i-1', 'fail'],
    ['a stopped instance in an allowed region', { ...none, ec2Instances: [anInstance('i-2', { state: 'stopped' })] }, 'arn:aws:ec2:us-east-1:123456789012:instance/i-2', 'pass'],
    ['a volume outside the list', { ...none, ec2Volumes: [aVolume('vol-1', { region: 'sa-east-1' })] }, 'arn:aws:ec2:sa-east-1:123456789012:volume/vol-1', 'fail'],
    ['a volume in an allowed region', { ...none, ec2Volumes: [aVolume('vol-2', { region: 'us-west-2' })] }, 'arn:aws:ec2:us-west-2:123456789012:volume/vol-2', 'pass'],
    ['a customer KMS key outside the list', { ...none, kmsKeys: [aKmsKey('k1', { region: 'eu-central-1' })] }, 'arn:aws:kms:eu-central-1:123456789012:key/k1', 'fail'],
  ])('%s → %s', (_name, keys, arn, expected) => {
    const results = run(check, keys, { settings: allowed });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[arn, expected]]);
  });

  it('names the region and the allow-list in a failure', () => {
    const [result] = run(check, { ...none, s3Buckets: [bucket('copy', 'eu-west-1')] }, { settings: allowed });
    expect(result?.message).toBe('S3 bucket copy is in eu-west-1, outside the allowed regions (us-east-1, us-west-2).');
  });

  it('compares region names case-insensitively', () => {
    expect(statuses(run(check, { ...none, s3Buckets: [bucket('data', 'us-east-1')] }, { settings: { allowedRegions: ['US-EAST-1'] } }))).toEqual(['pass']);
  });

  it('skips AWS-managed KMS keys (AWS creates them wherever a service is touched)', () => {
    const results = run(check, { ...none, kmsKeys: [aKmsKey('aws-s3', { keyManager: 'AWS', region: 'eu-west-1' })] }, { settings: allowed });
    expect(statuses(results)).toEqual(['not_applicable']);
  });

  it('is one medium failure on the account when no allow-list is configured', () => {
    const results = run(check, { ...none, s3Buckets: [bucket('data', 'us-east-1')] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([['arn:aws:iam::123456789012:root', 'fail', 'medium']]);
    expect(results[0]?.message).toMatch(/No allowedRegions are configured/);
  });

  it('skips terminated instances (they hold no data)', () => {
    expect(statuses(run(check, { ...none, ec2Instances: [anInstance('i-1', { state: 'terminated', region: 'eu-west-1' })] }, { settings: allowed }))).toEqual(['not_applicable']);
  });

  it('names the instance and region in a failure', () => {
    const [result] = run(check, { ...none, ec2Instances: [anInstance('i-9', { region: 'eu-west-1' })] }, { settings: allowed });
    expect(result?.message).toBe('EC2 instance i-9 is in eu-west-1, outside the allowed regions (us-east-1, us-west-2).');
  });

  it('errors for a region whose volumes could not be listed', () => {
    const results = run(
      check,
      {
        ...none,
        ec2Instances: [anInstance('i-1')],
        ec2Volumes: { items: [], failures: [aFailure({ api: 'ec2.DescribeVolumes', action: 'ec2:DescribeVolumes', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
      },
      { settings: allowed },
    );
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable when there are no data-bearing resources', () => {
    expect(statuses(run(check, none, { settings: allowed }))).toEqual(['not_applicable']);
  });

  it('errors for a region whose snapshots could not be listed, never a pass there', () => {
    const results = run(
      check,
      {
        ...none,
        ec2Images: [anImage('ami-1', { region: 'us-west-2' })],
        ec2Snapshots: { items: [], failures: [aFailure({ api: 'ec2.DescribeSnapshots', action: 'ec2:DescribeSnapshots', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
      },
      { settings: allowed },
    );
    expect(statuses(results)).toEqual(['error']);
  });
});
