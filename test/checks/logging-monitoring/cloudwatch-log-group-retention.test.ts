import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/cloudwatch-log-group-retention.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aLogGroup } from '../../helpers/cloudwatch.js';

describe('cloudwatch-log-group-retention', () => {
  it.each([
    ['never expire', undefined, 365, 'pass'],
    ['exactly the minimum', 365, 365, 'pass'],
    ['longer than the minimum', 3653, 365, 'pass'],
    ['one day short', 180, 365, 'fail'],
    ['one week', 7, 365, 'fail'],
    ['90 days with a 90-day threshold', 90, 90, 'pass'],
  ])('%s (%s days, minimum %s) → %s', (_name, retentionInDays, minimum, expected) => {
    const group = aLogGroup('app', retentionInDays === undefined ? {} : { retentionInDays });
    if (retentionInDays === undefined) delete group.retentionInDays; // the builder defaults to 365 days
    const results = run(check, { cloudwatchLogGroups: [group] }, { settings: { thresholds: { ...DEFAULT_SETTINGS.thresholds, logRetentionDays: minimum } } });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe('arn:aws:logs:us-east-1:123456789012:log-group:app');
  });

  it('names the group, its retention and the minimum', () => {
    const [result] = run(check, { cloudwatchLogGroups: [aLogGroup('/aws/lambda/etl', { retentionInDays: 30 })] });
    expect(result?.message).toBe('Log group /aws/lambda/etl keeps events for only 30 days (minimum 365).');
  });

  it('is not applicable without log groups', () => {
    expect(statuses(run(check, { cloudwatchLogGroups: [] }))).toEqual(['not_applicable']);
  });

  it('is an error for a region whose log groups could not be listed', () => {
    const results = run(check, {
      cloudwatchLogGroups: { items: [], failures: [aFailure({ api: 'logs.DescribeLogGroups', action: 'logs:DescribeLogGroups', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/logs:DescribeLogGroups/);
  });
});
