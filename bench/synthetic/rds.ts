/**
 * The synthetic lab's Amazon RDS and Aurora: standalone DB instances of every engine family, Aurora clusters with
 * one member instance each, manual and automated snapshots (some public, some shared), and parameter groups that
 * enforce TLS, do not, or leave it to the engine default. A mix of compliant and non-compliant settings, by index.
 */
import { indexesIn, type Input, type Output, paged, serviceError, type SyntheticAws } from '../synthetic-aws.js';

const NOW = new Date('2026-11-20T00:00:00Z');
const DAY = 86_400_000;
const ENGINES = ['postgres', 'mysql', 'mariadb', 'sqlserver-se', 'oracle-ee'] as const;
const LOGS: Record<string, string[]> = {
  postgres: ['postgresql', 'upgrade'],
  mysql: ['audit', 'error'],
  mariadb: ['error'],
  'sqlserver-se': ['error', 'agent'],
  'oracle-ee': ['alert', 'audit'],
  'aurora-postgresql': ['postgresql'],
  'aurora-mysql': ['audit', 'error', 'slowquery'],
};
const SHARED_WITH = '999999999999';

const indexOf = (value: unknown) => Number(String(value).replace(/^rds:/, '').split('-')[1]);
const tags = (index: number) => [{ Key: 'dbgap:project', Value: `phs${String(index).padStart(6, '0')}` }].filter(() => index % 3 === 0);

function groupOf(index: number, engine: string): string {
  if (index % 3 === 0) return 'lab-open';
  if (index % 3 === 1) return 'lab-secure';
  return `default.${engine}`;
}

/** The TLS parameters of a synthetic group: on, off, or present without a value (the engine default). */
function parameters(group: string): Output[] {
  const value = (on: string, off: string) => (group.startsWith('lab-secure') ? { ParameterValue: on } : group.startsWith('lab-open') ? { ParameterValue: off } : {});
  return [
    { ParameterName: 'rds.force_ssl', Source: 'user', ApplyType: 'dynamic', ...value('1', '0') },
    { ParameterName: 'require_secure_transport', Source: 'user', ApplyType: 'dynamic', ...value('ON', 'OFF') },
  ];
}

