import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListVirtualMFADevices,
  type AttachedPolicy,
  type GetCredentialReportCommandOutput,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import { accountArn } from '../model/check.js';
import type { IamCredentialReport } from '../model/items/iam.js';
import type { IamAccountSummary, IamAttachedPolicy, IamAuthorizationEntry, IamInlinePolicy, IamVirtualMfaDevice, PasswordPolicySettings } from '../model/items/iam.js';
import { attempt, attemptRequired, defineCollector, errorCode, toFailure, type CollectContext } from './collector.js';
import { CredentialReportFormatError, parseCredentialReport } from './iam-credential-report.js';
import type { CollectionFailure } from '../model/failure.js';

/** Answers of GetCredentialReport that mean "generate one and wait". */
const REPORT_NOT_READY = new Set([
  'ReportNotPresent',
  'ReportExpired',
  'ReportInProgress',
  // SDK v3 names the exceptions after their classes, not AWS's error codes.
  'CredentialReportNotPresentException',
  'CredentialReportExpiredException',
  'CredentialReportNotReadyException',
]);
export const CREDENTIAL_REPORT_MAX_POLLS = 15;
const POLL_DELAY_MS = 2_000;

function decodeContent(content: GetCredentialReportCommandOutput['Content']): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return new TextDecoder().decode(content);
}

/**
 * The credential report, generated if needed: GetCredentialReport; on ReportNotPresent/ReportExpired/ReportInProgress
 * call GenerateCredentialReport and poll (bounded) until it is COMPLETE. One report per scan feeds every IAM check.
 */
export function fetchCredentialReport(
  context: CollectContext,
): Promise<{ report?: IamCredentialReport; failure?: CollectionFailure }> {
  return context.memo('iam:credential-report', async () => {
    const region = context.homeRegion;
    const client = context.clients.get('iam', region);
    for (let poll = 0; poll <= CREDENTIAL_REPORT_MAX_POLLS; poll += 1) {
      let response: GetCredentialReportCommandOutput;
      try {
        response = await context.limit(() => client.send(new GetCredentialReportCommand({})));
      } catch (error) {
        if (!REPORT_NOT_READY.has(errorCode(error))) {
          return { failure: toFailure(error, 'iam.GetCredentialReport', { region }) };
        }
        if (poll === CREDENTIAL_REPORT_MAX_POLLS) break;
        const generated = await attemptRequired(context, { api: 'iam.GenerateCredentialReport', region }, () =>
          client.send(new GenerateCredentialReportCommand({})),
        );
        if (!generated.ok) return { failure: generated.failure };
        if (generated.value.State !== 'COMPLETE') await context.sleep(POLL_DELAY_MS);
        continue;
      }
      try {
        const rows = parseCredentialReport(decodeContent(response.Content));
        const generatedAt = response.GeneratedTime ? new Date(response.GeneratedTime).toISOString() : null;
        return { report: { arn: accountArn(context.account), generatedAt, rows } };
      } catch (error) {
        if (!(error instanceof CredentialReportFormatError)) throw error;
        return { failure: toFailure(error, 'iam.GetCredentialReport', { region }) };
      }
    }
    return {
      failure: {
        api: 'iam.GetCredentialReport',
        action: 'iam:GetCredentialReport',
        code: 'ReportInProgress',
        kind: 'timeout',
        message: `the credential report was not ready after ${CREDENTIAL_REPORT_MAX_POLLS} polls`,
        region,
      },
    };
  });
}

export const iamCredentialReportCollector = defineCollector({
  key: 'iamCredentialReport',
  scope: 'global',
  apis: ['iam.GetCredentialReport', 'iam.GenerateCredentialReport'],
  async collect(context) {
    const { report, failure } = await fetchCredentialReport(context);
    return { items: report ? [report] : [], failures: failure ? [failure] : [] };
  },
});

// ---------- Account summary, password policy, virtual MFA devices, authorization details ----------

