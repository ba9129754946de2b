import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/redshift-cluster-encrypted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aRedshiftCluster } from '../../helpers/redshift.js';

const keys = [aKmsKey('k1'), aKmsKey('aws1', { keyManager: 'AWS', aliases: ['alias/aws/redshift'] }), aKmsKey('odd', { keyManager: 'SOMETHING_NEW' })];
const keyArn = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;

// Redshift Management Guide, "Amazon Redshift database encryption": Encrypted and KmsKeyId of DescribeClusters.
describe('redshift-cluster-encrypted', () => {
  it.each([
    ['a dbGaP cluster with a customer key', aRedshiftCluster('c1'), 'pass', undefined],
    ['a dbGaP cluster with the AWS managed key', aRedshiftCluster('c1', { kmsKeyId: keyArn('aws1') }), 'fail', 'high'],
    ['an unencrypted dbGaP cluster', aRedshiftCluster('c1', { encrypted: false, kmsKeyId: undefined }), 'fail', 'high'],
    ['an unencrypted cluster that is not dbGaP data', aRedshiftCluster('c1', { encrypted: false, kmsKeyId: undefined, tags: {} }), 'fail', 'low'],
    ['an encrypted non-dbGaP cluster with the AWS managed key', aRedshiftCluster('c1', { kmsKeyId: keyArn('aws1'), tags: {} }), 'pass', undefined],
    ['a dbGaP cluster encrypted without a KmsKeyId', aRedshiftCluster('c1', { kmsKeyId: undefined }), 'fail', 'high'],
    ['a dbGaP cluster with another account’s key', aRedshiftCluster('c1', { kmsKeyId: 'arn:aws:kms:us-east-1:444455556666:key/x' }), 'pass', undefined],
    ['a dbGaP cluster with a key not in the inventory', aRedshiftCluster('c1', { kmsKeyId: keyArn('missing') }), 'error', undefined],
    ['a dbGaP cluster with an unknown key manager', aRedshiftCluster('c1', { kmsKeyId: keyArn('odd') }), 'error', undefined],
    ['a dbGaP cluster with a disabled customer key', aRedshiftCluster('c1', { kmsKeyId: keyArn('k2') }), 'fail', 'high'],
  ])('%s → %s', (_name, cluster, status, severity) => {
    const [result] = run(check, { redshiftClusters: [cluster], kmsKeys: [...keys, aKmsKey('k2', { keyState: 'Disabled' })] });
    expect(result?.status).toBe(status);
    if (severity) expect(result?.severity).toBe(severity);
  });

  it('names kms:DescribeKey when the key manager is unknown', () => {
    const [result] = run(check, { redshiftClusters: [aRedshiftCluster('c1', { kmsKeyId: keyArn('missing') })], kmsKeys: keys });
    expect(result?.message).toContain('kms:DescribeKey');
  });

  it('is an error when the KMS keys could not be listed', () => {
    const results = run(check, {
      redshiftClusters: [aRedshiftCluster('c1')],
      kmsKeys: { items: [], failures: [aFailure({ api: 'kms.ListKeys', action: 'kms:ListKeys', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is not applicable without clusters', () => {
    expect(statuses(run(check, { redshiftClusters: [], kmsKeys: [] }))).toEqual(['not_applicable']);
  });
});
