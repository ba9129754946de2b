import { accountArn, defineCheck, fail, notApplicable, pass } from '../../src/model/check.js';
import type { PasswordPolicySettings } from '../../src/model/items/iam.js';
import type { Settings } from '../../src/model/settings.js';

/** The requirements the policy misses, in words. */
function shortfalls(policy: PasswordPolicySettings, wanted: Settings['passwordPolicy']): string[] {
  const missing: string[] = [];
  const length = policy.minimumPasswordLength ?? 0;
  if (length < wanted.minimumLength) missing.push(`minimum length ${length} < ${wanted.minimumLength}`);
  if (!policy.requireSymbols) missing.push('symbols not required');
  if (!policy.requireNumbers) missing.push('numbers not required');
  if (!policy.requireUppercaseCharacters) missing.push('uppercase letters not required');
  if (!policy.requireLowercaseCharacters) missing.push('lowercase letters not required');
  const reuse = policy.passwordReusePrevention ?? 0;
  if (reuse < wanted.reusePrevention) missing.push(`reuse prevention ${reuse} < ${wanted.reusePrevention}`);
  if (wanted.maxAgeDays !== null) {
    if (policy.maxPasswordAge === undefined) missing.push(`passwords never expire (maximum age ${wanted.maxAgeDays} days required)`);
    else if (policy.maxPasswordAge > wanted.maxAgeDays) missing.push(`maximum age ${policy.maxPasswordAge} > ${wanted.maxAgeDays} days`);
  }
  return missing;
}

export default defineCheck({
  id: 'iam-password-policy-strong',
  title: 'The account password policy meets the complexity, reuse and age settings',
  controlArea: 'user-accounts',
  severity: 'medium',
  nist: { sp800_53r5: ['IA-5', 'IA-5(1)'], sp800_171r2: ['3.5.7', '3.5.8', '3.5.9', '3.5.10'], sp800_171r3: ['03.05.07'] },
  needs: ['iamPasswordPolicy', 'iamCredentialReport'],
  rationale:
    'IAM users who sign in with a password are only as safe as the weakest password the account accepts. Without a policy AWS accepts short, reused passwords, which guessing and credential-stuffing attacks defeat quickly.',
  remediation: {
    summary:
      'Set a strong account password policy, or use IAM Identity Center. Use the configured minimum length, all character classes and reuse prevention, and a maximum age only if your SSP requires expiry; better still, move people to IAM Identity Center with the institutional IdP.',
    cli: 'aws iam get-account-password-policy; aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --password-reuse-prevention 24 --allow-users-to-change-password  # every option not given returns to its default: carry over what you keep from the current policy (e.g. --max-password-age)',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  evaluate({ iamPasswordPolicy, iamCredentialReport }, { account, settings }) {
    const entry = iamPasswordPolicy[0];
    if (!entry) return [];
    const target = accountArn(account);
    const policy = entry.policy;
    const problems = policy ? shortfalls(policy, settings.passwordPolicy) : ['no password policy is set (the weak AWS default applies)'];
    // Only decide "nobody uses passwords" from a report we actually have; a missing report is the runner's error.
    const passwordUsers = iamCredentialReport.flatMap((report) => report.rows).filter((row) => !row.isRoot && row.passwordEnabled === true);
    if (iamCredentialReport.length > 0 && passwordUsers.length === 0) {
      const state = problems.length === 0 ? 'meets the settings' : `would fall short: ${problems.join('; ')}`;
      return [notApplicable(target, `No IAM user has a console password; the account password policy ${state}.`)];
    }
    if (problems.length === 0) return [pass(target, 'The account password policy meets the configured length, complexity, reuse and age settings.')];
    return [fail(target, `The account password policy falls short (${passwordUsers.length} IAM user(s) have passwords): ${problems.join('; ')}.`)];
  },
});
