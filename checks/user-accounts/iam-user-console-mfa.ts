import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'iam-user-console-mfa',
  title: 'Every IAM user with a console password has MFA',
  controlArea: 'user-accounts',
  severity: 'high',
  nist: { sp800_53r5: ['IA-2(1)', 'IA-2(2)'], sp800_171r2: ['3.5.3', '3.1.1', '3.1.2'], sp800_171r3: ['03.05.03'] },
  needs: ['iamCredentialReport'],
  rationale:
    'A password alone is one phish away from the data. NIST SP 800-171 requires multi-factor authentication for network access to privileged and non-privileged accounts.',
  remediation: {
    summary:
      'Enable MFA for each console user, or remove their console password. Federated (IAM Identity Center/SAML) users are not in this report: attest MFA at the identity provider.',
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name USER --serial-number arn:aws:iam::ACCOUNT:mfa/USER --authentication-code1 CODE1 --authentication-code2 CODE2  # adds an MFA device; qr.png holds its secret: delete it once the user has scanned it',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  },
  evaluate({ iamCredentialReport }) {
    return iamCredentialReport.flatMap((report) =>
      report.rows
        .filter((row) => !row.isRoot && row.passwordEnabled === true)
        .map((row) =>
          row.mfaActive
            ? pass(row.arn, `IAM user ${row.user} has console access and an active MFA device.`)
            : fail(row.arn, `IAM user ${row.user} has a console password but no active MFA device.`),
        ),
    );
  },
});
