import type { GuardDutyDetector } from '../../src/model/items/guardduty.js';
import { ACCOUNT } from './inventory.js';

export function aDetector(region: string, overrides: Partial<GuardDutyDetector> = {}): GuardDutyDetector {
  const detectorId = overrides.detectorId ?? `d-${region}`;
  return {
    arn: `arn:aws:guardduty:${region}:${ACCOUNT.id}:detector/${detectorId}`,
    region,
    detectorId,
    status: 'ENABLED',
    features: { CLOUD_TRAIL: 'ENABLED', S3_DATA_EVENTS: 'ENABLED' },
    ...overrides,
  };
}
