import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/s3-replication-destination-allowed.js';
import type { S3BucketReplication } from '../../../src/model/items/s3.js';
import type { Settings } from '../../../src/model/settings.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aBucketTags } from '../../helpers/s3.js';
import { aReplication, aReplicationRule } from '../../helpers/s3.js';
import { aBucket } from '../../helpers/s3.js';

const buckets = [aBucket('genomes', 'us-east-1'), aBucket('genomes-dr', 'us-west-2'), aBucket('genomes-eu', 'eu-west-1')];
const allowList: Partial<Settings> = { allowedRegions: ['us-east-1', 'us-west-2'], allowedAccounts: ['111122223333'] };
const dbgapTags = [aBucketTags('genomes', { 'dbgap:project': 'phs000001' })];
const plainTags = [aBucketTags('genomes', {})];

function evaluate(replication: S3BucketReplication, settings: Partial<Settings> = allowList, tags = dbgapTags) {
  return run(check, { s3Buckets: buckets, s3BucketReplication: [replication], s3BucketTags: tags }, { settings });
}

describe('s3-replication-destination-allowed', () => {
  it.each<[string, S3BucketReplication, Partial<Settings>, string, string | undefined, RegExp]>([
    ['no replication configuration', aReplication('genomes', null), allowList, 'pass', undefined, /has no replication configuration/],
    ['only disabled rules', aReplication('genomes', [aReplicationRule('genomes-eu', { status: 'Disabled' })]), allowList, 'pass', undefined, /no enabled replication rule/],
    ['own bucket in an allowed region', aReplication('genomes', [aReplicationRule('genomes-dr')]), allowList, 'pass', undefined, /only to allowed destinations \(genomes-dr\)/],
    ['own bucket outside the allowed regions', aReplication('genomes', [aReplicationRule('genomes-eu')]), allowList, 'fail', 'high', /genomes-eu is in eu-west-1, outside the allowed regions/],
    ['a disabled rule to a bad region next to a good one', aReplication('genomes', [aReplicationRule('genomes-eu', { status: 'Disabled' }), aReplicationRule('genomes-dr')]), allowList, 'pass', undefined, /genomes-dr/],
    ['another account, not allowed', aReplication('genomes', [aReplicationRule('partner-copy', { destinationAccount: '999999999999' })]), allowList, 'fail', 'high', /account 999999999999, which is not in allowedAccounts/],
    ['an allowed account, region unreadable', aReplication('genomes', [aReplicationRule('partner-copy', { destinationAccount: '111122223333' })]), allowList, 'error', undefined, /region of destination partner-copy cannot be read/],
    ['an allowed account, no region allow-list', aReplication('genomes', [aReplicationRule('partner-copy', { destinationAccount: '111122223333' })]), { allowedAccounts: ['111122223333'] }, 'pass', undefined, /partner-copy/],
    ['unknown bucket without Destination.Account', aReplication('genomes', [aReplicationRule('mystery')]), { allowedRegions: [] }, 'error', undefined, /owner of destination mystery is unknown/],
    ['own bucket anywhere when no region allow-list', aReplication('genomes', [aReplicationRule('genomes-eu')]), {}, 'pass', undefined, /genomes-eu/],
    ['Destination.Account equal to this account', aReplication('genomes', [aReplicationRule('genomes-dr', { destinationAccount: '123456789012' })]), allowList, 'pass', undefined, /genomes-dr/],
  ])('%s → %s', (_name, replication, settings, expected, severity, message) => {
    const [result, ...rest] = evaluate(replication, settings);
    expect(rest).toEqual([]);
    expect(result?.status).toBe(expected);
    if (severity) expect(result?.severity).toBe(severity);
    expect(result?.message).toMatch(message);
  });

  it('a disallowed destination fails even when another rule is unverifiable', () => {
    const [result] = evaluate(aReplication('genomes', [aReplicationRule('mystery'), aReplicationRule('genomes-eu', { id: 'eu' })]));
    expect(result).toMatchObject({ status: 'fail' });
    expect(result?.message).toMatch(/rule eu: destination genomes-eu is in eu-west-1/);
  });

  it('is medium for buckets that are not dbGaP buckets, high for dbGaP buckets named in settings', () => {
    const replication = aReplication('genomes', [aReplicationRule('genomes-eu')]);
    expect(evaluate(replication, allowList, plainTags)[0]).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(evaluate(replication, { ...allowList, dbgapBuckets: { names: ['genomes'], tag: { key: 'dbgap:project' } } }, plainTags)[0]).toMatchObject({
      status: 'fail',
      severity: 'high',
    });
  });

  it('compares regions case-insensitively', () => {
    expect(statuses(evaluate(aReplication('genomes', [aReplicationRule('genomes-dr')]), { allowedRegions: ['US-WEST-2'] }))).toEqual(['pass']);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(run(check, { s3Buckets: [], s3BucketReplication: [], s3BucketTags: [] }))).toEqual(['not_applicable']);
  });

  it('a bucket whose replication could not be read is an error, not a pass', () => {
    const results = run(check, {
      s3Buckets: buckets,
      s3BucketReplication: { items: [], failures: [aFailure({ api: 's3.GetBucketReplication', action: 's3:GetReplicationConfiguration', resourceArn: 'arn:aws:s3:::genomes' })] },
      s3BucketTags: dbgapTags,
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([['arn:aws:s3:::genomes', 'error']]);
  });
});
