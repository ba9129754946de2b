import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/securityhub-enabled.js';
import type { SecurityHubStatus } from '../../../src/model/items/securityhub.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aHub, aStandard } from '../../helpers/securityhub.js';

const regions = ['us-east-1', 'us-west-2'];
const FSBP = 'aws-foundational-security-best-practices/v/1.0.0';
const NIST = 'nist-800-53/v/5.0.0';

describe('securityhub-enabled', () => {
  // A standard runs its controls only when READY (API_StandardsSubscription: PENDING | READY | FAILED | DELETING | INCOMPLETE).
  it.each<[string, SecurityHubStatus[], string[]]>([
    ['a READY standard in both regions', [aHub('us-east-1'), aHub('us-west-2')], ['pass', 'pass']],
    ['the hub in one region only', [aHub('us-east-1'), aHub('us-west-2', null, false)], ['pass', 'fail']],
    ['not subscribed anywhere', [aHub('us-east-1', null, false), aHub('us-west-2', null, false)], ['fail', 'fail']],
    ['enabled without any standard', [aHub('us-east-1', []), aHub('us-west-2')], ['fail', 'pass']],
    ['its only standard INCOMPLETE', [aHub('us-east-1', [aStandard(NIST, 'INCOMPLETE', 'NO_AVAILABLE_CONFIGURATION_RECORDER')]), aHub('us-west-2')], ['fail', 'pass']],
    ['its only standard FAILED', [aHub('us-east-1', [aStandard(NIST, 'FAILED')]), aHub('us-west-2')], ['fail', 'pass']],
    ['its only standard PENDING', [aHub('us-east-1', [aStandard(FSBP, 'PENDING')]), aHub('us-west-2')], ['fail', 'pass']],
    ['one READY and one INCOMPLETE standard', [aHub('us-east-1', [aStandard(FSBP), aStandard(NIST, 'INCOMPLETE')]), aHub('us-west-2')], ['pass', 'pass']],
  ])('%s → %j', (_name, hubs, expected) => {
    const results = run(check, { securityHubStatus: hubs }, { regions });
    expect(statuses(results)).toEqual(expected);
    expect(results.map((result) => [result.resourceArn, result.region])).toEqual(
      regions.map((region) => [`arn:aws:securityhub:${region}:123456789012:hub/default`, region]),
    );
  });

  it('names the READY standards in a pass, and the ones that are not ready with their reason', () => {
    const [result] = run(check, { securityHubStatus: [aHub('us-east-1', [aStandard(FSBP), aStandard(NIST, 'INCOMPLETE', 'NO_AVAILABLE_CONFIGURATION_RECORDER')])] });
    expect(result?.message).toBe(`Security Hub in us-east-1 runs ${FSBP}. Not ready: ${NIST} (INCOMPLETE: NO_AVAILABLE_CONFIGURATION_RECORDER).`);
  });

  it('names every standard that is not READY in a fail', () => {
    const [result] = run(check, { securityHubStatus: [aHub('us-east-1', [aStandard(FSBP, 'FAILED'), aStandard(NIST, 'DELETING')])] });
    expect(result?.message).toContain(`${FSBP} (FAILED), ${NIST} (DELETING)`);
  });

  it('is not applicable when no region is in scope', () => {
    expect(statuses(run(check, { securityHubStatus: [] }, { regions: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied DescribeHub into an error for that region naming securityhub:DescribeHub, never a fail', () => {
    const results = run(
      check,
      {
        securityHubStatus: {
          items: [aHub('us-east-1')],
          failures: [aFailure({ api: 'securityhub.DescribeHub', action: 'securityhub:DescribeHub', code: 'AccessDeniedException', region: 'us-west-2' })],
        },
      },
      { regions },
    );
    expect(statuses(results)).toEqual(['pass', 'error']);
    expect(results[1]?.resourceArn).toBe('arn:aws:securityhub:us-west-2:123456789012:hub/default');
    expect(results[1]?.message).toContain('securityhub:DescribeHub');
  });

  it('turns standards that could not be read into an error naming securityhub:GetEnabledStandards', () => {
    const arn = 'arn:aws:securityhub:us-east-1:123456789012:hub/default';
    const results = run(check, {
      securityHubStatus: {
        items: [aHub('us-east-1', null)],
        failures: [aFailure({ api: 'securityhub.GetEnabledStandards', action: 'securityhub:GetEnabledStandards', code: 'AccessDeniedException', resourceArn: arn })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('securityhub:GetEnabledStandards');
  });
});
