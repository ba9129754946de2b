import { defineCheck } from '../../src/model/check.js';
import { holdsControlledData } from '../../src/rules/data-classification.js';
import { atRestFinding, keyResolver } from '../../src/rules/kms-key-reference.js';

export default defineCheck({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted, with a customer managed key for dbGaP data',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13', 'SC-12'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['redshiftClusters', 'kmsKeys'],
  rationale:
    'A warehouse loaded with phenotype tables keeps them on cluster storage and in every snapshot. Encryption with a customer managed key puts each decryption behind a key policy the institution controls and allows crypto-erasure at close-out.',
  remediation: {
    summary:
      'Encrypt the cluster with a customer managed KMS key. Redshift migrates the data to an encrypted cluster in place; the cluster is read-only while it does.',
    cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id KEY_ARN  # re-encrypts in place; snapshots taken before keep their old encryption',
    docUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  evaluate({ redshiftClusters, kmsKeys }, { settings, account }) {
    const resolve = keyResolver(kmsKeys, account.id);
    return redshiftClusters.map((cluster) => {
      const dbgap = holdsControlledData({ kind: 'redshift-cluster', name: cluster.clusterIdentifier, tags: cluster.tags }, settings);
      return atRestFinding(
        {
          target: cluster,
          label: `Redshift cluster ${cluster.clusterIdentifier}${dbgap ? ' (dbGaP data)' : ''}`,
          encrypted: cluster.encrypted,
          reference: cluster.kmsKeyId,
          withoutReference: 'a key that is not a customer managed KMS key (no KmsKeyId)',
          dbgap,
          severity: 'high',
        },
        resolve,
      );
    });
  },
});
