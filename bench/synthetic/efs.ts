/** Amazon EFS in the synthetic account: file systems with and without encryption, TLS-only policies, open mount targets and backups. */
import { indexesIn, paged, serviceError, type Input, type Output, type SyntheticAws } from '../synthetic-aws.js';

const CREATED = new Date('2024-01-01T00:00:00Z');

function fsIndex(value: unknown): number {
  return Number(String(value).split('-').at(-1));
}

export function efs(aws: SyntheticAws, api: string, region: string, input: Input): Output {
  const { accountId } = aws.options;
  const here = indexesIn(Math.max(1, Math.floor(aws.shape.scale / 3)), aws.shape.regions, region);
  const arn = (index: number) => `arn:aws:elasticfilesystem:${region}:${accountId}:file-system/fs-${index}`;
  switch (api) {
    case 'efs.DescribeFileSystems': {
      const fileSystems = here.map((index) => ({
        OwnerId: accountId,
        CreationToken: `shared-${index}`,
        FileSystemId: `fs-${index}`,
        FileSystemArn: arn(index),
        CreationTime: CREATED,
        LifeCycleState: 'available',
        Name: `shared-${index}`,
        NumberOfMountTargets: 1,
        SizeInBytes: { Value: 6144 },
        PerformanceMode: 'generalPurpose',
        Encrypted: index % 3 !== 2,
        ...(index % 3 !== 2 ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/key-${index}` } : {}),
        Tags: [{ Key: 'Name', Value: `shared-${index}` }, ...(index % 2 === 0 ? [{ Key: 'dbgap:project', Value: `phs${index}` }] : [])],
      }));
      const page = paged(fileSystems, input, 'Marker', 'MaxItems', 100);
      return { FileSystems: page.items, ...(page.next ? { NextMarker: page.next } : {}) };
    }
    case 'efs.DescribeFileSystemPolicy': {
      const index = fsIndex(input.FileSystemId);
      if (index % 3 === 0) throw serviceError('PolicyNotFound', 404);
      const deny = { Sid: 'tls', Effect: 'Deny', Principal: { AWS: '*' }, Action: index % 3 === 1 ? '*' : 'elasticfilesystem:ClientWrite', Resource: arn(index), Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
      const allow = { Sid: 'clients', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: arn(index) };
      return { FileSystemId: `fs-${index}`, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [allow, deny] }) };
    }
    case 'efs.DescribeMountTargets': {
      const index = fsIndex(input.FileSystemId);
      return {
        MountTargets: [
          { MountTargetId: `fsmt-${index}`, FileSystemId: `fs-${index}`, SubnetId: `subnet-${index}`, LifeCycleState: 'available', IpAddress: `10.0.${index % 250}.10`, OwnerId: accountId },
        ],
      };
    }
    case 'efs.DescribeMountTargetSecurityGroups': {
      // The synthetic EC2 security groups (bench/synthetic-aws.ts): the region's default group and sg-<8-digit index>.
      const index = fsIndex(input.MountTargetId);
      return { SecurityGroups: index % 2 === 0 ? [`sg-${String(index).padStart(8, '0')}`] : [`sg-default-${region}`] };
    }
    case 'efs.DescribeBackupPolicy': {
      const index = fsIndex(input.FileSystemId);
      if (index % 4 === 3) throw serviceError('PolicyNotFound', 404);
      return { BackupPolicy: { Status: index % 2 === 0 ? 'ENABLED' : 'DISABLED' } };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
}
