/** Inventory item types of AWS Organizations (membership and service control policies). */
import type { ResourceRef } from '../inventory.js';

/** DescribeOrganization as seen from this account. */
export interface OrganizationMembership extends ResourceRef {
  /** false when AWS answered AWSOrganizationsNotInUseException (standalone account). */
  isMember: boolean;
  organizationId?: string;
  organizationArn?: string;
  /** `ALL` (SCPs available) or `CONSOLIDATED_BILLING`. */
  featureSet?: string;
  managementAccountId?: string;
}

/** One level of the account's place in the organization tree (the account itself, its OUs, the root). */
export interface OrganizationTarget {
  id: string;
  type: 'ACCOUNT' | 'ORGANIZATIONAL_UNIT' | 'ROOT';
}

export interface ServiceControlPolicy {
  id: string;
  arn: string;
  name: string;
  awsManaged: boolean;
  /** Target ids (from `path`) the policy is attached to. */
  attachedTo: string[];
  /** The parsed policy document (JSON), as DescribePolicy returned it. */
  document: unknown;
}

/**
 * The SCPs that apply to this account: those attached to the account, each OU above it, and the root.
 * Only present for members of an organization with all features; a failed walk is a whole-key failure.
 */
export interface AccountServiceControlPolicies extends ResourceRef {
  /** From the account up to the root. */
  path: OrganizationTarget[];
  policies: ServiceControlPolicy[];
}
