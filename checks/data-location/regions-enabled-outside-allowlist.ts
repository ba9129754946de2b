import { accountArn, defineCheck, fail, notApplicable, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'regions-enabled-outside-allowlist',
  title: 'No opt-in region is enabled outside the allowed regions',
  controlArea: 'data-location',
  severity: 'low',
  nist: { sp800_53r5: ['CM-7', 'SA-9(5)'], sp800_171r2: ['3.4.6'], sp800_171r3: ['03.04.06', '03.04.11'] },
  needs: ['accountRegions'],
  rationale:
    'Every enabled region is one more place where data can be written and where monitoring has to reach. Opt-in regions can be switched off, so those outside the allow-list should be. Default regions cannot be disabled; only an SCP can fence them.',
  remediation: {
    summary:
      'Disable the opt-in regions that are not in allowedRegions. Disable them from the account or the organization management account, and use an SCP region deny for the default regions.',
    cli: 'aws account disable-region --region-name REGION  # removes all IAM access to resources still in the region: move them out first',
    docUrl: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html',
  },
  evaluate({ accountRegions }, { account, settings }) {
    if (settings.allowedRegions.length === 0) {
      return [notApplicable(accountArn(account), 'No allowedRegions are configured, so no region is outside an allow-list.')];
    }
    const allowed = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    return accountRegions
      .filter((region) => region.optInStatus !== 'opt-in-not-required')
      .map((region) => {
        if (region.optInStatus === 'not-opted-in') return pass(region, `Opt-in region ${region.regionName} is not enabled.`);
        return allowed.has(region.regionName.toLowerCase())
          ? pass(region, `Opt-in region ${region.regionName} is enabled and allowed.`)
          : fail(region, `Opt-in region ${region.regionName} is enabled (${region.optInStatus}) but is not in allowedRegions.`);
      });
  },
});
