import {
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBInstancesCommand,
  DescribeDBParametersCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';
import { rdsArnOf } from '../helpers/rds.js';

const rds = mockClient(RDSClient);

const POSTGRES = {
  DBInstanceIdentifier: 'genomes',
  DBInstanceArn: rdsArnOf('db', 'genomes'),
  Engine: 'postgres',
  EngineVersion: '16.4',
  DBInstanceStatus: 'available',
  StorageEncrypted: true,
  KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/key-1',
  PubliclyAccessible: true,
  BackupRetentionPeriod: 3,
  DeletionProtection: false,
  EnabledCloudwatchLogsExports: ['upgrade', 'postgresql'],
  DBParameterGroups: [{ DBParameterGroupName: 'lab-pg', ParameterApplyStatus: 'pending-reboot' }],
  InstanceCreateTime: new Date('2026-01-02T03:04:05Z'),
  TagList: [{ Key: 'dbgap:project', Value: 'phs000001' }],
};
const MEMBER = {
  DBInstanceIdentifier: 'aurora-1',
  DBInstanceArn: rdsArnOf('db', 'aurora-1'),
  Engine: 'aurora-mysql',
  DBClusterIdentifier: 'aurora',
  StorageEncrypted: true,
  PubliclyAccessible: false,
  BackupRetentionPeriod: 1,
  DBParameterGroups: [{ DBParameterGroupName: 'default.aurora-mysql8.0' }],
  TagList: [],
};
const ORACLE = { ...MEMBER, DBInstanceIdentifier: 'ora', DBInstanceArn: rdsArnOf('db', 'ora'), Engine: 'oracle-ee', DBClusterIdentifier: undefined, DBParameterGroups: [{ DBParameterGroupName: 'default.oracle-ee-19' }] };
const CLUSTER = {
  DBClusterIdentifier: 'aurora',
  DBClusterArn: rdsArnOf('cluster', 'aurora'),
  Engine: 'aurora-mysql',
  EngineMode: 'provisioned',
  StorageEncrypted: false,
  BackupRetentionPeriod: 14,
  DeletionProtection: true,
  DBClusterParameterGroup: 'lab-aurora',
  DBClusterMembers: [{ DBInstanceIdentifier: 'aurora-1', IsClusterWriter: true }],
  ReplicationSourceIdentifier: 'arn:aws:rds:us-west-2:123456789012:cluster:primary',
  TagList: [{ Key: 'team', Value: 'genomics' }],
};

beforeEach(() => {
  rds.reset();
  rds.onAnyCommand().rejects(new Error('unexpected RDS command'));
});
afterEach(() => rds.reset());

describe('RDS instances and clusters', () => {
  it('reads every instance with its settings, tags and parameter group ARN', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [POSTGRES, MEMBER] });
    const inventory = await collect(['rdsInstances']);
    expect(inventory.keys.rdsInstances?.failures).toEqual([]);
    expect(inventory.keys.rdsInstances?.items[0]).toEqual({
      arn: rdsArnOf('db', 'genomes'),
      region: 'us-east-1',
      dbInstanceIdentifier: 'genomes',
      engine: 'postgres',
      engineVersion: '16.4',
      status: 'available',
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/key-1',
      publiclyAccessible: true,
      backupRetentionPeriod: 3,
      deletionProtection: false,
      enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      parameterGroups: [{ name: 'lab-pg', arn: rdsArnOf('pg', 'lab-pg'), applyStatus: 'pending-reboot' }],
      createTime: '2026-01-02T03:04:05.000Z',
      tags: { 'dbgap:project': 'phs000001' },
    });
    expect(inventory.keys.rdsInstances?.items[1]).toMatchObject({ dbInstanceIdentifier: 'aurora-1', dbClusterIdentifier: 'aurora', deletionProtection: false });
  });

  it('follows the Marker through every page', async () => {
    rds.on(DescribeDBInstancesCommand).resolvesOnce({ DBInstances: [POSTGRES], Marker: 'm1' }).resolves({ DBInstances: [MEMBER] });
    const inventory = await collect(['rdsInstances']);
    expect(inventory.keys.rdsInstances?.items.map((item) => item.dbInstanceIdentifier)).toEqual(['genomes', 'aurora-1']);
    expect(rds.commandCalls(DescribeDBInstancesCommand)[1]?.args[0].input).toMatchObject({ Marker: 'm1' });
  });

  it('reads clusters with their members, cluster parameter group and replication source', async () => {
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [CLUSTER] });
    const inventory = await collect(['rdsClusters']);
    expect(inventory.keys.rdsClusters?.items).toEqual([
      expect.objectContaining({
        arn: rdsArnOf('cluster', 'aurora'),
        storageEncrypted: false,
        backupRetentionPeriod: 14,
        deletionProtection: true,
        enabledCloudwatchLogsExports: [],
        parameterGroup: { name: 'lab-aurora', arn: rdsArnOf('cluster-pg', 'lab-aurora') },
        members: [{ dbInstanceIdentifier: 'aurora-1', isWriter: true }],
        replicationSource: 'arn:aws:rds:us-west-2:123456789012:cluster:primary',
        tags: { team: 'genomics' },
      }),
    ]);
    expect(inventory.keys.rdsClusters?.items[0]).not.toHaveProperty('publiclyAccessible');
  });

  it('records a denied listing per region, naming rds:DescribeDBInstances', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['rdsInstances'], { regions: ['us-east-1', 'eu-west-1'] });
    expect(inventory.keys.rdsInstances?.items).toEqual([]);
    expect(inventory.keys.rdsInstances?.failures.map((failure) => [failure.action, failure.kind, failure.region])).toEqual([
      ['rds:DescribeDBInstances', 'access-denied', 'us-east-1'],
      ['rds:DescribeDBInstances', 'access-denied', 'eu-west-1'],
    ]);
  });

  it('refuses an instance without PubliclyAccessible (read as false it would hide a public database)', async () => {
    const { PubliclyAccessible: _dropped, ...withoutFlag } = POSTGRES;
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [withoutFlag] });
    const inventory = await collect(['rdsInstances']);
    expect(inventory.keys.rdsInstances?.items).toEqual([]);
    expect(inventory.keys.rdsInstances?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'rds:DescribeDBInstances' })]);
  });

  it('refuses an answer without the DBInstances list (an empty answer is not "no databases")', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({});
    const inventory = await collect(['rdsInstances']);
    expect(inventory.keys.rdsInstances?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse' })]);
  });
});

