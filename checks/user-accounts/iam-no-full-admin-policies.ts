import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import type { IamAttachedPolicy, IamGroupDetail, IamManagedPolicyDetail, IamRoleDetail, IamUserDetail } from '../../src/model/items/iam.js';
import { analyzePrivileges, parsePolicy, wildcardMatch, type ParsedPolicy, type PrivilegeAnalysis } from '../../src/rules/iam-policy/index.js';

type Principal = IamUserDetail | IamGroupDetail | IamRoleDetail;

/** A policy that applies to a principal, with where it comes from (for messages). */
interface Source {
  readonly label: string;
  readonly policy: ParsedPolicy | null;
}

const ADMINISTRATOR_ACCESS = /^arn:[^:]+:iam::aws:policy\/AdministratorAccess$/;
/** AWS's AdministratorAccess, for accounts where GetAccountAuthorizationDetails did not return its (fixed) document. */
const ADMINISTRATOR_DOCUMENT = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** Break-glass entries match the principal's ARN or name; `*` wildcards allowed (e.g. `AWSReservedSSO_AdministratorAccess_*`). */
function isBreakGlass(principal: Principal, allowList: readonly string[]): boolean {
  return allowList.some((entry) => wildcardMatch(entry, principal.arn) || wildcardMatch(entry, principal.name));
}

