/** IAM inventory items beyond the credential report: account summary, password policy, MFA devices, authorization details. */
import type { ResourceRef } from '../inventory.js';

/** GetAccountSummary, reduced to the flags the checks read (the full SummaryMap is kept as evidence). */
export interface IamAccountSummary extends ResourceRef {
  accountMfaEnabled: boolean;
  accountAccessKeysPresent: boolean;
  summaryMap: Record<string, number>;
}

export interface PasswordPolicySettings {
  minimumPasswordLength?: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  /** Days; absent = passwords never expire. */
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry: boolean;
}

/** The account password policy; `policy: null` when none is set (NoSuchEntity: the AWS default applies). */
export interface IamPasswordPolicy extends ResourceRef {
  policy: PasswordPolicySettings | null;
}

/** One virtual MFA device; `userArn` is the account root's ARN (`…:root`) for a root device. */
export interface IamVirtualMfaDevice extends ResourceRef {
  serialNumber: string;
  userArn?: string;
  enabledAt?: string;
}

export interface IamInlinePolicy {
  name: string;
  /** The decoded policy document (parsed JSON; the raw text if it could not be parsed). */
  document: unknown;
}

export interface IamAttachedPolicy {
  name: string;
  arn: string;
}

interface IamPrincipalBase extends ResourceRef {
  name: string;
  path: string;
  inlinePolicies: IamInlinePolicy[];
  attachedPolicies: IamAttachedPolicy[];
}

export interface IamUserDetail extends IamPrincipalBase {
  kind: 'user';
  /** Names of the groups the user belongs to. */
  groups: string[];
}

export interface IamGroupDetail extends IamPrincipalBase {
  kind: 'group';
}

export interface IamRoleDetail extends IamPrincipalBase {
  kind: 'role';
  /** The decoded trust policy. */
  trustPolicy: unknown;
}

/** A managed policy (customer-managed, or AWS-managed and attached in this account) with its default version. */
export interface IamManagedPolicyDetail extends ResourceRef {
  kind: 'policy';
  name: string;
  awsManaged: boolean;
  attachmentCount: number;
  /** The default version's decoded document; null if AWS did not return it. */
  document: unknown;
}

/** One entry of GetAccountAuthorizationDetails: a user, group, role or managed policy. */
export type IamAuthorizationEntry = IamUserDetail | IamGroupDetail | IamRoleDetail | IamManagedPolicyDetail;

declare module '../inventory.js' {
  interface InventoryItems {
    iamAccountSummary: IamAccountSummary;
    iamPasswordPolicy: IamPasswordPolicy;
    iamVirtualMfaDevices: IamVirtualMfaDevice;
    iamAuthorizationDetails: IamAuthorizationEntry;
  }
}

const DAY_MS = 86_400_000;

/** Whole days from an ISO date to `now` (fractional days rounded down). */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);
}

/** The most recent of several ISO dates (nulls ignored); null when none is set. */
export function latestDate(...dates: Array<string | null | undefined>): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date && (latest === null || Date.parse(date) > Date.parse(latest))) latest = date;
  return latest;
}

/** GovCloud (and other isolated partitions) have no root user with console credentials. */
export function hasRootUser(partition: string): boolean {
  return partition === 'aws' || partition === 'aws-cn';
}
