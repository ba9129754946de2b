import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/ec2-ami-age-and-support.js';
import type { Ec2UsedImage } from '../../../src/model/items/ec2.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aUsedImage } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

// NOW is 2026-11-23T12:00Z; the default maxAmiAgeDays is 180.
describe('ec2-ami-age-and-support', () => {
  it.each<[string, Partial<Ec2UsedImage>, string]>([
    ['an 83-day-old image', {}, 'pass'],
    ['a 327-day-old image', { creationDate: '2026-01-01T00:00:00.000Z' }, 'fail'],
    ['exactly 180 days old', { creationDate: '2026-05-27T12:00:00.000Z' }, 'pass'],
    ['deprecated yesterday', { deprecationTime: '2026-11-22T00:00:00.000Z' }, 'fail'],
    ['deprecation scheduled in the future', { deprecationTime: '2027-06-01T00:00:00.000Z' }, 'pass'],
    ['deregistered', { found: false, name: undefined, creationDate: undefined }, 'fail'],
    ['no creation date', { creationDate: undefined }, 'error'],
    ['no creation date but deprecated', { creationDate: undefined, deprecationTime: '2026-01-01T00:00:00.000Z' }, 'fail'],
  ])('%s → %s', (_name, overrides, expected) => {
    const [result, ...rest] = run(check, { ec2UsedImages: [aUsedImage('ami-1', overrides)] });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity: 'low' });
  });

  it('names the image, its instances and every problem', () => {
    const image = aUsedImage('ami-1', { creationDate: '2025-11-23T12:00:00.000Z', deprecationTime: '2026-05-01T00:00:00.000Z', instanceIds: ['i-1', 'i-2'] });
    const [result] = run(check, { ec2UsedImages: [image] });
    expect(result?.message).toBe('Image ami-1 (analysis-base), used by i-1, i-2, was deprecated on 2026-05-01 and is 365 days old, older than 180 days.');
  });

  it('says a vanished image cannot be rebuilt', () => {
    const [result] = run(check, { ec2UsedImages: [aUsedImage('ami-gone', { found: false, instanceIds: ['i-3'] })] });
    expect(result?.message).toMatch(/^Image ami-gone, used by i-3, is no longer available/);
  });

  it('honours thresholds.maxAmiAgeDays', () => {
    const settings = { thresholds: { ...DEFAULT_SETTINGS.thresholds, maxAmiAgeDays: 30 } };
    expect(statuses(run(check, { ec2UsedImages: [aUsedImage('ami-1')] }, { settings }))).toEqual(['fail']);
  });

  it('no instances, no images: not applicable', () => {
    expect(statuses(run(check, { ec2UsedImages: [] }))).toEqual(['not_applicable']);
  });

  it('an image that could not be described is an error against that image, not a pass', () => {
    const arn = 'arn:aws:ec2:us-east-1::image/ami-x';
    const results = run(check, {
      ec2UsedImages: { items: [aUsedImage('ami-1')], failures: [aFailure({ api: 'ec2.DescribeImages', code: 'UnauthorizedOperation', resourceArn: arn })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:ec2:us-east-1::image/ami-1', 'pass'],
      [arn, 'error'],
    ]);
  });

  it('a region whose instances could not be listed is an error', () => {
    const results = run(check, { ec2UsedImages: { items: [], failures: [aFailure({ api: 'ec2.DescribeInstances', code: 'UnauthorizedOperation', region: 'us-east-1' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
