import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  EFSClient,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const efs = mockClient(EFSClient);
const arn = (id: string) => `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`;
const fileSystem = (id: string, extra: Record<string, unknown> = {}) => ({
  FileSystemId: id,
  FileSystemArn: arn(id),
  LifeCycleState: 'available' as const,
  OwnerId: '123456789012',
  CreationToken: id,
  CreationTime: new Date('2026-01-01T00:00:00Z'),
  NumberOfMountTargets: 1,
  SizeInBytes: { Value: 0 },
  PerformanceMode: 'generalPurpose' as const,
  Encrypted: true,
  KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
  Tags: [{ Key: 'Name', Value: 'shared' }],
  ...extra,
});

beforeEach(() => {
  efs.reset();
  efs.onAnyCommand().rejects(new Error('unexpected EFS command'));
  efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1'), fileSystem('fs-2', { Encrypted: false, KmsKeyId: undefined, Tags: [] })] });
});
afterEach(() => efs.reset());

describe('EFS collectors', () => {
  it('reads file systems', async () => {
    const inventory = await collect(['efsFileSystems']);
    expect(inventory.keys.efsFileSystems?.items).toEqual([
      { arn: arn('fs-1'), region: 'us-east-1', fileSystemId: 'fs-1', lifeCycleState: 'available', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', tags: { Name: 'shared' } },
      { arn: arn('fs-2'), region: 'us-east-1', fileSystemId: 'fs-2', lifeCycleState: 'available', encrypted: false, tags: {} },
    ]);
  });

  it('reads policies: PolicyNotFound is no policy; a non-JSON policy is unreadable', async () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ FileSystemId: 'fs-1', Policy: JSON.stringify(document) });
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 404));
    let inventory = await collect(['efsFileSystemPolicies']);
    expect(inventory.keys.efsFileSystemPolicies?.items).toEqual([
      { arn: arn('fs-1'), region: 'us-east-1', fileSystemId: 'fs-1', policy: document },
      { arn: arn('fs-2'), region: 'us-east-1', fileSystemId: 'fs-2', policy: null },
    ]);
    efs.on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ FileSystemId: 'fs-1', Policy: '<html>' });
    inventory = await collect(['efsFileSystemPolicies']);
    expect(inventory.keys.efsFileSystemPolicies?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', resourceArn: arn('fs-1') })]);
  });

  it('reads mount targets with their security groups', async () => {
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-1' }).resolves({ MountTargets: [{ MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-1', IpAddress: '10.0.0.5', LifeCycleState: 'available' }] });
    efs.on(DescribeMountTargetsCommand, { FileSystemId: 'fs-2' }).resolves({ MountTargets: [] });
    efs.on(DescribeMountTargetSecurityGroupsCommand, { MountTargetId: 'fsmt-1' }).resolves({ SecurityGroups: ['sg-1', 'sg-2'] });
    const inventory = await collect(['efsMountTargets']);
    expect(inventory.keys.efsMountTargets?.items).toEqual([
      { arn: arn('fs-1'), region: 'us-east-1', fileSystemId: 'fs-1', mountTargets: [{ mountTargetId: 'fsmt-1', subnetId: 'subnet-1', ipAddress: '10.0.0.5', securityGroupIds: ['sg-1', 'sg-2'] }] },
      { arn: arn('fs-2'), region: 'us-east-1', fileSystemId: 'fs-2', mountTargets: [] },
    ]);
  });

  it('records a denied DescribeMountTargetSecurityGroups against the file system, without a partial item', async () => {
    efs.on(DescribeMountTargetsCommand).resolves({ MountTargets: [{ MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-1', LifeCycleState: 'available' }] });
    efs.on(DescribeMountTargetSecurityGroupsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['efsMountTargets']);
    expect(inventory.keys.efsMountTargets?.items).toEqual([]);
    expect(inventory.keys.efsMountTargets?.failures).toEqual([
      expect.objectContaining({ action: 'elasticfilesystem:DescribeMountTargetSecurityGroups', resourceArn: arn('fs-1') }),
      expect.objectContaining({ resourceArn: arn('fs-2') }),
    ]);
  });

  it('reads backup policies: PolicyNotFound is no backup policy', async () => {
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-1' }).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-2' }).rejects(awsError('PolicyNotFound', 404));
    const inventory = await collect(['efsBackupPolicies']);
    expect(inventory.keys.efsBackupPolicies?.items).toEqual([
      { arn: arn('fs-1'), region: 'us-east-1', fileSystemId: 'fs-1', status: 'ENABLED' },
      { arn: arn('fs-2'), region: 'us-east-1', fileSystemId: 'fs-2', status: null },
    ]);
  });
});