describe('RDS snapshots and who may restore them', () => {
  const manual = { DBSnapshotIdentifier: 'genomes-final', DBSnapshotArn: rdsArnOf('snapshot', 'genomes-final'), DBInstanceIdentifier: 'genomes', Engine: 'postgres', SnapshotType: 'manual', Encrypted: true, TagList: [] };
  const automated = { ...manual, DBSnapshotIdentifier: 'rds:genomes-2026-11-20', DBSnapshotArn: rdsArnOf('snapshot', 'rds:genomes-2026-11-20'), SnapshotType: 'automated' };
  const copied = { ...manual, DBSnapshotIdentifier: 'copy', DBSnapshotArn: rdsArnOf('snapshot', 'copy'), SourceRegion: 'us-west-2', Encrypted: false };
  const clusterSnapshot = {
    DBClusterSnapshotIdentifier: 'aurora-manual',
    DBClusterSnapshotArn: rdsArnOf('cluster-snapshot', 'aurora-manual'),
    DBClusterIdentifier: 'aurora',
    Engine: 'aurora-mysql',
    SnapshotType: 'manual',
    StorageEncrypted: true,
    TagList: [{ Key: 'dbgap:project', Value: 'phs1' }],
  };

  it('lists instance and cluster snapshots with the default snapshot types (the account\'s own only)', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [manual, automated, copied] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [clusterSnapshot] });
    const inventory = await collect(['rdsSnapshots']);
    expect(inventory.keys.rdsSnapshots?.items.map((item) => [item.snapshotId, item.snapshotOf, item.snapshotType, item.encrypted, item.sourceRegion])).toEqual([
      ['genomes-final', 'instance', 'manual', true, undefined],
      ['rds:genomes-2026-11-20', 'instance', 'automated', true, undefined],
      ['copy', 'instance', 'manual', false, 'us-west-2'],
      ['aurora-manual', 'cluster', 'manual', true, undefined],
    ]);
    // Shared and public snapshots of other accounts are not the account's data: no IncludeShared/IncludePublic.
    for (const call of [...rds.commandCalls(DescribeDBSnapshotsCommand), ...rds.commandCalls(DescribeDBClusterSnapshotsCommand)]) {
      expect(call.args[0].input).not.toHaveProperty('IncludeShared');
      expect(call.args[0].input).not.toHaveProperty('IncludePublic');
      expect(call.args[0].input).not.toHaveProperty('SnapshotType');
    }
  });

  it('reads the restore attribute of manual snapshots only: `all` among account ids is public', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [manual, automated] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [clusterSnapshot] });
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({
      DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'genomes-final', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['210987654321', 'all'] }] },
    });
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({
      DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: 'aurora-manual', DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['210987654321'] }] },
    });
    const inventory = await collect(['rdsSnapshotSharing']);
    expect(inventory.keys.rdsSnapshotSharing?.failures).toEqual([]);
    expect(inventory.keys.rdsSnapshotSharing?.items).toEqual([
      { arn: rdsArnOf('snapshot', 'genomes-final'), region: 'us-east-1', snapshotId: 'genomes-final', snapshotOf: 'instance', isPublic: true, accountIds: ['210987654321'] },
      { arn: rdsArnOf('cluster-snapshot', 'aurora-manual'), region: 'us-east-1', snapshotId: 'aurora-manual', snapshotOf: 'cluster', isPublic: false, accountIds: ['210987654321'] },
    ]);
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand).map((call) => call.args[0].input.DBSnapshotIdentifier)).toEqual(['genomes-final']);
  });

  it('skips a snapshot deleted since the listing, and records a denied attribute call for that snapshot only', async () => {
    const other = { ...manual, DBSnapshotIdentifier: 'other', DBSnapshotArn: rdsArnOf('snapshot', 'other') };
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [manual, other] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'genomes-final' }).rejects(awsError('DBSnapshotNotFoundFault', 404));
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'other' }).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['rdsSnapshotSharing']);
    expect(inventory.keys.rdsSnapshotSharing?.items).toEqual([]);
    expect(inventory.keys.rdsSnapshotSharing?.failures).toEqual([
      expect.objectContaining({ action: 'rds:DescribeDBSnapshotAttributes', kind: 'access-denied', resourceArn: rdsArnOf('snapshot', 'other') }),
    ]);
  });

  it('refuses an attribute answer without the attribute list', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [manual] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    rds.on(DescribeDBSnapshotAttributesCommand).resolves({ DBSnapshotAttributesResult: { DBSnapshotIdentifier: 'genomes-final' } });
    const inventory = await collect(['rdsSnapshotSharing']);
    expect(inventory.keys.rdsSnapshotSharing?.items).toEqual([]);
    expect(inventory.keys.rdsSnapshotSharing?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', resourceArn: rdsArnOf('snapshot', 'genomes-final') })]);
  });
});

