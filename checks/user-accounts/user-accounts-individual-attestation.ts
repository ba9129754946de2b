import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'user-accounts-individual-attestation',
  title: 'Every person with access has an individual named account, with MFA at the identity provider',
  controlArea: 'user-accounts',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-2', 'IA-2', 'IA-2(1)', 'IA-2(2)', 'IA-5'],
    sp800_171r2: ['3.1.1', '3.5.1', '3.5.2', '3.5.3'],
    sp800_171r3: ['03.01.01', '03.05.01', '03.05.02', '03.05.03'],
  },
  needs: [],
  kind: 'manual',
  rationale:
    'The credential report can show that accounts have MFA and fresh keys, but not that each account belongs to exactly one approved person, nor how federated users (IAM Identity Center, SAML) sign in. Shared logins make every access to controlled data unattributable.',
  remediation: {
    summary:
      'Attach the list of IAM users and Identity Center users/groups mapped one-to-one to named DAC-approved people, a statement that no account or credential is shared, and the identity provider settings showing MFA and the password policy enforced for federated users.',
  },
  evaluate: (_items, { account }) => [
    manual(
      accountArn(account),
      'Attest that each IAM user and each federated (Identity Center/SAML) identity belongs to one named, DAC-approved person, that no credential is shared, and that the identity provider enforces MFA and a password policy for federated users.',
    ),
  ],
});
