import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/regions-enabled-outside-allowlist.js';
import { aRegion } from '../../helpers/account.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const allowed = { allowedRegions: ['us-east-1', 'eu-south-1'] };

describe('regions-enabled-outside-allowlist', () => {
  it.each([
    ['an opt-in region enabled outside the list', aRegion('ap-east-1', 'opted-in'), 'fail'],
    ['an opt-in region enabled and allowed', aRegion('eu-south-1', 'opted-in'), 'pass'],
    ['an opt-in region not enabled', aRegion('af-south-1', 'not-opted-in'), 'pass'],
  ])('%s → %s', (_name, region, expected) => {
    const results = run(check, { accountRegions: [region] }, { settings: allowed });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[region.arn, expected, 'low']]);
  });

  it('leaves default regions (which cannot be disabled) to the SCP check', () => {
    expect(statuses(run(check, { accountRegions: [aRegion('us-west-2'), aRegion('us-east-1')] }, { settings: allowed }))).toEqual(['not_applicable']);
  });

  it('is not applicable, with the reason, when no allow-list is configured', () => {
    const results = run(check, { accountRegions: [aRegion('ap-east-1', 'opted-in')] });
    expect(statuses(results)).toEqual(['not_applicable']);
    expect(results[0]?.message).toMatch(/No allowedRegions/);
  });

  it('errors when DescribeRegions was denied', () => {
    const results = run(
      check,
      { accountRegions: { items: [], failures: [aFailure({ api: 'ec2.DescribeRegions', action: 'ec2:DescribeRegions', code: 'UnauthorizedOperation' })] } },
      { settings: allowed },
    );
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:DescribeRegions/);
  });
});
