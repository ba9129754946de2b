/** Inventory item types of KMS keys. */
import type { Fact } from '../failure.js';
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
  /** Unknown when GetKeyRotationStatus failed for the key (the key itself was listed and described). */
  rotationEnabled: Fact<boolean>;
  rotationPeriodInDays?: number;
}

/** The `default` key policy of one customer-managed KMS key. */
export interface KmsKeyPolicy extends ResourceRef {
  region: string;
  keyId: string;
  /**
   * The parsed policy document (or the raw text when it is not JSON); parse with src/rules/iam-policy. An UnknownFact
   * (check with isUnknown first) when GetKeyPolicy failed.
   */
  policy: Fact<unknown>;
}

/** Tags of one customer-managed KMS key. */
export interface KmsKeyTags extends ResourceRef {
  region: string;
  keyId: string;
  /** Unknown when ListResourceTags failed for the key. */
  tags: Fact<Record<string, string>>;
}
