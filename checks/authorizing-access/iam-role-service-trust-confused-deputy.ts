import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import type { IamRoleDetail } from '../../src/model/items/iam.js';
import { describeAnswer, externalAccess, parsePolicy } from '../../src/rules/iam-policy/index.js';

/**
 * Service principals that are not cross-service confused deputies for a role they assume. EC2 and Lambda take the
 * role from an instance profile or a function's execution role, attached with iam:PassRole by a principal of the
 * role's own account to an instance or function of that account, so no other customer can point the service at it. AWS documents aws:SourceAccount/aws:SourceArn trust conditions for services that act for resources it names in
 * a request (https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html) and none for EC2 instance roles
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html) or Lambda execution roles
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html). ECS tasks, EKS and Fargate pods
 * are not listed: their guides give aws:SourceAccount/aws:SourceArn trust conditions, so they are judged.
 */
export const NOT_CROSS_SERVICE = new Set(['ec2.amazonaws.com', 'lambda.amazonaws.com', 'edgelambda.amazonaws.com']);

const ASSUME_ROLE = ['sts:AssumeRole'];

function isServiceLinked(role: IamRoleDetail): boolean {
  return role.path.startsWith('/aws-service-role/');
}

function trustedServices(trustPolicy: ReturnType<typeof parsePolicy>): string[] {
  const services = new Set<string>();
  for (const statement of trustPolicy?.statements ?? []) {
    if (statement.effect !== 'Allow') continue;
    for (const service of statement.principal?.service ?? []) if (!NOT_CROSS_SERVICE.has(service.toLowerCase())) services.add(service);
  }
  return [...services].sort();
}

export default defineCheck({
  id: 'iam-role-service-trust-confused-deputy',
  title: 'Service roles bind the AWS services they trust to this account’s resources (confused deputy)',
  controlArea: 'authorizing-access',
  severity: 'low',
  nist: { sp800_53r5: ['AC-3', 'AC-6'], sp800_171r2: ['3.1.1', '3.1.5'], sp800_171r3: ['03.01.01', '03.01.05'] },
  needs: ['iamAuthorizationDetails'],
  rationale:
    'An AWS service that a role trusts assumes it for whichever resource asked: without aws:SourceAccount, aws:SourceArn or aws:SourceOrgID in the trust policy, another customer can configure the same service to use this account\'s role (cross-service confused deputy) and act with its permissions. Low severity: the attacker needs the role\'s ARN and a service that accepts roles of other accounts.',
  remediation: {
    summary:
      'Bind each trusted service to this account with aws:SourceAccount. Or use aws:SourceArn (the ARN of the resource that uses the role; wildcards only in its resource part) or aws:SourceOrgID, on every statement that trusts a service principal.',
    cli: 'aws iam get-role --role-name ROLE --query Role.AssumeRolePolicyDocument > trust-policy.json  # add "Condition": {"StringEquals": {"aws:SourceAccount": "ACCOUNT_ID"}} to the service statement, then (it replaces the whole trust policy): aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-policy.json',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  },
  evaluate({ iamAuthorizationDetails }, { account, settings, now }) {
    return iamAuthorizationDetails.flatMap((entry) => {
      // Service-linked roles' trust is fixed by AWS and cannot be edited.
      if (entry.kind !== 'role' || isServiceLinked(entry)) return [];
      const policy = parsePolicy(entry.trustPolicy);
      if (!policy) return [error(entry.arn, `Role ${entry.name}'s trust policy could not be read as a policy document.`)];
      const services = trustedServices(policy);
      if (services.length === 0) return [];
      const found = externalAccess(policy, {
        target: { kind: 'resource', arn: entry.arn },
        actions: { names: ASSUME_ROLE },
        account,
        trustedAccounts: settings.allowedAccounts,
        now,
        anonymous: false,
        network: 'anywhere',
        sameAccountServices: NOT_CROSS_SERVICE,
        // A service acting for an account the policy names is an outside account's grant: iam-role-trust-restricted.
      }).filter((item) => item.outsider.kind === 'service' && item.outsider.forAccount === undefined);
      const allowed = found.filter((item) => item.answer.verdict === 'allowed');
      const unknown = found.filter((item) => item.answer.verdict === 'unknown');
      const unknownText = unknown.length > 0 ? ` Undecided: ${unknown.map((item) => describeAnswer(item.answer)).join('; ')}.` : '';
      if (allowed.length > 0) {
        return [fail(entry.arn, `Role ${entry.name} lets ${allowed.map((item) => describeAnswer(item.answer)).join('; ')}: no aws:SourceAccount, aws:SourceArn or aws:SourceOrgID condition binds the service to this account's resources.${unknownText}`)];
      }
      if (unknown.length > 0) return [error(entry.arn, `Role ${entry.name}: whether a trusted service can act for another account is undecided.${unknownText}`)];
      return [pass(entry.arn, `Role ${entry.name} binds ${services.join(', ')} to named source accounts, resources or organizations.`)];
    });
  },
});
