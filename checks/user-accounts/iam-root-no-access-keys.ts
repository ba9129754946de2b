import { accountArn, defineCheck, error, fail, notApplicable, pass, unknownError } from '../../src/model/check.js';
import { hasRootUser } from '../../src/rules/accounts.js';

export default defineCheck({
  id: 'iam-root-no-access-keys',
  title: 'The root user has no access keys',
  controlArea: 'user-accounts',
  severity: 'critical',
  nist: {
    sp800_53r5: ['AC-6', 'AC-6(2)', 'AC-6(10)', 'IA-2', 'IA-4'],
    sp800_171r2: ['3.1.5', '3.1.6', '3.1.7'],
    sp800_171r3: ['03.01.05', '03.01.06', '03.01.07'],
  },
  needs: ['iamCredentialReport', 'iamAccountSummary'],
  rationale:
    'A root access key is an unrestricted, long-lived credential that MFA does not protect and no policy can limit. Once it sits in a script or a laptop, anyone who copies it owns the account and every dataset in it.',
  remediation: {
    summary:
      'Delete the root user’s access keys; use IAM roles for automation. Sign in as root and delete them on the Security credentials page (deactivate them first if you must confirm that nothing uses them).',
    cli: 'aws iam get-account-summary --query "SummaryMap.AccountAccessKeysPresent"  # delete root keys from the root Security credentials page',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  // Two readings of one fact: the credential report's root row (up to four hours old) and the live account summary.
  // Either showing a key is a certain failure; the summary alone decides "no keys"; one reading missing is one
  // result, never a pass beside an error.
  judgesFailuresOf: ['iamCredentialReport', 'iamAccountSummary'],
  evaluate({ iamCredentialReport, iamAccountSummary }, { account, failures }) {
    const target = accountArn(account);
    const reportFailures = failures.iamCredentialReport ?? [];
    const summaryFailures = failures.iamAccountSummary ?? [];
    const summary = iamAccountSummary[0];
    const root = iamCredentialReport.flatMap((report) => report.rows).find((row) => row.isRoot);
    const unread = reportFailures.length > 0 ? ' (the credential report could not be read)' : summaryFailures.length > 0 ? ' (the account summary could not be read)' : '';
    const activeKeys = root ? [root.accessKey1Active ? 'access key 1' : '', root.accessKey2Active ? 'access key 2' : ''].filter(Boolean) : [];
    if (activeKeys.length > 0) {
      const lastUsed = [root?.accessKey1LastUsed, root?.accessKey2LastUsed].filter(Boolean).join(', ');
      return [fail(target, `The root user has active ${activeKeys.join(' and ')}${lastUsed ? ` (last used ${lastUsed})` : ''}${unread}.`)];
    }
    if (summary?.accountAccessKeysPresent) {
      return [fail(target, `GetAccountSummary reports root access keys present (AccountAccessKeysPresent = 1)${unread}.`)];
    }
    if (summary) return [pass(target, `The root user has no access keys (${root ? 'credential report and account summary' : 'account summary'})${unread}.`)];
    // Without the live summary, a clean report row may be up to four hours old: not enough for a pass.
    if (summaryFailures.length > 0) return [unknownError(target, 'Whether the root user has access keys', [...summaryFailures, ...reportFailures])];
    if (reportFailures.length > 0) return [unknownError(target, 'Whether the root user has access keys', reportFailures)];
    if (!root) {
      if (!hasRootUser(account.partition)) return [notApplicable(target, `Partition ${account.partition} has no root user.`)];
      if (iamCredentialReport.length === 0) return [];
      return [error(target, 'The credential report has no <root_account> row and the account summary is unavailable.')];
    }
    return [pass(target, 'The root user has no access keys (credential report).')];
  },
});
