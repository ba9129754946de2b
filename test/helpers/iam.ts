import type { CredentialReportRow, IamAccountSummary, IamCredentialReport, IamGroupDetail, IamManagedPolicyDetail, IamPasswordPolicy, IamRoleDetail, IamUserDetail, IamVirtualMfaDevice, PasswordPolicySettings } from '../../src/model/items/iam.js';
import { ACCOUNT } from './inventory.js';

export function aCredentialRow(user: string, overrides: Partial<CredentialReportRow> = {}): CredentialReportRow {
  const isRoot = user === '<root_account>';
  return {
    arn: isRoot ? `arn:aws:iam::${ACCOUNT.id}:root` : `arn:aws:iam::${ACCOUNT.id}:user/${user}`,
    user,
    isRoot,
    userCreationTime: '2024-01-01T00:00:00.000Z',
    passwordEnabled: isRoot ? null : true,
    passwordLastUsed: null,
    passwordLastChanged: null,
    mfaActive: false,
    accessKey1Active: false,
    accessKey1LastRotated: null,
    accessKey1LastUsed: null,
    accessKey2Active: false,
    accessKey2LastRotated: null,
    accessKey2LastUsed: null,
    ...overrides,
  };
}

export const ROOT_ARN = `arn:aws:iam::${ACCOUNT.id}:root`;

export function aReport(rows: CredentialReportRow[]): IamCredentialReport {
  return { arn: ROOT_ARN, generatedAt: '2026-11-23T10:00:00.000Z', rows };
}

export function aSummary(overrides: Partial<IamAccountSummary> = {}): IamAccountSummary {
  return { arn: ROOT_ARN, accountMfaEnabled: true, accountAccessKeysPresent: false, summaryMap: {}, ...overrides };
}

export function aVirtualMfa(userArn: string | undefined, serial = 'arn:aws:iam::123456789012:mfa/root-account-mfa-device'): IamVirtualMfaDevice {
  const device: IamVirtualMfaDevice = { arn: serial, serialNumber: serial };
  if (userArn) device.userArn = userArn;
  return device;
}

export function aStrongPasswordPolicy(overrides: Partial<PasswordPolicySettings> = {}): PasswordPolicySettings {
  return {
    minimumPasswordLength: 14,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercaseCharacters: true,
    requireLowercaseCharacters: true,
    allowUsersToChangePassword: true,
    passwordReusePrevention: 24,
    hardExpiry: false,
    ...overrides,
  };
}

export function aPasswordPolicy(policy: PasswordPolicySettings | null): IamPasswordPolicy {
  return { arn: ROOT_ARN, policy };
}

export const policyDocument = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

export const ADMIN_STATEMENT = { Effect: 'Allow', Action: '*', Resource: '*' };

export const ADMINISTRATOR_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';

export function aUser(name: string, overrides: Partial<IamUserDetail> = {}): IamUserDetail {
  return { kind: 'user', arn: `arn:aws:iam::${ACCOUNT.id}:user/${name}`, name, path: '/', groups: [], inlinePolicies: [], attachedPolicies: [], ...overrides };
}

export function aGroup(name: string, overrides: Partial<IamGroupDetail> = {}): IamGroupDetail {
  return { kind: 'group', arn: `arn:aws:iam::${ACCOUNT.id}:group/${name}`, name, path: '/', inlinePolicies: [], attachedPolicies: [], ...overrides };
}

export function aRole(name: string, trustPolicy: unknown, overrides: Partial<IamRoleDetail> = {}): IamRoleDetail {
  return { kind: 'role', arn: `arn:aws:iam::${ACCOUNT.id}:role/${name}`, name, path: '/', trustPolicy, inlinePolicies: [], attachedPolicies: [], ...overrides };
}

export function aManagedPolicy(name: string, document: unknown, overrides: Partial<IamManagedPolicyDetail> = {}): IamManagedPolicyDetail {
  return { kind: 'policy', arn: `arn:aws:iam::${ACCOUNT.id}:policy/${name}`, name, awsManaged: false, attachmentCount: 1, document, ...overrides };
}
