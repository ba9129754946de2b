/** Inventory item types of KMS keys. */
import type { ResourceRef } from '../inventory.js';

// ---------- KMS ----------
export interface KmsKey extends ResourceRef {
  region: string;
  keyId: string;
  keyManager: string;
  keyState: string;
  keySpec: string;
  keyUsage?: string;
  origin: string;
  multiRegion: boolean;
  multiRegionRole?: string;
  deletionDate?: string;
  aliases?: string[];
}

export interface KmsKeyRotation extends ResourceRef {
  region: string;
  keyId: string;
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
}

/** The `default` key policy of one customer-managed KMS key. */
export interface KmsKeyPolicy extends ResourceRef {
  region: string;
  keyId: string;
  /** The parsed policy document (or the raw text when it is not JSON); normalize with model/policy.ts. */
  policy: unknown;
}

/** Tags of one customer-managed KMS key. */
export interface KmsKeyTags extends ResourceRef {
  region: string;
  keyId: string;
  tags: Record<string, string>;
}
