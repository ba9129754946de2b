import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { dataInventory } from '../../../src/rules/data-stores/index.js';
import { redshiftStores } from '../../../src/rules/data-stores/redshift.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aRedshiftCluster, aRedshiftSnapshot } from '../../helpers/redshift.js';

/** Who and when, for the sources that ask the IAM policy engine (S3); these sources ignore it. */
const SCOPE = { account: { id: '123456789012', partition: 'aws' }, now: new Date('2026-11-23T00:00:00Z') };

const data = <T>(items: T[]) => ({ items, failures: [], regions: ['us-east-1'] });

describe('Redshift data stores', () => {
  it('describes clusters and snapshots: classification, key, exposure, retention', () => {
    const stores = redshiftStores(
      {
        redshiftClusters: data([aRedshiftCluster('c1', { publiclyAccessible: true, automatedSnapshotRetentionPeriod: 7 }), aRedshiftCluster('c2', { tags: {}, encrypted: false, kmsKeyId: undefined })]),
        redshiftSnapshots: data([aRedshiftSnapshot('s1', { accountsWithRestoreAccess: ['all'] }), aRedshiftSnapshot('s2', { accountsWithRestoreAccess: ['111122223333'] })]),
        kmsKeys: data([aKmsKey('k1')]),
      },
      DEFAULT_SETTINGS,
    );
    expect(stores.map(({ name, controlledData, reason, encryption, exposure, retention }) => ({ name, controlledData, reason, encryption, exposure, retention }))).toEqual([
      {
        name: 'c1',
        controlledData: true,
        reason: 'tagged dbgap:project',
        encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/k1',
        exposure: 'publicly accessible endpoint',
        retention: 'automated snapshots kept 7 days',
      },
      { name: 'c2', controlledData: false, reason: null, encryption: 'not encrypted', exposure: 'private', retention: 'unknown' },
      { name: 's1', controlledData: true, reason: 'tagged dbgap:project', encryption: 'encrypted', exposure: 'public', retention: 'manual snapshot (kept until deleted)' },
      { name: 's2', controlledData: true, reason: 'tagged dbgap:project', encryption: 'encrypted', exposure: 'shared with 111122223333', retention: 'manual snapshot (kept until deleted)' },
    ]);
  });

  it('names kms:DescribeKey when the key is unknown, and keeps only dbGaP stores in the inventory', () => {
    const keys = { redshiftClusters: data([aRedshiftCluster('c1', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/gone' }), aRedshiftCluster('c2', { tags: {} })]), kmsKeys: data([]) };
    const inventory = dataInventory(keys, DEFAULT_SETTINGS, SCOPE).filter((store) => store.kind.startsWith('redshift'));
    expect(inventory.map((store) => [store.name, store.encryption])).toEqual([['c1', 'KMS key arn:aws:kms:us-east-1:123456789012:key/gone (manager unknown: kms:DescribeKey)']]);
  });
});
