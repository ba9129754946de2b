import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/ec2-stopped-instances-stale.js';
import type { Ec2Instance } from '../../../src/model/items/ec2.js';
import { stoppedAt } from '../../../src/rules/dates.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anInstance } from '../../helpers/ec2.js';

// NOW is 2026-11-23T12:00Z; the default maxStoppedDays is 30.
const stopped = (reason: string | undefined, launchTime = '2026-01-01T00:00:00.000Z'): Partial<Ec2Instance> => {
  const overrides: Partial<Ec2Instance> = { state: 'stopped', launchTime };
  if (reason !== undefined) overrides.stateTransitionReason = reason;
  return overrides;
};

describe('ec2-stopped-instances-stale', () => {
  it.each<[string, Partial<Ec2Instance>, string]>([
    ['a running instance', {}, 'pass'],
    ['stopped 53 days ago', stopped('User initiated (2026-10-01 08:30:00 GMT)'), 'fail'],
    ['stopped 10 days ago', stopped('User initiated (2026-11-13 12:00:00 GMT)'), 'pass'],
    ['stopped exactly 30 days ago', stopped('User initiated (2026-10-24 12:00:00 GMT)'), 'pass'],
    ['stopped 31 days ago', stopped('User initiated (2026-10-23 11:00:00 GMT)'), 'fail'],
    ['stopped by the service long ago', stopped('Service initiated (2025-03-02 00:00:00 GMT)'), 'fail'],
    ['stopped, no timestamp, launched 5 days ago', stopped('', '2026-11-18T00:00:00.000Z'), 'pass'],
    ['stopped, no timestamp, launched long ago', stopped('Server.InternalError'), 'error'],
    ['stopped, no reason, no launch time', { state: 'stopped', launchTime: undefined }, 'error'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', overrides)] }))).toEqual([expected]);
  });

  it('names the instance, the days and the date', () => {
    const [result] = run(check, { ec2Instances: [anInstance('i-old', stopped('User initiated (2026-10-01 08:30:00 GMT)'))] });
    expect(result?.message).toBe('Instance i-old has been stopped for 53 days (since 2026-10-01), longer than 30 days.');
    expect(result?.severity).toBe('low');
  });

  it('honours thresholds.maxStoppedDays', () => {
    const settings = { thresholds: { ...DEFAULT_SETTINGS.thresholds, maxStoppedDays: 60 } };
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', stopped('User initiated (2026-10-01 08:30:00 GMT)'))] }, { settings }))).toEqual(['pass']);
  });

  it('skips terminated instances; none left is not applicable', () => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', { state: 'terminated' })] }))).toEqual(['not_applicable']);
    expect(statuses(run(check, { ec2Instances: [] }))).toEqual(['not_applicable']);
  });

  it('a region whose instances could not be listed is an error, never a pass', () => {
    const results = run(check, {
      ec2Instances: { items: [], failures: [aFailure({ api: 'ec2.DescribeInstances', action: 'ec2:DescribeInstances', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it.each([
    ['User initiated (2026-10-01 08:30:00 GMT)', '2026-10-01T08:30:00.000Z'],
    ['Service initiated (2026-02-28 23:59:59 GMT)', '2026-02-28T23:59:59.000Z'],
    ['User initiated', null],
    ['', null],
    [undefined, null],
  ])('stoppedAt(%j) → %s', (reason, expected) => {
    expect(stoppedAt(reason)?.toISOString() ?? null).toBe(expected);
  });
});