export const iamAccountSummaryCollector = defineCollector({
  key: 'iamAccountSummary',
  scope: 'global',
  apis: ['iam.GetAccountSummary'],
  async collect(context) {
    const region = context.homeRegion;
    const response = await attemptRequired(context, { api: 'iam.GetAccountSummary', region }, () =>
      context.clients.get('iam', region).send(new GetAccountSummaryCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const summaryMap: Record<string, number> = {};
    for (const [name, value] of Object.entries(response.value.SummaryMap ?? {})) {
      if (typeof value === 'number') summaryMap[name] = value;
    }
    const item: IamAccountSummary = {
      arn: accountArn(context.account),
      accountMfaEnabled: (summaryMap.AccountMFAEnabled ?? 0) > 0,
      accountAccessKeysPresent: (summaryMap.AccountAccessKeysPresent ?? 0) > 0,
      summaryMap,
    };
    return { items: [item], failures: [] };
  },
});

export const iamPasswordPolicyCollector = defineCollector({
  key: 'iamPasswordPolicy',
  scope: 'global',
  apis: ['iam.GetAccountPasswordPolicy'],
  async collect(context) {
    const region = context.homeRegion;
    // NoSuchEntity: no policy is set, so the (weak) AWS default applies. That is data, not a failure.
    const response = await attempt(context, { api: 'iam.GetAccountPasswordPolicy', region, absentOn: ['NoSuchEntity', 'NoSuchEntityException'] }, () =>
      context.clients.get('iam', region).send(new GetAccountPasswordPolicyCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const raw = response.value?.PasswordPolicy;
    let policy: PasswordPolicySettings | null = null;
    if (raw) {
      policy = {
        requireSymbols: raw.RequireSymbols === true,
        requireNumbers: raw.RequireNumbers === true,
        requireUppercaseCharacters: raw.RequireUppercaseCharacters === true,
        requireLowercaseCharacters: raw.RequireLowercaseCharacters === true,
        allowUsersToChangePassword: raw.AllowUsersToChangePassword === true,
        hardExpiry: raw.HardExpiry === true,
      };
      if (raw.MinimumPasswordLength !== undefined) policy.minimumPasswordLength = raw.MinimumPasswordLength;
      // AWS reports an unset maximum age as absent (ExpirePasswords=false); 0 is not a valid age either.
      if (raw.MaxPasswordAge !== undefined && raw.MaxPasswordAge > 0) policy.maxPasswordAge = raw.MaxPasswordAge;
      if (raw.PasswordReusePrevention !== undefined) policy.passwordReusePrevention = raw.PasswordReusePrevention;
    }
    return { items: [{ arn: accountArn(context.account), policy }], failures: [] };
  },
});

export const iamVirtualMfaDevicesCollector = defineCollector({
  key: 'iamVirtualMfaDevices',
  scope: 'global',
  apis: ['iam.ListVirtualMFADevices'],
  async collect(context) {
    const region = context.homeRegion;
    const client = context.clients.get('iam', region);
    const listed = await attemptRequired(context, { api: 'iam.ListVirtualMFADevices', region }, async () => {
      const devices: IamVirtualMfaDevice[] = [];
      for await (const page of paginateListVirtualMFADevices({ client }, { AssignmentStatus: 'Any' })) {
        for (const device of page.VirtualMFADevices ?? []) {
          if (!device.SerialNumber) continue;
          const item: IamVirtualMfaDevice = { arn: device.SerialNumber, serialNumber: device.SerialNumber };
          if (device.User?.Arn) item.userArn = device.User.Arn;
          if (device.EnableDate) item.enabledAt = new Date(device.EnableDate).toISOString();
          devices.push(item);
        }
      }
      return devices;
    });
    return listed.ok ? { items: listed.value, failures: [] } : { items: [], failures: [listed.failure] };
  },
});

/**
 * IAM returns policy documents URL-encoded in GetAccountAuthorizationDetails. Store the parsed JSON; keep the
 * raw text when it cannot be parsed so the policy normalizer (and a human reading the inventory) still sees it.
 */
export function decodePolicyDocument(document: string | undefined): unknown {
  if (document === undefined) return null;
  for (const candidate of [document, safeDecode(document)]) {
    if (candidate === undefined) continue;
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next spelling
    }
  }
  return document;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function inlinePolicies(list: PolicyDetail[] | undefined): IamInlinePolicy[] {
  return (list ?? []).map((policy) => ({ name: policy.PolicyName ?? '', document: decodePolicyDocument(policy.PolicyDocument) }));
}

function attachedPolicies(list: AttachedPolicy[] | undefined): IamAttachedPolicy[] {
  return (list ?? []).flatMap((policy) => (policy.PolicyArn ? [{ name: policy.PolicyName ?? '', arn: policy.PolicyArn }] : []));
}

function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn);
}

/**
 * GetAccountAuthorizationDetails once per scan (users, groups, roles, managed policies), paginated by Marker.
 * AWS-managed policies are kept only when attached here: the full AWS catalog is large and irrelevant.
 */
export function fetchAuthorizationDetails(
  context: CollectContext,
): Promise<{ items: IamAuthorizationEntry[]; failure?: CollectionFailure }> {
  return context.memo('iam:authorization-details', async () => {
    const region = context.homeRegion;
    const client = context.clients.get('iam', region);
    const listed = await attemptRequired(context, { api: 'iam.GetAccountAuthorizationDetails', region }, async () => {
      const items: IamAuthorizationEntry[] = [];
      const paginator = paginateGetAccountAuthorizationDetails(
        { client },
        { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
      );
      for await (const page of paginator) {
        for (const user of page.UserDetailList ?? []) {
          if (!user.Arn) continue;
          items.push({
            kind: 'user',
            arn: user.Arn,
            name: user.UserName ?? '',
            path: user.Path ?? '/',
            groups: user.GroupList ?? [],
            inlinePolicies: inlinePolicies(user.UserPolicyList),
            attachedPolicies: attachedPolicies(user.AttachedManagedPolicies),
          });
        }
        for (const group of page.GroupDetailList ?? []) {
          if (!group.Arn) continue;
          items.push({
            kind: 'group',
            arn: group.Arn,
            name: group.GroupName ?? '',
            path: group.Path ?? '/',
            inlinePolicies: inlinePolicies(group.GroupPolicyList),
            attachedPolicies: attachedPolicies(group.AttachedManagedPolicies),
          });
        }
        for (const role of page.RoleDetailList ?? []) {
          if (!role.Arn) continue;
          items.push({
            kind: 'role',
            arn: role.Arn,
            name: role.RoleName ?? '',
            path: role.Path ?? '/',
            trustPolicy: decodePolicyDocument(role.AssumeRolePolicyDocument),
            inlinePolicies: inlinePolicies(role.RolePolicyList),
            attachedPolicies: attachedPolicies(role.AttachedManagedPolicies),
          });
        }
        for (const policy of page.Policies ?? []) {
          if (!policy.Arn) continue;
          const awsManaged = isAwsManagedPolicyArn(policy.Arn);
          const attachmentCount = policy.AttachmentCount ?? 0;
          if (awsManaged && attachmentCount === 0) continue;
          const defaultVersion = (policy.PolicyVersionList ?? []).find((version) => version.IsDefaultVersion);
          items.push({
            kind: 'policy',
            arn: policy.Arn,
            name: policy.PolicyName ?? '',
            awsManaged,
            attachmentCount,
            document: defaultVersion ? decodePolicyDocument(defaultVersion.Document) : null,
          });
        }
      }
      return items;
    });
    return listed.ok ? { items: listed.value } : { items: [], failure: listed.failure };
  });
}

export const iamAuthorizationDetailsCollector = defineCollector({
  key: 'iamAuthorizationDetails',
  scope: 'global',
  apis: ['iam.GetAccountAuthorizationDetails'],
  async collect(context) {
    const { items, failure } = await fetchAuthorizationDetails(context);
    return { items, failures: failure ? [failure] : [] };
  },
});
