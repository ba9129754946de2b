import { accountArn, defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';
import { hasRootUser } from '../../src/rules/accounts.js';

export default defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'The root user has MFA (hardware MFA preferred)',
  controlArea: 'user-accounts',
  severity: 'critical',
  nist: {
    sp800_53r5: ['IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    sp800_171r2: ['3.5.3', '3.1.1', '3.1.2'],
    sp800_171r3: ['03.05.03', '03.01.01'],
  },
  needs: ['iamCredentialReport', 'iamAccountSummary', 'iamVirtualMfaDevices'],
  rationale:
    'The root user can read every object, disable every log and delete every key in the account, and no IAM policy can restrict it. If its password is the only thing standing between an attacker and the controlled-access data, one leaked password exposes everything.',
  remediation: {
    summary:
      'Sign in as root and assign an MFA device (a FIDO key is preferred). A hardware or FIDO security key is preferred over a virtual authenticator app; or remove the root credentials centrally with AWS Organizations root access management.',
    cli: 'aws iam get-account-summary --query "SummaryMap.AccountMFAEnabled"  # then enable MFA for root in the console (Security credentials page)',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  evaluate({ iamCredentialReport, iamAccountSummary, iamVirtualMfaDevices }, { account }) {
    const target = accountArn(account);
    if (!hasRootUser(account.partition)) {
      return [notApplicable(target, `Partition ${account.partition} has no root user with console credentials.`)];
    }
    return iamCredentialReport.map((report) => {
      const root = report.rows.find((row) => row.isRoot);
      if (!root) {
        return error(target, 'The credential report has no <root_account> row, so root MFA could not be verified.');
      }
      const summary = iamAccountSummary[0];
      // The account summary is live; the credential report may be up to 4 hours old. Prefer the live value.
      const hasMfa = summary ? summary.accountMfaEnabled : root.mfaActive;
      const source = summary ? 'GetAccountSummary' : 'the credential report';
      const hasKeys = root.accessKey1Active || root.accessKey2Active;
      // `not_supported` (null) on the root row means root has a password unless it was removed centrally.
      const hasPassword = root.passwordEnabled !== false;
      if (!hasMfa) {
        if (!hasPassword && !hasKeys) {
          return pass(target, 'The root user has no password and no access keys (root credentials removed), so it cannot sign in without MFA.');
        }
        return fail(target, `The root user has no MFA device (per ${source}) while it has ${hasKeys ? 'active access keys' : 'a password'}.`);
      }
      const virtualDevice = iamVirtualMfaDevices.find((device) => device.userArn?.endsWith(':root'));
      if (virtualDevice) {
        return fail(
          target,
          `The root user's MFA is a virtual device (${virtualDevice.serialNumber}), not a hardware or FIDO security key.`,
          'medium',
        );
      }
      return pass(target, 'The root user has a hardware MFA device (no virtual MFA device is assigned to root).');
    });
  },
});
