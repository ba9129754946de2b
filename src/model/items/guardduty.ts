/** Inventory item types of GuardDuty. */
import type { Fact } from '../failure.js';
import type { ResourceRef } from '../inventory.js';

/** One GuardDuty detector (a region has at most one). */
export interface GuardDutyDetector extends ResourceRef {
  region: string;
  detectorId: string;
  /** ENABLED or DISABLED (suspended); unknown when GetDetector failed for a listed detector. */
  status: Fact<string>;
  /**
   * Status of each protection feature by name (S3_DATA_EVENTS, EKS_AUDIT_LOGS…), from Features[] or legacy
   * DataSources; unknown when GetDetector failed.
   */
  features: Fact<Record<string, string>>;
}