function list(labels: readonly string[]): string {
  return [...new Set(labels)].join(', ');
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
    'A principal with `*` on `*` can read every dataset, turn off logging and grant access to anyone, so a single stolen session or mistaken script bypasses every other control. A principal that can rewrite its own permissions (iam:PutUserPolicy, iam:CreatePolicyVersion, iam:PassRole to a compute service it launches…) is an administrator one call away. Least privilege keeps access to controlled data tied to the people and jobs that need it.',
  remediation: {
    summary:
      'Replace full-admin grants with scoped policies. Replace `Action: *` / `NotAction` grants on `Resource: *`; keep AdministratorAccess for named break-glass principals (settings.breakGlassPrincipals) protected by MFA.',
    cli: 'aws iam attach-role-policy --role-name ROLE --policy-arn SCOPED_POLICY_ARN && aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # attaches the scoped policy before removing admin; never detach it from the role you are signed in with',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  evaluate({ iamAuthorizationDetails }, { account, settings, now }) {
    const policies = new Map<string, IamManagedPolicyDetail>();
    const groups = new Map<string, IamGroupDetail>();
    const principals: Principal[] = [];
    for (const entry of iamAuthorizationDetails) {
      if (entry.kind === 'policy') policies.set(entry.arn, entry);
      // Service-linked roles' permissions are AWS's and only the service can assume them.
      else if (!(entry.kind === 'role' && entry.path.startsWith('/aws-service-role/'))) principals.push(entry);
      if (entry.kind === 'group') groups.set(entry.name, entry);
    }
    const missing = new Map<Principal, string[]>();

    const attachedSource = (attached: IamAttachedPolicy, prefix: string, owner: Principal): Source | undefined => {
      const label = `${prefix}managed policy ${attached.name || attached.arn}`;
      const document = policies.get(attached.arn)?.document ?? (ADMINISTRATOR_ACCESS.test(attached.arn) ? ADMINISTRATOR_DOCUMENT : null);
      if (document === null || document === undefined) {
        missing.set(owner, [...(missing.get(owner) ?? []), label]);
        return undefined;
      }
      return { label, policy: parsePolicy(document) };
    };
    const ownSources = (principal: Principal, prefix: string, owner: Principal): Source[] => [
      ...principal.inlinePolicies.map((inline) => ({ label: `${prefix}inline policy ${inline.name}`, policy: parsePolicy(inline.document) })),
      ...principal.attachedPolicies.flatMap((attached) => attachedSource(attached, prefix, owner) ?? []),
    ];
    const sourcesOf = (principal: Principal): Source[] => {
      const sources = ownSources(principal, '', principal);
      if (principal.kind === 'user') {
        for (const groupName of principal.groups) {
          const group = groups.get(groupName);
          if (group) sources.push(...ownSources(group, `group ${groupName}'s `, principal));
        }
      }
      return sources;
    };
    type AdminRole = { arn: string; name: string; trust: ParsedPolicy | null };
    const analyze = (principal: Principal, sources: Source[], adminRoles?: readonly AdminRole[], only?: 'administrator'): PrivilegeAnalysis =>
      analyzePrivileges(
        {
          kind: principal.kind,
          arn: principal.arn,
          name: principal.name,
          groupArns: principal.kind === 'user' ? principal.groups.flatMap((name) => groups.get(name)?.arn ?? []) : [],
        },
        sources.flatMap((source) => (source.policy ? [source.policy] : [])),
        { account, now, ...(adminRoles ? { adminRoles, adminRoleArns: adminRoles.map((role) => role.arn) } : {}), ...(only ? { only } : {}) },
      );

    const sources = new Map(principals.map((principal) => [principal, sourcesOf(principal)]));
    // Roles that are administrators: assuming one, or passing one to a compute service, is an escalation path.
    const adminRoles: AdminRole[] = principals.flatMap((principal) =>
      principal.kind === 'role' && analyze(principal, sources.get(principal) ?? [], undefined, 'administrator').fullAdministrator === 'yes'
        ? [{ arn: principal.arn, name: principal.name, trust: parsePolicy(principal.trustPolicy) }]
        : [],
    );

    const findings: Finding[] = principals.map((principal) => {
      const label = `IAM ${principal.kind} ${principal.name}`;
      const own = sources.get(principal) ?? [];
      const readable = own.filter((source) => source.policy);
      const labelsOf = (indexes: readonly number[]) => list(indexes.map((index) => readable[index]?.label ?? ''));
      const analysis = analyze(principal, own, adminRoles);
      const problems: string[] = [];
      if (analysis.fullAdministrator === 'yes') problems.push(`holds full administrator access through ${labelsOf(analysis.administratorPolicies)}`);
      else if (analysis.iamAdministrator === 'yes') problems.push(`can perform every IAM action on any resource (so it can grant itself anything) through ${labelsOf(analysis.administratorPolicies)}`);
      for (const path of analysis.escalations) problems.push(`can escalate to administrator by ${path.description} through ${labelsOf(path.policies)}`);
      if (problems.length > 0) {
        if (isBreakGlass(principal, settings.breakGlassPrincipals)) return pass(principal.arn, `${label} ${problems.join('; ')}, and is an allow-listed break-glass principal.`);
        return fail(principal.arn, `${label} ${problems.join('; ')}.`);
      }
      const unreadable = own.filter((source) => !source.policy).map((source) => source.label);
      const unknowns = [
        ...(missing.get(principal) ?? []).map((source) => `the document of ${source} was not collected`),
        ...unreadable.map((source) => `${source} could not be read as a policy document`),
        ...(analysis.fullAdministrator === 'unknown' ? ['whether it is a full administrator'] : []),
        ...analysis.possibleEscalations.map((path) => `whether it can escalate by ${path.description}`),
        ...analysis.unknownBecause,
      ];
      if (unknowns.length > 0) return error(principal.arn, `${label} could not be fully evaluated: ${list(unknowns)}.`);
      return pass(principal.arn, `${label} has no full-administrator access and no documented privilege-escalation path.`);
    });

    // An unattached customer-managed admin policy grants nothing today but is one attach away: a low finding.
    for (const policy of policies.values()) {
      if (policy.awsManaged || policy.attachmentCount !== 0) continue;
      const parsed = parsePolicy(policy.document);
      if (!parsed) continue;
      const probe: Principal = { kind: 'role', arn: `arn:${account.partition}:iam::${account.id}:role/dbgap-audit-unattached-policy`, name: 'dbgap-audit-unattached-policy', path: '/', trustPolicy: null, inlinePolicies: [], attachedPolicies: [] };
      if (analyze(probe, [{ label: policy.name, policy: parsed }], undefined, 'administrator').fullAdministrator === 'yes') {
        findings.push(fail(policy.arn, `Customer-managed policy ${policy.name} grants full administrator access (not attached to anyone yet).`, 'low'));
      }
    }
    return findings;
  },
});
