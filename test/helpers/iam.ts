/** Builders for IAM and Access Analyzer fixture items. */
import type { CredentialReportRow, IamCredentialReport } from '../../src/model/items/iam.js';
import type { AccessAnalyzer, AccessAnalyzerFinding } from '../../src/model/items/access-analyzer.js';
import type { IamAccountSummary, IamGroupDetail, IamManagedPolicyDetail, IamPasswordPolicy, IamRoleDetail, IamUserDetail, IamVirtualMfaDevice, PasswordPolicySettings } from '../../src/model/items/iam.js';
import { ACCOUNT } from './inventory.js';

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

export function anAnalyzer(name: string, overrides: Partial<AccessAnalyzer> = {}): AccessAnalyzer {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:access-analyzer:${region}:${ACCOUNT.id}:analyzer/${name}`, region, name, type: 'ACCOUNT', status: 'ACTIVE', ...overrides };
}

export function aFinding(resource: string, overrides: Partial<AccessAnalyzerFinding> = {}): AccessAnalyzerFinding {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: resource,
    region,
    id: 'finding-1',
    analyzerArn: `arn:aws:access-analyzer:${region}:${ACCOUNT.id}:analyzer/account`,
    resourceType: 'AWS::S3::Bucket',
    resourceOwnerAccount: ACCOUNT.id,
    principal: { AWS: '999988887777' },
    isPublic: false,
    actions: ['s3:GetObject'],
    condition: {},
    status: 'ACTIVE',
    ...overrides,
  };
}
