import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/guardduty-enabled.js';
import type { GuardDutyDetector } from '../../../src/model/items/guardduty.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aDetector } from '../../helpers/guardduty.js';

const regions = ['us-east-1', 'us-west-2'];

describe('guardduty-enabled', () => {
  it.each<[string, GuardDutyDetector[], string[]]>([
    ['enabled with S3 Protection in both regions', [aDetector('us-east-1'), aDetector('us-west-2')], ['pass', 'pass']],
    ['no detector in us-west-2', [aDetector('us-east-1')], ['pass', 'fail']],
    ['no detector anywhere', [], ['fail', 'fail']],
    ['a suspended detector', [aDetector('us-east-1', { status: 'DISABLED' }), aDetector('us-west-2')], ['fail', 'pass']],
    ['S3 Protection off: a protection plan, judged by guardduty-protection-plans', [aDetector('us-east-1', { features: { S3_DATA_EVENTS: 'DISABLED' } }), aDetector('us-west-2')], ['pass', 'pass']],
    ['one suspended and one enabled detector in a region', [aDetector('us-east-1', { status: 'DISABLED' }), aDetector('us-east-1', { detectorId: 'd2' }), aDetector('us-west-2')], ['pass', 'pass']],
  ])('%s → %j', (_name, detectors, expected) => {
    const results = run(check, { guardDutyDetectors: detectors }, { regions });
    expect(statuses(results)).toEqual(expected);
    expect(results.map((result) => result.resourceArn)).toEqual(regions.map((region) => `arn:aws:guardduty:${region}:123456789012:account`));
  });

  it('turns an unreadable region into an error, never a "no detector" fail', () => {
    const results = run(
      check,
      { guardDutyDetectors: { items: [aDetector('us-east-1')], failures: [aFailure({ api: 'guardduty.GetDetector', action: 'guardduty:GetDetector', code: 'AccessDeniedException', region: 'us-west-2' })] } },
      { regions },
    );
    expect(statuses(results)).toEqual(['pass', 'error']);
    expect(results[1]?.message).toMatch(/guardduty:GetDetector/);
  });

  it('is an error naming guardduty:GetDetector for a listed detector whose details could not be read, and a pass beside an enabled one', () => {
    const arn = 'arn:aws:guardduty:us-west-2:123456789012:detector/d-unread';
    const denied = { api: 'guardduty.GetDetector', action: 'guardduty:GetDetector', code: 'AccessDeniedException', region: 'us-west-2', resourceArn: arn };
    const unread = aDetector('us-west-2', { detectorId: 'd-unread', arn, status: anUnknown('status', denied), features: anUnknown('features', denied) });
    const results = run(check, { guardDutyDetectors: { items: [aDetector('us-east-1'), unread], failures: [(unread.status as { unknown: never }).unknown] } }, { regions });
    expect(statuses(results)).toEqual(['pass', 'error']);
    expect(results[1]?.message).toMatch(/guardduty:GetDetector/);
    const beside = run(check, { guardDutyDetectors: [aDetector('us-west-2', { detectorId: 'd2' }), unread, aDetector('us-east-1')] }, { regions });
    expect(statuses(beside)).toEqual(['pass', 'pass']);
  });

  it('is not applicable when no region is in scope', () => {
    expect(statuses(run(check, { guardDutyDetectors: [] }, { regions: [] }))).toEqual(['not_applicable']);
  });
});
