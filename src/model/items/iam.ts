/** Inventory item types of IAM. */
import type { ResourceRef } from '../inventory.js';

// ---------- IAM ----------
/** One row of the IAM credential report. Dates are ISO strings; `null` stands for N/A / no_information / not_supported. */
export interface CredentialReportRow extends ResourceRef {
  user: string;
  isRoot: boolean;
  userCreationTime: string | null;
  passwordEnabled: boolean | null;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated: string | null;
  accessKey1LastUsed: string | null;
  accessKey2Active: boolean;
  accessKey2LastRotated: string | null;
  accessKey2LastUsed: string | null;
}

export interface IamCredentialReport extends ResourceRef {
  generatedAt: string | null;
  rows: CredentialReportRow[];
}

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
