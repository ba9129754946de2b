import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/macie-sensitive-data-discovery.js';
import type { S3Bucket } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aMacieStatus } from '../../helpers/macie.js';

const bucket = (name: string, region: string): S3Bucket => ({ arn: `arn:aws:s3:::${name}`, name, region });

describe('macie-sensitive-data-discovery', () => {
  it.each<[string, string, string | null, string[]]>([
    ['enabled with automated discovery', 'ENABLED', 'ENABLED', ['pass']],
    ['enabled without automated discovery', 'ENABLED', 'DISABLED', ['fail']],
    ['paused', 'PAUSED', 'ENABLED', ['fail']],
    ['never enabled ("Macie is not enabled")', 'NOT_ENABLED', null, ['fail']],
    ['enabled with unknown discovery status', 'ENABLED', null, ['error']],
  ])('%s → %j', (_name, status, discovery, expected) => {
    const results = run(check, { macieStatus: [aMacieStatus('us-east-1', status, discovery)], s3Buckets: [bucket('data', 'us-east-1')] });
    expect(statuses(results)).toEqual(expected);
    expect(results[0]?.region).toBe('us-east-1');
  });

  it('only evaluates regions that have buckets', () => {
    const results = run(check, {
      macieStatus: [aMacieStatus('us-east-1', 'ENABLED', 'ENABLED'), aMacieStatus('us-west-2', 'NOT_ENABLED', null)],
      s3Buckets: [bucket('data', 'us-east-1')],
    }, { regions: ['us-east-1', 'us-west-2'] });
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-east-1', 'pass']]);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(run(check, { macieStatus: [aMacieStatus('us-east-1', 'NOT_ENABLED', null)], s3Buckets: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied GetMacieSession (not the "not enabled" answer) into error for that region', () => {
    const results = run(check, {
      macieStatus: { items: [], failures: [aFailure({ api: 'macie2.GetMacieSession', action: 'macie2:GetMacieSession', code: 'AccessDeniedException', region: 'us-east-1' })] },
      s3Buckets: [bucket('data', 'us-east-1')],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('macie2:GetMacieSession');
  });
});
