import { describe, expect, it } from 'vitest';
import type { InventoryData } from '../../../src/model/inventory.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { dataInventory } from '../../../src/rules/data-stores/index.js';
import { rdsDataStores } from '../../../src/rules/data-stores/rds.js';
import { aFailure } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, anRdsSharing, anRdsSnapshot, DBGAP_TAGS, kmsKeyArnOf, rdsArnOf } from '../../helpers/rds.js';

/** Who and when, for the sources that ask the IAM policy engine (S3); these sources ignore it. */
const SCOPE = { account: { id: '123456789012', partition: 'aws' }, now: new Date('2026-11-23T00:00:00Z') };

const keyData = <T>(items: T[], failures = [] as ReturnType<typeof aFailure>[]) => ({ items, failures, regions: ['us-east-1'] });

describe('RDS data stores', () => {
  const cluster = anRdsCluster('aurora', { tags: DBGAP_TAGS });
  const manual = anRdsSnapshot('db-1-final', { sourceIdentifier: 'db-1' });
  const automated = anRdsSnapshot('rds:db-1-auto', { snapshotType: 'automated', sourceIdentifier: 'db-1' });
  const inventory: InventoryData = {
    rdsInstances: keyData([
      anRdsInstance('db-1', { tags: DBGAP_TAGS, publiclyAccessible: true, backupRetentionPeriod: 0 }),
      anRdsInstance('scratch', { storageEncrypted: false, kmsKeyId: undefined }),
      anAuroraMember(cluster, { publiclyAccessible: true }),
    ]),
    rdsClusters: keyData([cluster]),
    rdsSnapshots: keyData([manual, automated]),
    rdsSnapshotSharing: keyData([anRdsSharing(manual, { accountIds: ['210987654321'] })]),
  };

  it('lists every database and snapshot with classification, encryption, exposure and retention; members only through their cluster', () => {
    const records = rdsDataStores(inventory, DEFAULT_SETTINGS, SCOPE);
    expect(records.map((record) => [record.kind, record.name, record.controlledData, record.encryption, record.exposure, record.retention])).toEqual([
      ['rds-cluster', 'aurora', true, `KMS key ${kmsKeyArnOf('key-1')}`, 'publicly accessible endpoint (aurora-1)', 'backups kept 7 days'],
      ['rds-instance', 'db-1', true, `KMS key ${kmsKeyArnOf('key-1')}`, 'publicly accessible endpoint', 'automated backups off'],
      ['rds-instance', 'scratch', false, 'not encrypted', 'private', 'backups kept 7 days'],
      ['rds-snapshot', 'db-1-final', true, `KMS key ${kmsKeyArnOf('key-1')}`, 'shared with 210987654321', 'kept until deleted (manual snapshot)'],
      ['rds-snapshot', 'rds:db-1-auto', true, `KMS key ${kmsKeyArnOf('key-1')}`, 'private (automated snapshots cannot be shared)', 'automated snapshot, expires with the backup retention period'],
    ]);
    expect(records.find((record) => record.name === 'db-1-final')?.reason).toBe('its source db-1 is tagged dbgap:project');
    expect(records.find((record) => record.name === 'aurora')?.service).toBe('Amazon Aurora');
  });

  it('is part of the data inventory, which keeps only dbGaP (or possibly dbGaP) stores', () => {
    expect(dataInventory(inventory, DEFAULT_SETTINGS, SCOPE).map((record) => record.arn)).toEqual([
      rdsArnOf('cluster', 'aurora'),
      rdsArnOf('db', 'db-1'),
      rdsArnOf('snapshot', 'db-1-final'),
      rdsArnOf('snapshot', 'rds:db-1-auto'),
    ]);
  });

  it('says why exposure is unknown when the restore attribute could not be read, and classification is unknown when sources were not listed', () => {
    const lonely = anRdsSnapshot('lonely', { sourceIdentifier: 'gone' });
    const records = rdsDataStores(
      {
        rdsInstances: keyData([], [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'AccessDenied' })]),
        rdsSnapshots: keyData([lonely]),
        rdsSnapshotSharing: keyData([], [aFailure({ api: 'rds.DescribeDBSnapshotAttributes', action: 'rds:DescribeDBSnapshotAttributes', code: 'AccessDenied', resourceArn: lonely.arn })]),
      },
      DEFAULT_SETTINGS,
      SCOPE,
    );
    expect(records.map((record) => [record.controlledData, record.exposure])).toEqual([['unknown', 'unknown (rds:DescribeDBSnapshotAttributes denied)']]);
  });

  it('gives no stores for an inventory without RDS keys', () => {
    expect(rdsDataStores({}, DEFAULT_SETTINGS, SCOPE)).toEqual([]);
  });
});
