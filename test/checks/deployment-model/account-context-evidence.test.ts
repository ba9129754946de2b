import { describe, expect, it } from 'vitest';
import check from '../../../checks/deployment-model/account-context-evidence.js';
import { evaluateCheck } from '../../../src/evaluate.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { ACCOUNT_ARN, aMembership, anAliases, aRegion, STANDALONE } from '../../helpers/account.js';
import { aFailure, anInventory, NOW, run, statuses } from '../../helpers/inventory.js';

const regions = [aRegion('us-east-1'), aRegion('us-west-2'), aRegion('af-south-1', 'not-opted-in'), aRegion('eu-south-1', 'opted-in')];

describe('account-context-evidence', () => {
  it.each([
    ['an organization member with an alias', anAliases('genlab-research'), aMembership(), [/alias genlab-research/, /member of organization o-abc123 \(feature set ALL, management account 999999999999\)/]],
    ['a standalone account without alias', anAliases(), STANDALONE, [/alias \(none\)/, /standalone account/]],
    ['the management account itself', anAliases('mgmt'), aMembership({ managementAccountId: '123456789012' }), [/management account 123456789012, this account/]],
  ])('%s → one informational pass carrying the evidence', (_name, aliases, membership, messages) => {
    const results = run(check, { accountAliases: [aliases], organization: [membership], accountRegions: regions });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[ACCOUNT_ARN, 'pass', 'informational']]);
    for (const message of messages) expect(results[0]?.message).toMatch(message);
    expect(results[0]?.message).toMatch(/3 enabled regions: eu-south-1, us-east-1, us-west-2|3 enabled regions: us-east-1, us-west-2, eu-south-1/);
    expect(results[0]?.message).toMatch(/1 opt-in regions not enabled/);
  });

  it('takes the partition from the caller ARN (GovCloud)', () => {
    const account = { id: '123456789012', partition: 'aws-us-gov', callerArn: 'arn:aws-us-gov:sts::123456789012:assumed-role/audit/ci' };
    const inventory = anInventory({ accountAliases: [anAliases()], organization: [STANDALONE], accountRegions: [aRegion('us-gov-west-1')] }, { account });
    const results = evaluateCheck(check, inventory, { account, regions: ['us-gov-west-1'], settings: DEFAULT_SETTINGS, now: NOW });
    expect(results[0]?.message).toMatch(/partition aws-us-gov \(GovCloud\)/);
    expect(results[0]?.message).toMatch(/scanned as arn:aws-us-gov:sts/);
  });

  it('never passes when part of the evidence could not be collected', () => {
    const results = run(check, {
      accountAliases: [anAliases('genlab')],
      organization: { items: [], failures: [aFailure({ api: 'organizations.DescribeOrganization', action: 'organizations:DescribeOrganization', code: 'AccessDeniedException' })] },
      accountRegions: regions,
    });
    expect(statuses(results)).not.toContain('pass');
    expect(statuses(results)).toContain('error');
    expect(results.map((r) => r.message).join(' ')).toMatch(/organizations:DescribeOrganization/);
  });
});
