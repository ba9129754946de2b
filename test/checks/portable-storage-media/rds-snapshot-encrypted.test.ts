import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/rds-snapshot-encrypted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anRdsSnapshot } from '../../helpers/rds.js';

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html: a snapshot is encrypted when its
// source was; an unencrypted snapshot can only be encrypted by copying it with a KMS key.
describe('rds-snapshot-encrypted', () => {
  it('passes encrypted snapshots and fails unencrypted ones, manual, automated and cluster alike', () => {
    const results = run(check, {
      rdsSnapshots: [
        anRdsSnapshot('ok'),
        anRdsSnapshot('plain', { encrypted: false, kmsKeyId: undefined }),
        anRdsSnapshot('rds:auto', { snapshotType: 'automated', encrypted: false }),
        anRdsSnapshot('aurora', { snapshotOf: 'cluster', encrypted: false }),
      ],
    });
    expect(results.map((r) => [r.status, r.severity])).toEqual([
      ['pass', 'high'],
      ['fail', 'high'],
      ['fail', 'high'],
      ['fail', 'high'],
    ]);
  });

  it('is not applicable without snapshots', () => {
    expect(statuses(run(check, { rdsSnapshots: [] }))).toEqual(['not_applicable']);
  });

  it('errors for a region whose snapshot listing failed', () => {
    const results = run(check, {
      rdsSnapshots: { items: [], failures: [aFailure({ api: 'rds.DescribeDBClusterSnapshots', action: 'rds:DescribeDBClusterSnapshots', code: 'AccessDenied' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/rds:DescribeDBClusterSnapshots/);
  });
});
