/**
 * A synthetic inventory of about `resources` items for the evaluation benchmark, spread over the keys the checks
 * read: 20% buckets (each with a policy and an encryption item), 20% security groups, 10% IAM users (credential
 * report rows), 5% KMS keys (each with a rotation item), plus two trails. A realistic mix of compliant and not.
 */
import { INVENTORY_SCHEMA_VERSION, type Inventory, type KeyData, type InventoryKey } from '../src/model/inventory.js';
import { TOOL } from '../src/version.js';

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
export const BENCH_ACCOUNT = { id: '123456789012', partition: 'aws' };

function keyData<T>(items: T[], regions: string[]): KeyData {
  return { items: items as KeyData['items'], failures: [], regions };
}

export function syntheticInventory(resources: number): Inventory {
  const account = BENCH_ACCOUNT.id;
  const region = (index: number) => REGIONS[index % REGIONS.length] ?? 'us-east-1';
  const bucketCount = Math.round(resources * 0.2);
  const groupCount = Math.round(resources * 0.2);
  const userCount = Math.round(resources * 0.1);
  const keyCount = Math.round(resources * 0.05);
  const buckets = Array.from({ length: bucketCount }, (_, index) => ({
    arn: `arn:aws:s3:::bench-${index}`,
    name: `bench-${index}`,
    region: region(index),
    createdAt: '2024-01-01T00:00:00.000Z',
  }));
  const policies = buckets.map((bucket, index) => ({
    arn: bucket.arn,
    bucket: bucket.name,
    region: bucket.region,
    policy:
      index % 3 === 0
        ? null
        : {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'ReadOnly', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:role/analyst` }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [bucket.arn, `${bucket.arn}/*`] },
              { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket.arn, `${bucket.arn}/*`], Condition: { Bool: { 'aws:SecureTransport': index % 5 === 0 ? 'true' : 'false' } } },
            ],
          },
  }));
  const keyArn = (index: number) => `arn:aws:kms:${region(index)}:${account}:key/${index.toString(16).padStart(8, '0')}-bench`;
  const encryption = buckets.map((bucket, index) => ({
    arn: bucket.arn,
    bucket: bucket.name,
    region: bucket.region,
    rules: index % 4 === 0 ? null : [index % 2 === 0 ? { algorithm: 'aws:kms', kmsKeyId: keyArn(index % Math.max(1, keyCount)), bucketKeyEnabled: true } : { algorithm: 'AES256' }],
  }));
  const groups = Array.from({ length: groupCount }, (_, index) => {
    const groupId = `sg-${index.toString(16).padStart(17, '0')}`;
    const open = index % 10 === 0;
    return {
      arn: `arn:aws:ec2:${region(index)}:${account}:security-group/${groupId}`,
      region: region(index),
      groupId,
      groupName: `group-${index}`,
      vpcId: 'vpc-0bench',
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], prefixListIds: [], referencedGroupIds: [] },
        { protocol: 'tcp', fromPort: open ? 22 : 5432, toPort: open ? 22 : 5432, ipv4Ranges: [open ? '0.0.0.0/0' : '10.0.0.0/8'], ipv6Ranges: open ? ['::/0'] : [], prefixListIds: [], referencedGroupIds: [] },
      ],
      egress: [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], prefixListIds: [], referencedGroupIds: [] }],
    };
  });
  const rows = Array.from({ length: userCount }, (_, index) => ({
    arn: `arn:aws:iam::${account}:user/user-${index}`,
    user: `user-${index}`,
    isRoot: false,
    userCreationTime: '2023-01-01T00:00:00.000Z',
    passwordEnabled: index % 2 === 0,
    passwordLastUsed: '2026-11-01T00:00:00.000Z',
    passwordLastChanged: '2026-06-01T00:00:00.000Z',
    mfaActive: index % 7 !== 0,
    accessKey1Active: true,
    accessKey1LastRotated: '2026-01-01T00:00:00.000Z',
    accessKey1LastUsed: '2026-11-01T00:00:00.000Z',
    accessKey2Active: false,
    accessKey2LastRotated: null,
    accessKey2LastUsed: null,
  }));
  const keys = Array.from({ length: keyCount }, (_, index) => ({
    arn: keyArn(index),
    region: region(index),
    keyId: `${index.toString(16).padStart(8, '0')}-bench`,
    keyManager: index % 10 === 0 ? 'AWS' : 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
  }));
  const rotations = keys.map((key, index) => ({ arn: key.arn, region: key.region, keyId: key.keyId, rotationEnabled: index % 3 !== 0 }));
  const trails = [0, 1].map((index) => ({
    arn: `arn:aws:cloudtrail:us-east-1:${account}:trail/trail-${index}`,
    region: 'us-east-1',
    name: `trail-${index}`,
    homeRegion: 'us-east-1',
    isMultiRegion: index === 0,
    isOrganization: false,
    logFileValidation: true,
    seenInRegions: index === 0 ? REGIONS : ['us-east-1'],
    status: { isLogging: true },
    selectors: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }], advancedEventSelectors: [] },
  }));
  const data: Partial<Record<InventoryKey, KeyData>> = {
    s3Buckets: keyData(buckets, ['us-east-1']),
    s3BucketPolicies: keyData(policies, ['us-east-1']),
    s3BucketEncryption: keyData(encryption, ['us-east-1']),
    ec2SecurityGroups: keyData(groups, REGIONS),
    iamCredentialReport: keyData([{ arn: `arn:aws:iam::${account}:root`, generatedAt: '2026-11-20T00:00:00.000Z', rows }], ['us-east-1']),
    kmsKeys: keyData(keys, REGIONS),
    kmsKeyRotation: keyData(rotations, REGIONS),
    cloudtrailTrails: keyData(trails, ['us-east-1']),
  };
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { ...TOOL },
    collectedAt: '2026-11-20T00:00:00.000Z',
    account: BENCH_ACCOUNT,
    regions: REGIONS,
    scopeFailures: [],
    keys: data as Inventory['keys'],
  };
}

/** Items in the inventory (credential report rows counted one by one). */
export function countResources(inventory: Inventory): number {
  return Object.entries(inventory.keys).reduce((sum, [key, data]) => {
    if (key === 'iamCredentialReport') return sum + (data?.items as Array<{ rows: unknown[] }>).reduce((rows, report) => rows + report.rows.length, 0);
    return sum + (data?.items.length ?? 0);
  }, 0);
}
