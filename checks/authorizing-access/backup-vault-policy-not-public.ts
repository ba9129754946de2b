import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { vaultPolicyPublicAccess } from '../../src/rules/backup-vaults.js';
import { describeAnswer, parsePolicy } from '../../src/rules/iam-policy/index.js';

export default defineCheck({
  id: 'backup-vault-policy-not-public',
  title: 'AWS Backup vault access policies do not grant access to every AWS account',
  controlArea: 'authorizing-access',
  severity: 'critical',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'CP-9'], sp800_171r2: ['3.1.1', '3.8.9'], sp800_171r3: ['03.01.02', '03.08.09'] },
  needs: ['backupVaultPolicies'],
  rationale:
    'A vault access policy that allows `Principal: "*"` without a condition on a value the caller cannot choose lets any AWS account copy, restore or delete recovery points, which are complete copies of the data. Whether a condition really confines the grant is asked through the IAM policy engine, never by pattern.',
  remediation: {
    summary:
      'Name the principals in the vault access policy instead of *. Keep Deny statements that protect recovery points; restrict Allow statements to named principals or to aws:PrincipalOrgID.',
    cli: 'aws backup get-backup-vault-access-policy --backup-vault-name VAULT --query Policy --output text > vault-policy.json  # edit the wildcard statement, then (it replaces the whole policy): aws backup put-backup-vault-access-policy --backup-vault-name VAULT --policy file://vault-policy.json',
    docUrl: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html',
  },
  evaluate({ backupVaultPolicies }, { account, now }) {
    return backupVaultPolicies.map((vault) => {
      const label = `Backup vault ${vault.name}`;
      // ResourceNotFoundException from GetBackupVaultAccessPolicy: the vault has no access policy, so only this
      // account's IAM policies grant access to it.
      if (vault.policy === null) return pass(vault, `${label} has no access policy, so no other account is granted access.`);
      const policy = parsePolicy(vault.policy);
      if (!policy) return error(vault, `${label}: the access policy could not be parsed.`);
      const answer = vaultPolicyPublicAccess(policy, vault.arn, { account, now });
      if (answer.verdict === 'denied') return pass(vault, `${label}: the access policy lets no principal of an account it does not name act on the vault.`);
      if (answer.verdict === 'unknown') return error(vault, `${label}: whether the access policy admits other accounts is unknown: ${describeAnswer(answer)}.`);
      return fail(vault, `${label}'s access policy admits any AWS account: ${describeAnswer(answer)}.`);
    });
  },
});
