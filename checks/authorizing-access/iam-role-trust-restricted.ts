import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { mostSevere } from '../../src/model/severity.js';
import { trustedAccounts } from '../../src/rules/accounts.js';
import type { IamRoleDetail } from '../../src/model/items/iam.js';
import {
  boundingConditionValues,
  conditionBoundAccounts,
  conditionValues,
  normalizePolicy,
  principalAccountId,
  statementCoversAction,
  type PolicyStatement,
} from '../../src/model/policy.js';
import type { Severity } from '../../src/model/severity.js';

interface Problem {
  text: string;
  severity: Severity;
}

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'];

/**
 * Services that deliver role credentials only to resources in the role's own account (an instance, a function,
 * a task), so the confused-deputy pattern does not apply and AWS documents no SourceAccount condition for them.
 */
const SAME_ACCOUNT_SERVICES = new Set([
  'ec2.amazonaws.com',
  'lambda.amazonaws.com',
  'edgelambda.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'eks.amazonaws.com',
  'eks-fargate-pods.amazonaws.com',
]);

function hasExternalIdOrMfa(statement: PolicyStatement): boolean {
  if (conditionValues(statement, 'sts:ExternalId', () => true)) return true;
  const mfa = conditionValues(statement, 'aws:MultiFactorAuthPresent', (operator) => operator.startsWith('Bool'));
  return mfa?.some((value) => value.toLowerCase() === 'true') ?? false;
}

/** Does the statement constrain the web-identity token (`<provider>:sub` / `:aud` / `:amr` keys)? */
function constrainsToken(statement: PolicyStatement, provider: string, keySuffixes: readonly string[]): boolean {
  const host = (provider.split(':oidc-provider/')[1] ?? provider).toLowerCase();
  return statement.conditions.some((condition) => condition.key.startsWith(`${host}:`) && keySuffixes.some((suffix) => condition.key.endsWith(suffix)));
}

function statementProblems(statement: PolicyStatement, trusted: Set<string>): Problem[] {
  if (statement.effect !== 'Allow' || !statement.principal) return [];
  if (!ASSUME_ACTIONS.some((action) => statementCoversAction(statement, action))) return [];
  const principal = statement.principal;
  const problems: Problem[] = [];
  if (principal.everyone) {
    const accounts = conditionBoundAccounts(statement, ['aws:PrincipalAccount', 'aws:PrincipalArn']);
    const orgs = boundingConditionValues(statement, 'aws:PrincipalOrgID') ?? boundingConditionValues(statement, 'aws:PrincipalOrgPaths');
    if (statement.conditions.length === 0) {
      problems.push({ text: 'Principal * with no condition: any AWS identity can assume it', severity: 'critical' });
    } else if (accounts) {
      const foreign = accounts.filter((account) => !trusted.has(account));
      if (foreign.length > 0) problems.push({ text: `Principal * limited to unapproved account(s) ${foreign.join(', ')}`, severity: 'high' });
    } else if (orgs) {
      problems.push({ text: `Principal * limited only by organization (${orgs.join(', ')})`, severity: 'medium' });
    } else if (!hasExternalIdOrMfa(statement)) {
      problems.push({ text: `Principal * limited only by ${[...new Set(statement.conditions.map((c) => c.key))].join(', ')}`, severity: 'high' });
    }
  }
  for (const entry of principal.aws) {
    if (entry === '*') continue;
    const account = principalAccountId(entry);
    if (account && !trusted.has(account) && !hasExternalIdOrMfa(statement)) {
      problems.push({ text: `unapproved account ${account} (${entry}) without sts:ExternalId or MFA`, severity: 'high' });
    }
  }
  const services = principal.service.filter((service) => !SAME_ACCOUNT_SERVICES.has(service.toLowerCase()));
  if (services.length > 0) {
    const sources = conditionBoundAccounts(statement, ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOwner']);
    if (!sources) {
      problems.push({ text: `service ${services.join(', ')} without aws:SourceAccount/aws:SourceArn (confused deputy)`, severity: 'low' });
    } else {
      const foreign = sources.filter((account) => /^\d{12}$/.test(account) && !trusted.has(account));
      if (foreign.length > 0) problems.push({ text: `service ${services.join(', ')} acting for unapproved account(s) ${foreign.join(', ')}`, severity: 'high' });
    }
  }
  for (const provider of principal.federated) {
    if (/:saml-provider\//.test(provider)) {
      // The console adds SAML:aud; without any condition any assertion from the IdP is accepted.
      if (statement.conditions.length === 0) problems.push({ text: `SAML provider ${provider} with no condition`, severity: 'low' });
      continue;
    }
    // GitHub's OIDC tokens share one audience across every repository: only `sub` pins the repository.
    const keys = /token\.actions\.githubusercontent\.com/.test(provider) ? [':sub'] : [':sub', ':aud', ':amr'];
    if (!constrainsToken(statement, provider, keys)) {
      problems.push({ text: `web identity provider ${provider} without a ${keys.join('/')} condition: any of its users can assume it`, severity: 'high' });
    }
  }
  return problems;
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
      'Limit each role’s trust policy to this account and approved accounts. Approved accounts are settings.allowedAccounts; require sts:ExternalId (third parties) or MFA for cross-account trust; add aws:SourceAccount/aws:SourceArn for service principals and `sub` conditions for OIDC providers.',
    cli: 'aws iam get-role --role-name ROLE --query Role.AssumeRolePolicyDocument > trust-policy.json  # edit the principals and conditions in trust-policy.json, then (it replaces the whole trust policy): aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-policy.json',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html',
  },
  evaluate({ iamAuthorizationDetails }, { account, settings }) {
    const trusted = trustedAccounts(account.id, settings.allowedAccounts);
    return iamAuthorizationDetails.flatMap((entry) => {
      // Service-linked roles' trust is fixed by AWS and cannot be edited.
      if (entry.kind !== 'role' || isServiceLinked(entry)) return [];
      const policy = normalizePolicy(entry.trustPolicy);
      if (!policy) return [error(entry.arn, `Role ${entry.name}'s trust policy could not be read as a policy document.`)];
      const problems = policy.statements.flatMap((statement) => statementProblems(statement, trusted));
      if (problems.length === 0) return [pass(entry.arn, `Role ${entry.name} trusts only this account, allow-listed accounts, or bounded services.`)];
      return [
        fail(
          entry.arn,
          `Role ${entry.name} can be assumed by ${problems.map((problem) => problem.text).join('; ')}.`,
          mostSevere(problems.map((problem) => problem.severity), 'high'),
        ),
      ];
    });
  },
});
