import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/rds-snapshot-not-public.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anRdsCluster, anRdsInstance, anRdsSharing, anRdsSnapshot, DBGAP_TAGS, rdsArnOf } from '../../helpers/rds.js';

const SNAPSHOT = anRdsSnapshot('final');

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/share-snapshot.html: the `restore` attribute lists the
// accounts that may copy or restore a manual snapshot; the value `all` makes it public.
describe('rds-snapshot-not-public', () => {
  it.each([
    ['a private snapshot', {}, [], 'pass', 'critical'],
    ['a public snapshot', { isPublic: true }, [], 'fail', 'critical'],
    ['`all` among account ids (public, even though the accounts are allowed)', { isPublic: true, accountIds: ['210987654321'] }, ['210987654321'], 'fail', 'critical'],
    ['shared with an allowed account', { accountIds: ['210987654321'] }, ['210987654321'], 'pass', 'critical'],
    ['shared with an unapproved account, not classified as dbGaP', { accountIds: ['999999999999'] }, ['210987654321'], 'fail', 'low'],
    ['shared with an allowed and an unapproved account', { accountIds: ['210987654321', '999999999999'] }, ['210987654321'], 'fail', 'low'],
  ])('%s → %s', (_name, sharing, allowedAccounts, expected, severity) => {
    const results = run(check, { rdsSnapshotSharing: [anRdsSharing(SNAPSHOT, sharing)], rdsSnapshots: [SNAPSHOT], rdsInstances: [], rdsClusters: [] }, { settings: { allowedAccounts } });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[SNAPSHOT.arn, expected, severity]]);
  });

  it('classifies a snapshot by its source instance\'s tags (snapshots copy tags only with CopyTagsToSnapshot)', () => {
    const results = run(check, {
      rdsSnapshotSharing: [anRdsSharing(SNAPSHOT, { accountIds: ['999999999999'] })],
      rdsSnapshots: [SNAPSHOT],
      rdsInstances: [anRdsInstance('db-1', { tags: DBGAP_TAGS })],
      rdsClusters: [],
    });
    expect(results.map((r) => [r.status, r.severity])).toEqual([['fail', 'high']]);
    expect(results[0]?.message).toMatch(/source db-1 is tagged dbgap:project/);
  });

  it('classifies a cluster snapshot by its cluster, not by an instance of the same name', () => {
    const snapshot = anRdsSnapshot('aurora-final', { snapshotOf: 'cluster', sourceIdentifier: 'aurora' });
    const results = run(check, {
      rdsSnapshotSharing: [anRdsSharing(snapshot, { accountIds: ['999999999999'] })],
      rdsSnapshots: [snapshot],
      rdsInstances: [anRdsInstance('aurora', { tags: DBGAP_TAGS })],
      rdsClusters: [anRdsCluster('aurora')],
    });
    expect(results.map((r) => r.severity)).toEqual(['low']);
  });

  it('keeps the full severity when the source listing failed (classification unknown), without turning the snapshot into an error', () => {
    const results = run(check, {
      rdsSnapshotSharing: [anRdsSharing(SNAPSHOT, { accountIds: ['999999999999'] })],
      rdsSnapshots: [SNAPSHOT],
      rdsInstances: { items: [], failures: [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'AccessDenied' })] },
      rdsClusters: [],
    });
    expect(results.map((r) => [r.status, r.severity])).toEqual([['fail', 'high']]);
  });

  it('errors for a snapshot whose restore attribute could not be read, never passes it', () => {
    const results = run(check, {
      rdsSnapshotSharing: {
        items: [],
        failures: [aFailure({ api: 'rds.DescribeDBSnapshotAttributes', action: 'rds:DescribeDBSnapshotAttributes', code: 'AccessDenied', resourceArn: SNAPSHOT.arn })],
      },
      rdsSnapshots: [SNAPSHOT],
      rdsInstances: [],
      rdsClusters: [],
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[SNAPSHOT.arn, 'error']]);
    expect(results[0]?.message).toMatch(/rds:DescribeDBSnapshotAttributes/);
  });

  it('is not applicable when there are no manual snapshots', () => {
    expect(statuses(run(check, { rdsSnapshotSharing: [], rdsSnapshots: [anRdsSnapshot('rds:auto', { snapshotType: 'automated' })], rdsInstances: [], rdsClusters: [] }))).toEqual([
      'not_applicable',
    ]);
  });

  it('names cluster snapshots as such', () => {
    const snapshot = anRdsSnapshot('aurora-final', { snapshotOf: 'cluster', sourceIdentifier: 'aurora' });
    const [result] = run(check, { rdsSnapshotSharing: [anRdsSharing(snapshot, { isPublic: true })], rdsSnapshots: [snapshot], rdsInstances: [], rdsClusters: [] });
    expect([result?.resourceArn, result?.message]).toEqual([rdsArnOf('cluster-snapshot', 'aurora-final'), expect.stringMatching(/^DB cluster snapshot aurora-final .* is public/)]);
  });
});
