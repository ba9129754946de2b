/** Inventory items for data encryption (control area 7): EBS volumes and defaults, KMS key policies and tags, Macie. */
import type { ResourceRef } from '../inventory.js';

/** One EBS volume. General-purpose: other areas (orphaned volumes, storage inventory, tagging) reuse it. */
export interface Ec2Volume extends ResourceRef {
  region: string;
  volumeId: string;
  /** creating | available | in-use | deleting | deleted | error */
  state: string;
  encrypted: boolean;
  /** The KMS key ARN as EC2 reports it (absent for unencrypted volumes). */
  kmsKeyId?: string;
  attachments: Array<{ instanceId: string; device?: string; state?: string; deleteOnTermination?: boolean }>;
  createTime?: string;
  sizeGiB?: number;
  volumeType?: string;
  snapshotId?: string;
  availabilityZone?: string;
  tags: Record<string, string>;
}

/** EBS encryption-by-default for one region (an account setting). */
export interface EbsEncryptionDefault extends ResourceRef {
  region: string;
  encryptionByDefault: boolean;
  /** The default KMS key (id, ARN or `alias/aws/ebs`); null when GetEbsDefaultKmsKeyId answered nothing. */
  defaultKmsKeyId: string | null;
}

/** The `default` key policy of one customer-managed KMS key. */
export interface KmsKeyPolicy extends ResourceRef {
  region: string;
  keyId: string;
  /** The parsed policy document (or the raw text when it is not JSON); parse with src/rules/iam-policy. */
  policy: unknown;
}

/** Tags of one customer-managed KMS key. */
export interface KmsKeyTags extends ResourceRef {
  region: string;
  keyId: string;
  tags: Record<string, string>;
}

/** Amazon Macie status in one region. */
export interface MacieStatus extends ResourceRef {
  region: string;
  /** ENABLED | PAUSED, or NOT_ENABLED when Macie was never turned on in the region. */
  status: string;
  /** ENABLED | DISABLED; null when Macie is not enabled (so the question does not arise). */
  automatedDiscoveryStatus: string | null;
}

declare module '../inventory.js' {
  interface InventoryItems {
    ec2Volumes: Ec2Volume;
    ebsEncryptionDefaults: EbsEncryptionDefault;
    kmsKeyPolicies: KmsKeyPolicy;
    kmsKeyTags: KmsKeyTags;
    macieStatus: MacieStatus;
  }
}