export function rds(aws: SyntheticAws, api: string, region: string, input: Input): Output {
  const { accountId } = aws.options;
  const { regions, scale } = aws.shape;
  const standalone = indexesIn(scale, regions, region);
  const clusters = indexesIn(Math.max(1, Math.floor(scale / 3)), regions, region);
  const keyArn = (index: number) => `arn:aws:kms:${region}:${accountId}:key/key-${index}`;
  const arn = (type: string, name: string) => `arn:aws:rds:${region}:${accountId}:${type}:${name}`;
  const clusterEngine = (index: number) => (index % 2 === 0 ? 'aurora-postgresql' : 'aurora-mysql');
  switch (api) {
    case 'rds.DescribeDBInstances': {
      const own = standalone.map((index) => {
        const engine = ENGINES[index % ENGINES.length] ?? 'postgres';
        const encrypted = index % 3 !== 2;
        return {
          DBInstanceIdentifier: `db-${index}`,
          DBInstanceArn: arn('db', `db-${index}`),
          Engine: engine,
          EngineVersion: '16.4',
          DBInstanceStatus: 'available',
          StorageEncrypted: encrypted,
          ...(encrypted ? { KmsKeyId: keyArn(index) } : {}),
          PubliclyAccessible: index % 4 === 1,
          BackupRetentionPeriod: index % 3 === 0 ? 1 : 7,
          DeletionProtection: index % 2 === 0,
          EnabledCloudwatchLogsExports: index % 2 === 0 ? (LOGS[engine] ?? []) : [],
          DBParameterGroups: [{ DBParameterGroupName: groupOf(index, engine), ParameterApplyStatus: 'in-sync' }],
          InstanceCreateTime: new Date(NOW.getTime() - 400 * DAY),
          TagList: tags(index),
        };
      });
      // Aurora members: their storage, backups and parameters are the cluster's; public access is their own.
      const members = clusters.map((index) => ({
        DBInstanceIdentifier: `cluster-${index}-1`,
        DBInstanceArn: arn('db', `cluster-${index}-1`),
        Engine: clusterEngine(index),
        DBInstanceStatus: 'available',
        DBClusterIdentifier: `cluster-${index}`,
        StorageEncrypted: index % 3 !== 1,
        PubliclyAccessible: index % 2 === 1,
        BackupRetentionPeriod: 1,
        DeletionProtection: false,
        DBParameterGroups: [{ DBParameterGroupName: `default.${clusterEngine(index)}`, ParameterApplyStatus: 'in-sync' }],
        TagList: [],
      }));
      const page = paged([...own, ...members], input, 'Marker', 'MaxRecords', 100);
      return { DBInstances: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'rds.DescribeDBClusters': {
      const all = clusters.map((index) => {
        const encrypted = index % 3 !== 1;
        return {
          DBClusterIdentifier: `cluster-${index}`,
          DBClusterArn: arn('cluster', `cluster-${index}`),
          Engine: clusterEngine(index),
          EngineMode: 'provisioned',
          Status: 'available',
          StorageEncrypted: encrypted,
          ...(encrypted ? { KmsKeyId: keyArn(index) } : {}),
          BackupRetentionPeriod: index % 2 === 0 ? 14 : 1,
          DeletionProtection: index % 2 === 0,
          EnabledCloudwatchLogsExports: index % 2 === 0 ? (LOGS[clusterEngine(index)] ?? []) : [],
          DBClusterParameterGroup: index % 2 === 0 ? 'lab-secure-cluster' : 'lab-open-cluster',
          DBClusterMembers: [{ DBInstanceIdentifier: `cluster-${index}-1`, IsClusterWriter: true }],
          ClusterCreateTime: new Date(NOW.getTime() - 300 * DAY),
          TagList: tags(index),
        };
      });
      const page = paged(all, input, 'Marker', 'MaxRecords', 100);
      return { DBClusters: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'rds.DescribeDBSnapshots': {
      const all = standalone.flatMap((index) => {
        const engine = ENGINES[index % ENGINES.length] ?? 'postgres';
        const base = { DBInstanceIdentifier: `db-${index}`, Engine: engine, Status: 'available', Encrypted: index % 3 !== 2, SnapshotCreateTime: new Date(NOW.getTime() - DAY) };
        const automated = { ...base, DBSnapshotIdentifier: `rds:db-${index}-2026-11-19`, DBSnapshotArn: arn('snapshot', `rds:db-${index}-2026-11-19`), SnapshotType: 'automated', TagList: [] };
        const manual = { ...base, DBSnapshotIdentifier: `db-${index}-manual`, DBSnapshotArn: arn('snapshot', `db-${index}-manual`), SnapshotType: 'manual', TagList: tags(index) };
        return index % 2 === 0 ? [automated, manual] : [automated];
      });
      const page = paged(all, input, 'Marker', 'MaxRecords', 100);
      return { DBSnapshots: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'rds.DescribeDBClusterSnapshots': {
      const all = clusters.map((index) => ({
        DBClusterSnapshotIdentifier: `cluster-${index}-manual`,
        DBClusterSnapshotArn: arn('cluster-snapshot', `cluster-${index}-manual`),
        DBClusterIdentifier: `cluster-${index}`,
        Engine: clusterEngine(index),
        SnapshotType: 'manual',
        Status: 'available',
        StorageEncrypted: index % 3 !== 1,
        SnapshotCreateTime: new Date(NOW.getTime() - 30 * DAY),
        TagList: [],
      }));
      const page = paged(all, input, 'Marker', 'MaxRecords', 100);
      return { DBClusterSnapshots: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'rds.DescribeDBSnapshotAttributes': {
      const index = indexOf(input.DBSnapshotIdentifier);
      // Public; shared with one account; public among account ids; private.
      const values = index % 8 === 0 ? ['all'] : index % 8 === 2 ? [SHARED_WITH] : index % 8 === 4 ? [SHARED_WITH, 'all'] : [];
      return { DBSnapshotAttributesResult: { DBSnapshotIdentifier: input.DBSnapshotIdentifier, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: values }] } };
    }
    case 'rds.DescribeDBClusterSnapshotAttributes': {
      const index = indexOf(input.DBClusterSnapshotIdentifier);
      const values = index % 2 === 0 ? [SHARED_WITH] : [];
      return {
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotIdentifier: input.DBClusterSnapshotIdentifier,
          DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: values }],
        },
      };
    }
    case 'rds.DescribeDBParameters':
      return { Parameters: parameters(String(input.DBParameterGroupName)) };
    case 'rds.DescribeDBClusterParameters':
      return { Parameters: parameters(String(input.DBClusterParameterGroupName)) };
    default:
      throw serviceError('UnknownOperationException', 400);
  }
}
