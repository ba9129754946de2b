/** EBS snapshots, AMIs and the per-region EC2 account settings that govern sharing them and console access. */
import type { ResourceRef } from '../inventory.js';

/** An EBS snapshot owned by the account (DescribeSnapshots OwnerIds=self). */
export interface EbsSnapshot extends ResourceRef {
  region: string;
  snapshotId: string;
  volumeId?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  startTime?: string;
  description?: string;
  tags: Record<string, string>;
}

/** Who may create volumes from a snapshot (DescribeSnapshotAttribute createVolumePermission). */
export interface EbsSnapshotPermissions extends ResourceRef {
  region: string;
  snapshotId: string;
  /** A `Group: all` grant: anyone in the partition can restore it. */
  isPublic: boolean;
  /** Other AWS accounts granted createVolumePermission. */
  accountIds: string[];
}

/** An AMI owned by the account (DescribeImages Owners=self). */
export interface AmiImage extends ResourceRef {
  region: string;
  imageId: string;
  name?: string;
  isPublic: boolean;
  state?: string;
  creationDate?: string;
  /** Snapshots behind the image's EBS block devices. */
  snapshotIds: string[];
}

/** Who may launch an AMI (DescribeImageAttribute launchPermission). */
export interface AmiLaunchPermissions extends ResourceRef {
  region: string;
  imageId: string;
  isPublic: boolean;
  accountIds: string[];
  organizationArns: string[];
  organizationalUnitArns: string[];
}

/** A regional EC2 account setting read with one Get* call (block public access, serial console). */
export interface Ec2RegionalSetting extends ResourceRef {
  region: string;
  /** `account` or `declarative-policy` (an Organizations declarative policy enforces it). */
  managedBy?: string;
}

export interface SnapshotBlockPublicAccess extends Ec2RegionalSetting {
  /** `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  state: string;
}

export interface ImageBlockPublicAccess extends Ec2RegionalSetting {
  /** `block-new-sharing` or `unblocked`. */
  state: string;
}

export interface SerialConsoleAccess extends Ec2RegionalSetting {
  enabled: boolean;
}

declare module '../inventory.js' {
  interface InventoryItems {
    ec2Snapshots: EbsSnapshot;
    ec2SnapshotPermissions: EbsSnapshotPermissions;
    ec2Images: AmiImage;
    ec2ImagePermissions: AmiLaunchPermissions;
    ec2SnapshotBlockPublicAccess: SnapshotBlockPublicAccess;
    ec2ImageBlockPublicAccess: ImageBlockPublicAccess;
    ec2SerialConsole: SerialConsoleAccess;
  }
}
