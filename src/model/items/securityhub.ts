/** Inventory item types of AWS Security Hub. */
import type { ResourceRef } from '../inventory.js';

/** One security standard the hub runs (GetEnabledStandards). */
export interface SecurityHubStandard {
  standardsArn: string;
  /** The standard's short name from its ARN, e.g. `aws-foundational-security-best-practices/v/1.0.0`. */
  name: string;
  /** PENDING | READY | FAILED | DELETING | INCOMPLETE */
  status: string;
  /** Why the standard is not READY (StandardsStatusReason.StatusReasonCode). */
  statusReason?: string;
}

/** Security Hub in one region: `arn:<partition>:securityhub:<region>:<account>:hub/default`. */
export interface SecurityHubStatus extends ResourceRef {
  region: string;
  /** False when the account is not subscribed in the region (DescribeHub InvalidAccessException "not subscribed"). */
  enabled: boolean;
  /** The enabled standards; null when the hub is off (the question does not arise) or they could not be read. */
  standards: SecurityHubStandard[] | null;
}
