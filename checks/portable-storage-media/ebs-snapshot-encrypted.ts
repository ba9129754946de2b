import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ebs-snapshot-encrypted',
  title: 'Every EBS snapshot the account owns is encrypted',
  controlArea: 'portable-storage-media',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'MP-5'], sp800_171r2: ['3.13.16', '3.8.6'], sp800_171r3: ['03.13.08'] },
  needs: ['ec2Snapshots'],
  rationale:
    'Snapshots are the cloud form of a portable disk: they are copied between regions and accounts and outlive the volume they came from. An unencrypted snapshot carries its data in the clear wherever it goes, and turning on default encryption later does not fix snapshots that already exist.',
  remediation: {
    summary:
      'Copy the snapshot with encryption under a customer-managed KMS key. Delete the unencrypted original once the copy is complete and verified, and enable EBS encryption by default.',
    cli: 'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KEY_ARN  # creates an encrypted copy; the original is untouched',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html',
  },
  evaluate({ ec2Snapshots }) {
    return ec2Snapshots.map((snapshot) => {
      const label = `Snapshot ${snapshot.snapshotId} (${snapshot.region}${snapshot.volumeId ? `, from ${snapshot.volumeId}` : ''})`;
      return snapshot.encrypted
        ? pass(snapshot, `${label} is encrypted${snapshot.kmsKeyId ? ` with ${snapshot.kmsKeyId}` : ''}.`)
        : fail(snapshot, `${label} is not encrypted.`);
    });
  },
});
