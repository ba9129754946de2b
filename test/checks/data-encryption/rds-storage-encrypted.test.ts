import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/rds-storage-encrypted.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAuroraMember, anRdsCluster, anRdsInstance, DBGAP_TAGS, kmsKeyArnOf, rdsArnOf } from '../../helpers/rds.js';

const CMK = aKmsKey('key-1');
const AWS_KEY = aKmsKey('key-aws', { keyManager: 'AWS', aliases: ['alias/aws/rds'] });

// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html: StorageEncrypted covers the
// instance's storage, automated backups, read replicas and snapshots; the KMS key is fixed at creation.
describe('rds-storage-encrypted', () => {
  it.each([
    ['an unencrypted instance holding dbGaP data', DBGAP_TAGS, { storageEncrypted: false, kmsKeyId: undefined }, 'fail', 'high'],
    ['an unencrypted instance without dbGaP data keeps the check severity', {}, { storageEncrypted: false, kmsKeyId: undefined }, 'fail', 'high'],
    ['dbGaP data under a customer-managed key', DBGAP_TAGS, {}, 'pass', 'high'],
    ['dbGaP data under the AWS managed key aws/rds', DBGAP_TAGS, { kmsKeyId: AWS_KEY.arn }, 'fail', 'high'],
    ['other data under the AWS managed key', {}, { kmsKeyId: AWS_KEY.arn }, 'pass', 'high'],
    ['dbGaP data under a customer-managed key pending deletion', DBGAP_TAGS, { kmsKeyId: kmsKeyArnOf('key-doomed') }, 'fail', 'high'],
    ['dbGaP data under another account\'s key (customer managed by its owner)', DBGAP_TAGS, { kmsKeyId: 'arn:aws:kms:us-east-1:210987654321:key/abc' }, 'pass', 'high'],
  ])('%s → %s', (_name, tags, overrides, expected, severity) => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('db-1', { tags, ...overrides })],
      rdsClusters: [],
      kmsKeys: [CMK, AWS_KEY, aKmsKey('key-doomed', { keyState: 'PendingDeletion' })],
    });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[rdsArnOf('db', 'db-1'), expected, severity]]);
  });

  it('is an error, never a pass, when the key of a dbGaP database is not in the inventory', () => {
    const results = run(check, { rdsInstances: [anRdsInstance('db-1', { tags: DBGAP_TAGS, kmsKeyId: kmsKeyArnOf('key-unknown') })], rdsClusters: [], kmsKeys: [CMK] });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/not in the inventory/);
  });

  it('names kms:ListKeys when the key listing of the region failed, only for dbGaP databases', () => {
    const results = run(check, {
      rdsInstances: [anRdsInstance('dbgap', { tags: DBGAP_TAGS }), anRdsInstance('other')],
      rdsClusters: [],
      kmsKeys: { items: [], failures: [aFailure({ api: 'kms.ListKeys', action: 'kms:ListKeys', code: 'AccessDeniedException' })] },
    });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      [rdsArnOf('db', 'dbgap'), 'error'],
      [rdsArnOf('db', 'other'), 'pass'],
    ]);
    expect(results[0]?.message).toMatch(/kms:ListKeys/);
  });

  it('judges an Aurora cluster once, not again on its member instances', () => {
    const cluster = anRdsCluster('aurora', { storageEncrypted: false, kmsKeyId: undefined });
    const results = run(check, { rdsInstances: [anAuroraMember(cluster)], rdsClusters: [cluster], kmsKeys: [CMK] });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[cluster.arn, 'fail']]);
  });

  it('judges a member instance itself when its cluster is not in the inventory', () => {
    const member = anAuroraMember(anRdsCluster('gone'), { storageEncrypted: false });
    expect(statuses(run(check, { rdsInstances: [member], rdsClusters: [], kmsKeys: [CMK] }))).toEqual(['fail']);
  });

  it('classifies a cluster as dbGaP by its own tags', () => {
    const cluster = anRdsCluster('aurora', { tags: DBGAP_TAGS, kmsKeyId: AWS_KEY.arn });
    const [result] = run(check, { rdsInstances: [], rdsClusters: [cluster], kmsKeys: [CMK, AWS_KEY] });
    expect([result?.status, result?.message]).toEqual(['fail', expect.stringMatching(/AWS managed key alias\/aws\/rds/)]);
  });

  it('is not applicable without databases', () => {
    expect(statuses(run(check, { rdsInstances: [], rdsClusters: [], kmsKeys: [CMK] }))).toEqual(['not_applicable']);
  });

  it('errors for a region whose instance listing failed', () => {
    const results = run(check, {
      rdsInstances: { items: [], failures: [aFailure({ api: 'rds.DescribeDBInstances', action: 'rds:DescribeDBInstances', code: 'AccessDenied', region: 'eu-west-1' })] },
      rdsClusters: [],
      kmsKeys: [CMK],
    });
    expect(results.map((r) => [r.status, r.region])).toEqual([['error', 'eu-west-1']]);
    expect(results[0]?.message).toMatch(/rds:DescribeDBInstances/);
  });
});
