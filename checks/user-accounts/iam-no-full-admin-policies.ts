import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { IamAttachedPolicy, IamGroupDetail, IamInlinePolicy, IamManagedPolicyDetail, IamRoleDetail, IamUserDetail } from '../../src/model/items/iam.js';
import { grantsFullAdmin, normalizePolicy, wildcardMatch } from '../../src/model/policy.js';

type Principal = IamUserDetail | IamGroupDetail | IamRoleDetail;

function isAdminDocument(document: unknown): boolean {
  return normalizePolicy(document)?.statements.some(grantsFullAdmin) ?? false;
}

function isAdministratorAccess(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\/AdministratorAccess$/.test(arn);
}

/** Break-glass entries match the principal's ARN or name; `*` wildcards allowed (e.g. `AWSReservedSSO_AdministratorAccess_*`). */
function isBreakGlass(principal: Principal, allowList: readonly string[]): boolean {
  return allowList.some((entry) => wildcardMatch(entry, principal.arn) || wildcardMatch(entry, principal.name));
}

export default defineCheck({
  id: 'iam-no-full-admin-policies',
  title: 'No IAM policy grants full administrator access outside the break-glass allow-list',
  controlArea: 'user-accounts',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-2', 'AC-5', 'AC-6', 'AC-6(2)', 'AC-6(3)', 'AC-6(10)'],
    sp800_171r2: ['3.1.4', '3.1.5', '3.1.6', '3.1.7'],
    sp800_171r3: ['03.01.04', '03.01.05', '03.01.06', '03.01.07'],
  },
  needs: ['iamAuthorizationDetails'],
  rationale:
    'A principal with `*` on `*` can read every dataset, turn off logging and grant access to anyone, so a single stolen session or mistaken script bypasses every other control. Least privilege keeps access to controlled data tied to the people and jobs that need it.',
  remediation: {
    summary:
      'Replace full-admin grants with scoped policies. Replace `Action: *` / `NotAction` grants on `Resource: *`; keep AdministratorAccess for named break-glass principals (settings.breakGlassPrincipals) protected by MFA.',
    cli: 'aws iam attach-role-policy --role-name ROLE --policy-arn SCOPED_POLICY_ARN && aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # attaches the scoped policy before removing admin; never detach it from the role you are signed in with',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  evaluate({ iamAuthorizationDetails }, { settings }) {
    const policies = new Map<string, IamManagedPolicyDetail>();
    const groups = new Map<string, IamGroupDetail>();
    const principals: Principal[] = [];
    for (const entry of iamAuthorizationDetails) {
      if (entry.kind === 'policy') policies.set(entry.arn, entry);
      else principals.push(entry);
      if (entry.kind === 'group') groups.set(entry.name, entry);
    }
    const isAdminAttachment = (attached: IamAttachedPolicy): boolean => {
      if (isAdministratorAccess(attached.arn)) return true;
      const policy = policies.get(attached.arn);
      return policy ? isAdminDocument(policy.document) : false;
    };
    const directSources = (principal: Principal): string[] => [
      ...principal.inlinePolicies.filter((policy: IamInlinePolicy) => isAdminDocument(policy.document)).map((policy) => `inline policy ${policy.name}`),
      ...principal.attachedPolicies.filter(isAdminAttachment).map((policy) => `managed policy ${policy.name || policy.arn}`),
    ];

    const findings = principals.map((principal) => {
      const sources = directSources(principal);
      if (principal.kind === 'user') {
        for (const groupName of principal.groups) {
          const group = groups.get(groupName);
          if (group && directSources(group).length > 0) sources.push(`group ${groupName}`);
        }
      }
      const label = `IAM ${principal.kind} ${principal.name}`;
      if (sources.length === 0) return pass(principal.arn, `${label} has no full-administrator policy.`);
      if (isBreakGlass(principal, settings.breakGlassPrincipals)) {
        return pass(principal.arn, `${label} holds administrator access (${sources.join(', ')}) and is an allow-listed break-glass principal.`);
      }
      return fail(principal.arn, `${label} holds full administrator access through ${sources.join(', ')}.`);
    });

    // An unattached customer-managed admin policy grants nothing today but is one attach away: a low finding.
    for (const policy of policies.values()) {
      if (!policy.awsManaged && policy.attachmentCount === 0 && isAdminDocument(policy.document)) {
        findings.push(fail(policy.arn, `Customer-managed policy ${policy.name} allows * on * (not attached to anyone yet).`, 'low'));
      }
    }
    return findings;
  },
});
