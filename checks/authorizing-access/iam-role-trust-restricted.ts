import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import type { IamRoleDetail } from '../../src/model/items/iam.js';
import { mostSevere, type Severity } from '../../src/model/severity.js';
import { describeAnswer, externalAccess, parsePolicy, type ExternalAccess, type ParsedPolicy, type RequestPrincipal } from '../../src/rules/iam-policy/index.js';

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'];

/** Web identities assume a role with AssumeRoleWithWebIdentity, SAML users with AssumeRoleWithSAML, the rest with AssumeRole. */
function canSend(principal: RequestPrincipal, action: string): boolean {
  if (principal.kind === 'federated') return action === (principal.provider.includes(':saml-provider/') ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity');
  return action === 'sts:AssumeRole';
}

/**
 * A service principal that any account can point at the role (no source condition) is the confused-deputy question
 * of iam-role-service-trust-confused-deputy; a service bound to an account the policy names is an outside account's
 * grant, and stays here.
 */
function isOutsideAccountGrant(found: ExternalAccess): boolean {
  return found.outsider.kind !== 'service' || found.outsider.forAccount !== undefined;
}

/**
 * Anyone with AWS credentials is critical when a statement admits them without any condition, high otherwise; a named
 * unapproved account or a web identity provider's other users are high; another account of a named organization is
 * medium; a service bound to an unapproved account the policy names is high.
 */
function severityOf(found: ExternalAccess, policy: ParsedPolicy): Severity {
  const { outsider, answer } = found;
  switch (outsider.kind) {
    case 'any-account': {
      if (outsider.inOrganization) return 'medium';
      const granting = policy.statements.filter((statement) => answer.allowedBy.includes(statement.label));
      return granting.some((statement) => statement.conditions.length === 0) ? 'critical' : 'high';
    }
    default:
      return 'high';
  }
}

function isServiceLinked(role: IamRoleDetail): boolean {
  return role.path.startsWith('/aws-service-role/');
}

export default defineCheck({
  id: 'iam-role-trust-restricted',
  title: "Role trust policies don't admit unknown external principals",
  controlArea: 'authorizing-access',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'AC-20', 'IA-8'], sp800_171r2: ['3.1.1', '3.1.20'], sp800_171r3: ['03.01.01', '03.01.20'] },
  needs: ['iamAuthorizationDetails'],
  rationale:
    'A role is a door into the account: whoever its trust policy admits gets its permissions, including read access to controlled data. Trusting an unapproved account, every identity, or every user of an identity provider lets people outside the DAC approval walk in.',
  remediation: {
    summary:
      'Limit each role’s trust policy to this account and approved accounts. Approved accounts are settings.allowedAccounts; require sts:ExternalId for third parties, `sub` (and `aud`) conditions for OIDC providers, and name only approved accounts in aws:SourceAccount/aws:SourceArn of service principals.',
    cli: 'aws iam get-role --role-name ROLE --query Role.AssumeRolePolicyDocument > trust-policy.json  # edit the principals and conditions in trust-policy.json, then (it replaces the whole trust policy): aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-policy.json',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html',
  },
  evaluate({ iamAuthorizationDetails }, { account, settings, now }) {
    return iamAuthorizationDetails.flatMap((entry) => {
      // Service-linked roles' trust is fixed by AWS and cannot be edited.
      if (entry.kind !== 'role' || isServiceLinked(entry)) return [];
      const policy = parsePolicy(entry.trustPolicy);
      if (!policy) return [error(entry.arn, `Role ${entry.name}'s trust policy could not be read as a policy document.`)];
      const found = externalAccess(policy, {
        target: { kind: 'resource', arn: entry.arn },
        actions: { names: ASSUME_ACTIONS, forPrincipal: canSend, scopeId: 'assume-role' },
        account,
        trustedAccounts: settings.allowedAccounts,
        now,
        anonymous: false,
        network: 'anywhere',
      }).filter(isOutsideAccountGrant);
      const allowed = found.filter((item) => item.answer.verdict === 'allowed');
      const unknown = found.filter((item) => item.answer.verdict === 'unknown');
      const unknownText = unknown.length > 0 ? ` Undecided: ${unknown.map((item) => describeAnswer(item.answer)).join('; ')}.` : '';
      if (allowed.length === 0 && unknown.length === 0) {
        return [pass(entry.arn, `Role ${entry.name} can be assumed only from this account, allow-listed accounts, services bound to them, or its own identity providers' pinned identities (service principals without source conditions: iam-role-service-trust-confused-deputy).`)];
      }
      if (allowed.length === 0) return [error(entry.arn, `Role ${entry.name} may be assumable from outside.${unknownText}`)];
      return [
        fail(
          entry.arn,
          `Role ${entry.name} can be assumed from outside: ${allowed.map((item) => describeAnswer(item.answer)).join('; ')}.${unknownText}`,
          mostSevere(allowed.map((item) => severityOf(item, policy)), 'high'),
        ),
      ];
    });
  },
});
