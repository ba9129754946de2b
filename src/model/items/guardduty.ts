/** Inventory item types of GuardDuty. */
import type { ResourceRef } from '../inventory.js';

/** One GuardDuty detector (a region has at most one). */
export interface GuardDutyDetector extends ResourceRef {
  region: string;
  detectorId: string;
  /** ENABLED or DISABLED (suspended). */
  status: string;
  /** Status of each protection feature by name (S3_DATA_EVENTS, EKS_AUDIT_LOGS…), from Features[] or legacy DataSources. */
  features: Record<string, string>;
}
