import { accountArn, defineCheck, fail, notApplicable, pass } from '../../src/model/check.js';
import { PARTITIONS_WITHOUT_ALTERNATE_CONTACTS } from '../../src/rules/accounts.js';

export default defineCheck({
  id: 'account-security-contact-registered',
  title: 'A security alternate contact is registered for the account',
  controlArea: 'deployment-model',
  severity: 'low',
  nist: { sp800_53r5: ['IR-6', 'IR-7'], sp800_171r2: ['3.6.1', '3.6.2'], sp800_171r3: ['03.06.01', '03.06.02'] },
  needs: ['accountSecurityContact'],
  rationale:
    'When AWS sees abuse or a compromise in the account it writes to the security contact. Without one, the warning reaches whoever holds the root e-mail, which may delay the incident report NIH expects.',
  remediation: {
    summary:
      'Register a monitored security mailbox as the SECURITY alternate contact. Use the institution’s security team (a shared mailbox), not one person.',
    cli: 'aws account get-alternate-contact --alternate-contact-type SECURITY; aws account put-alternate-contact --alternate-contact-type SECURITY --name NAME --title TITLE --email-address EMAIL --phone-number PHONE  # replaces the current SECURITY contact, if any: read it first',
    docUrl: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
  },
  evaluate({ accountSecurityContact }, { account }) {
    if (PARTITIONS_WITHOUT_ALTERNATE_CONTACTS.has(account.partition)) {
      return [notApplicable(accountArn(account), `Alternate contacts are not offered in the ${account.partition} partition.`)];
    }
    return accountSecurityContact.map((contact) =>
      contact.isRegistered
        ? pass(contact, `A security contact is registered${contact.name ? `: ${contact.name}${contact.title ? ` (${contact.title})` : ''}` : ''}.`)
        : fail(contact, 'No SECURITY alternate contact is registered (ResourceNotFoundException).'),
    );
  },
});
