import { partitionFromArn } from '../../src/rules/arn.js';
import { accountArn, defineCheck, error, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'account-context-evidence',
  title: 'Account, partition and organization context is recorded as evidence',
  controlArea: 'deployment-model',
  severity: 'informational',
  nist: { sp800_53r5: ['CM-8', 'PL-2'], sp800_171r2: ['3.4.1', '3.12.4'], sp800_171r3: ['03.04.10', '03.15.02'] },
  needs: ['accountAliases', 'organization', 'accountRegions'],
  rationale:
    'An evidence report must say which environment it describes: the account, whether it runs in the commercial or GovCloud partition, which organization governs it and which regions can hold data. Reviewers compare this header with the system security plan.',
  remediation: {
    summary:
      'Nothing to fix: this item records context. Set an account alias if the account has none, so reports name it recognisably.',
    cli: 'aws iam create-account-alias --account-alias ALIAS  # only when the account has no alias yet',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/console-account-alias.html',
  },
  evaluate({ accountAliases, organization, accountRegions }, { account }) {
    const target = accountArn(account);
    const membership = organization[0];
    const aliases = accountAliases[0];
    const missing = [!aliases && 'account alias', !membership && 'organization', accountRegions.length === 0 && 'regions'].filter(Boolean);
    if (!aliases || !membership || accountRegions.length === 0) {
      return [error(target, `Account context evidence is incomplete: ${missing.join(', ')} could not be read.`)];
    }
    const partition = account.callerArn ? partitionFromArn(account.callerArn) : account.partition;
    const enabled = accountRegions.filter((region) => region.optInStatus !== 'not-opted-in').map((region) => region.regionName);
    const disabledOptIn = accountRegions.filter((region) => region.optInStatus === 'not-opted-in').length;
    const organizationText = membership.isMember
      ? `member of organization ${membership.organizationId ?? 'unknown'} (feature set ${membership.featureSet ?? 'unknown'}, management account ${membership.managementAccountId ?? 'unknown'}${membership.managementAccountId === account.id ? ', this account' : ''})`
      : 'standalone account (no AWS Organization)';
    return [
      pass(
        target,
        [
          `Account ${account.id}`,
          `alias ${aliases.aliases.length > 0 ? aliases.aliases.join(', ') : '(none)'}`,
          `partition ${partition}${partition === 'aws-us-gov' ? ' (GovCloud)' : ''}`,
          ...(account.callerArn ? [`scanned as ${account.callerArn}`] : []),
          organizationText,
          `${enabled.length} enabled regions: ${enabled.join(', ')}`,
          `${disabledOptIn} opt-in regions not enabled`,
        ].join('; ') + '.',
      ),
    ];
  },
});
