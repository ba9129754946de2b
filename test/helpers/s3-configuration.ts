/** Fixture builders for the S3 configuration and SSM association inventory keys. */
import type { S3BucketLogging, S3BucketReplication, S3ReplicationRule } from '../../src/model/items/s3.js';
import type { SsmAssociationCompliance } from '../../src/model/items/ssm.js';
import { ACCOUNT } from './inventory.js';

const ref = (bucket: string, region: string) => ({ arn: `arn:aws:s3:::${bucket}`, bucket, region });

export function aReplicationRule(destination: string, overrides: Partial<S3ReplicationRule> = {}): S3ReplicationRule {
  return { id: `to-${destination}`, status: 'Enabled', destinationBucketArn: `arn:aws:s3:::${destination}`, ...overrides };
}

export function aReplication(bucket: string, rules: S3ReplicationRule[] | null, region = 'us-east-1'): S3BucketReplication {
  return { ...ref(bucket, region), rules };
}

export function aLogging(bucket: string, targetBucket: string | null, region = 'us-east-1'): S3BucketLogging {
  return { ...ref(bucket, region), targetBucket };
}

export function anAssociationSummary(resourceId: string, overrides: Partial<SsmAssociationCompliance> = {}): SsmAssociationCompliance {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:ec2:${region}:${ACCOUNT.id}:instance/${resourceId}`,
    region,
    resourceId,
    resourceType: 'ManagedInstance',
    status: 'COMPLIANT',
    compliantCount: 3,
    nonCompliantCount: 0,
    ...overrides,
  };
}
