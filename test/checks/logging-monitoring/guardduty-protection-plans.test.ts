import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/guardduty-protection-plans.js';
import { aDetector } from '../../helpers/guardduty.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';

const ALL_ON = { S3_DATA_EVENTS: 'ENABLED', EBS_MALWARE_PROTECTION: 'ENABLED', RDS_LOGIN_EVENTS: 'ENABLED' };
const regions = ['us-east-1'];

describe('guardduty-protection-plans', () => {
  it('passes a detector running every plan', () => {
    expect(statuses(run(check, { guardDutyDetectors: [aDetector('us-east-1', { features: ALL_ON })] }, { regions }))).toEqual(['pass']);
  });

  it.each([
    ['S3 Protection off (medium)', { ...ALL_ON, S3_DATA_EVENTS: 'DISABLED' }, 'medium', /S3_DATA_EVENTS\) is DISABLED/],
    ['EBS malware protection not reported (low)', { S3_DATA_EVENTS: 'ENABLED', RDS_LOGIN_EVENTS: 'ENABLED' }, 'low', /EBS_MALWARE_PROTECTION\) is not reported/],
    ['RDS protection off (low)', { ...ALL_ON, RDS_LOGIN_EVENTS: 'DISABLED' }, 'low', /RDS_LOGIN_EVENTS/],
    ['no plan reported at all (medium)', {}, 'medium', /S3 Protection/],
  ])('fails when %s', (_name, features, severity, message) => {
    const [result] = run(check, { guardDutyDetectors: [aDetector('us-east-1', { features })] }, { regions });
    expect(result?.status).toBe('fail');
    expect(result?.severity).toBe(severity);
    expect(result?.message).toMatch(message);
  });

  it('is not applicable where no detector is enabled (guardduty-enabled fails there), so one concern is reported once', () => {
    const detectors = [aDetector('us-east-1', { status: 'DISABLED', features: {} })];
    expect(statuses(run(check, { guardDutyDetectors: detectors }, { regions }))).toEqual(['not_applicable']);
  });

  it('is an error naming guardduty:GetDetector where a listed detector could not be read (it may be enabled with plans off)', () => {
    const denied = { api: 'guardduty.GetDetector', action: 'guardduty:GetDetector', code: 'AccessDeniedException', region: 'us-east-1' };
    const unread = aDetector('us-east-1', { status: anUnknown('status', denied), features: anUnknown('features', denied) });
    const results = run(check, { guardDutyDetectors: [unread] }, { regions });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/guardduty:GetDetector/);
  });

  it('is an error, never a pass, where the detector could not be read', () => {
    const results = run(
      check,
      { guardDutyDetectors: { items: [], failures: [aFailure({ api: 'guardduty.GetDetector', action: 'guardduty:GetDetector', code: 'AccessDeniedException', region: 'us-east-1' })] } },
      { regions },
    );
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/guardduty:GetDetector/);
  });
});
