/** Account-level facts: alias, security contact, regions, and the AWS Organization around the account. */
import type { ResourceRef } from '../inventory.js';

/** IAM ListAccountAliases: at most one alias exists today, but the API returns a list. */
export interface AccountAliases extends ResourceRef {
  aliases: string[];
}

/** The SECURITY alternate contact (Account GetAlternateContact). Only who, never phone numbers. */
export interface AccountSecurityContact extends ResourceRef {
  /** false when AWS answered ResourceNotFoundException (no security contact set). */
  isRegistered: boolean;
  name?: string;
  title?: string;
}

/** One region of the partition as DescribeRegions(AllRegions) reports it. */
export interface AccountRegion extends ResourceRef {
  regionName: string;
  /** `opt-in-not-required` (always on), `opted-in` or `not-opted-in`. */
  optInStatus: string;
}

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

declare module '../inventory.js' {
  interface InventoryItems {
    accountAliases: AccountAliases;
    accountSecurityContact: AccountSecurityContact;
    accountRegions: AccountRegion;
    organization: OrganizationMembership;
    organizationScps: AccountServiceControlPolicies;
  }
}
