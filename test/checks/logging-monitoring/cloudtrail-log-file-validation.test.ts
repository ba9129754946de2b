import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/cloudtrail-log-file-validation.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';

describe('cloudtrail-log-file-validation', () => {
  it.each([
    ['validation on', { logFileValidation: true }, 'pass'],
    ['validation off', { logFileValidation: false }, 'fail'],
    ['validation off on a trail that is not logging', { logFileValidation: false, status: { isLogging: false } }, 'fail'],
  ])('%s → %s', (_name, overrides, expected) => {
    const results = run(check, { cloudtrailTrails: [aTrail('main', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:cloudtrail:us-east-1:123456789012:trail/main');
    expect(results[0]?.message).toMatch(/main/);
  });

  it('evaluates every trail and points organization trails to the management account', () => {
    const results = run(check, { cloudtrailTrails: [aTrail('a'), aTrail('org', { isOrganization: true, logFileValidation: false })] });
    expect(statuses(results)).toEqual(['pass', 'fail']);
    expect(results[1]?.message).toMatch(/management account/);
  });

  it('is not applicable without trails', () => {
    expect(statuses(run(check, { cloudtrailTrails: [] }))).toEqual(['not_applicable']);
  });

  it('is an error, not a pass, for the region whose DescribeTrails failed', () => {
    const results = run(check, {
      cloudtrailTrails: { items: [aTrail('main')], failures: [aFailure({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/cloudtrail:DescribeTrails/);
  });
});
