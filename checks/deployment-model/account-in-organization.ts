import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'account-in-organization',
  title: 'The account is governed by an AWS Organization with all features enabled',
  controlArea: 'deployment-model',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-2', 'CM-3(3)', 'CM-6', 'CM-9'], sp800_171r2: ['3.4.1', '3.4.2'], sp800_171r3: ['03.04.01', '03.04.02'] },
  needs: ['organization'],
  rationale:
    'An organization lets the institution apply guard rails (region and service restrictions, mandatory logging) that no one inside the lab account can turn off. A standalone account depends entirely on the discipline of its own administrators.',
  remediation: {
    summary:
      'Invite the account into the institution’s AWS Organization. Then have the organization enable all features so service control policies can apply (from the management account: it cannot be undone, and invited member accounts must approve it).',
    cli: 'aws organizations invite-account-to-organization --target Id=ACCOUNT_ID,Type=ACCOUNT  # from the management account; nothing changes until the account accepts the handshake',
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html',
  },
  evaluate({ organization }) {
    return organization.map((membership) => {
      if (!membership.isMember) return fail(membership, 'The account is standalone: it belongs to no AWS Organization (AWSOrganizationsNotInUseException).');
      const label = `The account is in organization ${membership.organizationId ?? 'unknown'}`;
      if (membership.featureSet !== 'ALL')
        return fail(membership, `${label}, whose feature set is ${membership.featureSet ?? 'unknown'}: service control policies cannot apply.`, 'low');
      return pass(membership, `${label} with all features enabled (management account ${membership.managementAccountId ?? 'unknown'}).`);
    });
  },
});
