import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { baseOperator, normalizePolicy, type PolicyStatement } from '../../src/model/policy.js';

/** Condition keys that pin a wildcard principal to known accounts, an organization or a calling resource. */
const RESTRICTING_KEYS = new Set([
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
  'kms:calleraccount',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourceorgid',
]);

/** Positive match operators only: `StringNotEquals` on an account would open the key to everyone else. */
const MATCHING_OPERATORS = new Set(['StringEquals', 'StringLike', 'StringEqualsIgnoreCase', 'ArnEquals', 'ArnLike']);

/** A principal of `*`, `{AWS: "*"}` or an ARN pattern with a wildcard account (`arn:aws:iam::*:root`). */
function isOpenPrincipal(statement: PolicyStatement): boolean {
  // Allow + NotPrincipal grants everyone except the listed principals.
  if (statement.notPrincipal) return true;
  const principal = statement.principal;
  if (!principal) return false;
  return principal.everyone || principal.aws.some((entry) => entry.includes('*'));
}

/** `*`, or an ARN whose account field is a wildcard: restricts nothing. */
function isWildcardValue(value: string): boolean {
  return value === '*' || (value.startsWith('arn:') && value.split(':')[4] === '*');
}

function hasRestrictingCondition(statement: PolicyStatement): boolean {
  return statement.conditions.some(
    (condition) =>
      RESTRICTING_KEYS.has(condition.key) &&
      MATCHING_OPERATORS.has(baseOperator(condition.operator)) &&
      // ForAllValues and IfExists are satisfied when the key is absent from the request, so they restrict nothing.
      !condition.operator.startsWith('ForAllValues:') &&
      !condition.operator.endsWith('IfExists') &&
      condition.values.length > 0 &&
      !condition.values.some(isWildcardValue),
  );
}

export default defineCheck({
  id: 'kms-key-policy-not-public',
  title: 'KMS key policies do not grant access to everyone without a restricting condition',
  controlArea: 'data-encryption',
  severity: 'critical',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'SC-12'], sp800_171r2: ['3.1.1', '3.13.10'], sp800_171r3: ['03.01.02', '03.13.10'] },
  needs: ['kmsKeyPolicies'],
  rationale:
    'The key policy is the primary gate on a customer-managed key: an Allow for every AWS principal, without a condition that ties it to the institution\'s accounts or organization, lets any AWS account decrypt whatever the key protects once it can reach the ciphertext.',
  remediation: {
    summary:
      'Replace the key policy’s wildcard principal with named principals. Name the account or role ARNs that need the key, or add a condition such as aws:PrincipalOrgID or kms:CallerAccount.',
    cli: 'aws kms get-key-policy --key-id KEY_ARN --policy-name default --query Policy --output text > key-policy.json  # edit the wildcard statement and keep the account administrator statement, then (it replaces the whole key policy): aws kms put-key-policy --key-id KEY_ARN --policy-name default --policy file://key-policy.json',
    docUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying.html',
  },
  evaluate({ kmsKeyPolicies }) {
    return kmsKeyPolicies.map((entry) => {
      const label = `KMS key ${entry.keyId}`;
      const policy = normalizePolicy(entry.policy);
      if (!policy) return error(entry, `${label}: the key policy could not be parsed.`);
      const names = policy.statements.flatMap((statement, index) =>
        statement.effect === 'Allow' && isOpenPrincipal(statement) && !hasRestrictingCondition(statement)
          ? [statement.sid ?? `#${index + 1}`]
          : [],
      );
      if (names.length === 0) return pass(entry, `${label}: no statement allows every principal without a restricting condition.`);
      return fail(entry, `${label}: key policy statement(s) ${names.join(', ')} allow any AWS principal without an account or organization condition.`);
    });
  },
});
