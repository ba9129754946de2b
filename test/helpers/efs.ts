import type { EfsBackupPolicy, EfsFileSystem, EfsFileSystemPolicy, EfsMountTarget, EfsMountTargets } from '../../src/model/items/efs.js';
import { ACCOUNT } from './inventory.js';

export function efsArn(id: string, region = 'us-east-1'): string {
  return `arn:aws:elasticfilesystem:${region}:${ACCOUNT.id}:file-system/${id}`;
}

export function anEfsFileSystem(id: string, overrides: Partial<EfsFileSystem> = {}): EfsFileSystem {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: efsArn(id, region),
    region,
    fileSystemId: id,
    lifeCycleState: 'available',
    encrypted: true,
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    tags: { 'dbgap:project': 'phs000001' },
    ...overrides,
  };
}

export function anEfsPolicy(id: string, policy: unknown, region = 'us-east-1'): EfsFileSystemPolicy {
  return { arn: efsArn(id, region), region, fileSystemId: id, policy };
}

export function someMountTargets(id: string, mountTargets: Array<Partial<EfsMountTarget>>, region = 'us-east-1'): EfsMountTargets {
  return {
    arn: efsArn(id, region),
    region,
    fileSystemId: id,
    mountTargets: mountTargets.map((target, index) => ({ mountTargetId: `fsmt-${index}`, securityGroupIds: [], ...target })),
  };
}

export function anEfsBackupPolicy(id: string, status: string | null, region = 'us-east-1'): EfsBackupPolicy {
  return { arn: efsArn(id, region), region, fileSystemId: id, status };
}

/** Deny every action on the file system when aws:SecureTransport is false, for every principal (AWS's example). */
export function tlsOnlyStatement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: efsArn('fs-1'), Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...overrides };
}