describe('RDS parameter groups', () => {
  it('reads the TLS parameters of the groups standalone instances and clusters use, each group once', async () => {
    const twin = { ...POSTGRES, DBInstanceIdentifier: 'twin', DBInstanceArn: rdsArnOf('db', 'twin') };
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [POSTGRES, twin, MEMBER, ORACLE] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [CLUSTER] });
    rds.on(DescribeDBParametersCommand).resolves({
      Parameters: [
        { ParameterName: 'rds.force_ssl', ParameterValue: '1' },
        // An endpoint that ignores the parameter-name filter: other parameters are dropped.
        { ParameterName: 'log_connections', ParameterValue: '1' },
      ],
    });
    rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [{ ParameterName: 'require_secure_transport' }] });
    const inventory = await collect(['rdsParameterGroups']);
    expect(inventory.keys.rdsParameterGroups?.failures).toEqual([]);
    expect(inventory.keys.rdsParameterGroups?.items).toEqual([
      { arn: rdsArnOf('pg', 'lab-pg'), region: 'us-east-1', name: 'lab-pg', groupOf: 'instance', parameters: { 'rds.force_ssl': '1' } },
      { arn: rdsArnOf('cluster-pg', 'lab-aurora'), region: 'us-east-1', name: 'lab-aurora', groupOf: 'cluster', parameters: { require_secure_transport: null } },
    ]);
    // Oracle enforces TLS elsewhere; an Aurora member's TLS setting is its cluster's.
    expect(rds.commandCalls(DescribeDBParametersCommand).map((call) => call.args[0].input)).toEqual([
      { DBParameterGroupName: 'lab-pg', Filters: [{ Name: 'parameter-name', Values: ['rds.force_ssl', 'require_secure_transport'] }] },
    ]);
  });

  it('records a group that could not be read against the group, not the region', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [POSTGRES] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    rds.on(DescribeDBParametersCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['rdsParameterGroups']);
    expect(inventory.keys.rdsParameterGroups?.items).toEqual([]);
    expect(inventory.keys.rdsParameterGroups?.failures).toEqual([
      expect.objectContaining({ action: 'rds:DescribeDBParameters', resourceArn: rdsArnOf('pg', 'lab-pg'), region: 'us-east-1' }),
    ]);
  });
});
