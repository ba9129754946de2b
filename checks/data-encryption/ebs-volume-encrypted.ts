import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ebs-volume-encrypted',
  title: 'Every EBS volume is encrypted',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-13'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['ec2Volumes'],
  rationale:
    'Analysis hosts stage genotype and phenotype files on block storage. An unencrypted volume, attached or sitting detached after a job, exposes that data through snapshots, copies and decommissioned hardware. Instance-store volumes are not listed by this API; on Nitro instances they are encrypted by the hardware.',
  remediation: {
    summary:
      'Replace the volume with an encrypted copy under a customer-managed key. Encryption cannot be turned on in place: snapshot the volume, copy the snapshot with encryption, create a new volume from it, swap it in, and only then delete the old volume and snapshot.',
    cli: 'aws ec2 copy-snapshot --source-snapshot-id SNAPSHOT_ID --source-region REGION --encrypted --kms-key-id KEY_ARN  # creates an encrypted copy; the original volume and snapshot are untouched',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  evaluate({ ec2Volumes }) {
    return ec2Volumes
      .filter((volume) => volume.state !== 'deleted')
      .map((volume) => {
        const attachedTo = volume.attachments.map((attachment) => attachment.instanceId).filter(Boolean);
        const where = attachedTo.length > 0 ? `attached to ${attachedTo.join(', ')}` : 'unattached';
        return volume.encrypted
          ? pass(volume, `Volume ${volume.volumeId} (${where}) is encrypted${volume.kmsKeyId ? ` with KMS key ${volume.kmsKeyId}` : ''}.`)
          : fail(volume, `Volume ${volume.volumeId} (${where}, ${volume.sizeGiB ?? '?'} GiB) is not encrypted.`);
      });
  },
});
