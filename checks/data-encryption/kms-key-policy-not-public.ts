import { defineCheck, error, fail, pass, unknownError } from '../../src/model/check.js';
import { isUnknown } from '../../src/model/failure.js';
import { describeAnswer, keyPolicyPublicAccess, parsePolicy } from '../../src/rules/iam-policy/index.js';

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
  evaluate({ kmsKeyPolicies }, { account, now }) {
    return kmsKeyPolicies.map((entry) => {
      const label = `KMS key ${entry.keyId}`;
      if (isUnknown(entry.policy)) return unknownError(entry, `Whether ${label}'s policy admits other accounts`, [entry.policy.unknown]);
      const policy = parsePolicy(entry.policy);
      if (!policy) return error(entry, `${label}: the key policy could not be parsed.`);
      const { answer } = keyPolicyPublicAccess(policy, entry.arn, { account, now });
      if (answer.verdict === 'denied') return pass(entry, `${label}: no principal of an account the policy does not name can use the key.`);
      if (answer.verdict === 'unknown') return error(entry, `${label}: whether the key policy admits other accounts is unknown: ${describeAnswer(answer)}.`);
      return fail(entry, `${label}'s policy admits any AWS account: ${describeAnswer(answer)}.`);
    });
  },
});
