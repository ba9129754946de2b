import { defineCheck, fail, pass } from '../../src/model/check.js';

/** The account a RAM principal belongs to: an account id, or the account of an IAM role or user ARN. */
function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  const match = /^arn:[^:]+:iam::(\d{12}):/.exec(principal);
  return match?.[1];
}

export default defineCheck({
  id: 'ram-shares-within-organization',
  title: 'AWS RAM resource shares reach no principal outside the organization and the allow-list',
  controlArea: 'authorizing-access',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'AC-21', 'AC-20'], sp800_171r2: ['3.1.1', '3.1.20'], sp800_171r3: ['03.01.02', '03.01.20'] },
  needs: ['ramResourceShares'],
  rationale:
    'A resource share hands subnets, databases, catalogs or license configurations to other accounts; with allowExternalPrincipals on, those may be accounts outside the organization, beyond its SCPs and the data use agreement. RAM marks each principal that is outside the owner’s organization (ListPrincipals `external`); those not in settings.allowedAccounts fail.',
  remediation: {
    summary:
      'Remove unapproved external principals from the share. Disassociate the principal, then set allowExternalPrincipals to false so the share stays inside the organization.',
    cli: 'aws ram disassociate-resource-share --resource-share-arn SHARE_ARN --principals PRINCIPAL && aws ram update-resource-share --resource-share-arn SHARE_ARN --no-allow-external-principals  # the principal loses access to the shared resources',
    docUrl: 'https://docs.aws.amazon.com/ram/latest/userguide/working-with-sharing-update.html',
  },
  evaluate({ ramResourceShares }, { account, settings }) {
    const allowed = new Set([account.id, ...settings.allowedAccounts]);
    return ramResourceShares.map((share) => {
      const label = `Resource share ${share.name}`;
      // Service principals (…amazonaws.com) act for AWS services, not for another customer.
      const outside = share.principals.filter((principal) => principal.external && !principal.id.endsWith('.amazonaws.com')).filter((principal) => {
        const owner = accountOf(principal.id);
        return owner === undefined || !allowed.has(owner);
      });
      if (outside.length > 0) return fail(share, `${label} is shared outside the organization with ${outside.map((principal) => principal.id).join(', ')} (not in allowedAccounts).`);
      if (!share.allowExternalPrincipals) return pass(share, `${label} allows only principals of the organization (${share.principals.length} principal${share.principals.length === 1 ? '' : 's'}).`);
      const external = share.principals.filter((principal) => principal.external);
      return pass(share, `${label} allows external principals, but ${external.length > 0 ? `its external ones are allow-listed (${external.map((principal) => principal.id).join(', ')})` : 'shares with none outside the organization'}.`);
    });
  },
});
