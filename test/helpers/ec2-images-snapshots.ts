/** Builders for EBS snapshot / AMI / EC2 regional-setting fixtures. */
import type { AmiImage, AmiLaunchPermissions, EbsSnapshot, EbsSnapshotPermissions, ImageBlockPublicAccess, SerialConsoleAccess, SnapshotBlockPublicAccess } from '../../src/model/items/ec2.js';
import { ACCOUNT } from './inventory.js';

export const snapshotArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}::snapshot/${id}`;
export const imageArnOf = (id: string, region = 'us-east-1') => `arn:aws:ec2:${region}::image/${id}`;
export const ec2AccountArn = (region: string) => `arn:aws:ec2:${region}:${ACCOUNT.id}:account`;

export function aSnapshot(id: string, overrides: Partial<EbsSnapshot> = {}): EbsSnapshot {
  const region = overrides.region ?? 'us-east-1';
  return { arn: snapshotArnOf(id, region), region, snapshotId: id, volumeId: 'vol-1', encrypted: true, tags: {}, ...overrides };
}

export function aSnapshotPermissions(id: string, overrides: Partial<EbsSnapshotPermissions> = {}): EbsSnapshotPermissions {
  const region = overrides.region ?? 'us-east-1';
  return { arn: snapshotArnOf(id, region), region, snapshotId: id, isPublic: false, accountIds: [], ...overrides };
}

export function anImage(id: string, overrides: Partial<AmiImage> = {}): AmiImage {
  const region = overrides.region ?? 'us-east-1';
  return { arn: imageArnOf(id, region), region, imageId: id, name: `${id}-name`, isPublic: false, state: 'available', snapshotIds: [], ...overrides };
}

export function anImagePermissions(id: string, overrides: Partial<AmiLaunchPermissions> = {}): AmiLaunchPermissions {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: imageArnOf(id, region),
    region,
    imageId: id,
    isPublic: false,
    accountIds: [],
    organizationArns: [],
    organizationalUnitArns: [],
    ...overrides,
  };
}

export function aSnapshotBlock(state: string, region = 'us-east-1', managedBy?: string): SnapshotBlockPublicAccess {
  return { arn: ec2AccountArn(region), region, state, ...(managedBy ? { managedBy } : {}) };
}

export function anImageBlock(state: string, region = 'us-east-1', managedBy?: string): ImageBlockPublicAccess {
  return { arn: ec2AccountArn(region), region, state, ...(managedBy ? { managedBy } : {}) };
}

export function aSerialConsole(enabled: boolean, region = 'us-east-1', managedBy?: string): SerialConsoleAccess {
  return { arn: ec2AccountArn(region), region, enabled, ...(managedBy ? { managedBy } : {}) };
}
