import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ebs-snapshot-not-public',
  title: 'No EBS snapshot is publicly restorable',
  controlArea: 'portable-storage-media',
  severity: 'critical',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4(21)', 'AC-6', 'MP-2', 'SC-7'],
    sp800_171r2: ['3.1.1', '3.1.3', '3.13.5'],
    sp800_171r3: ['03.01.01', '03.01.03', '03.13.01', '03.01.22'],
  },
  needs: ['ec2SnapshotPermissions', 'ec2SnapshotBlockPublicAccess'],
  rationale:
    'A snapshot is a full copy of a disk. If anyone may create a volume from it, any AWS customer can restore the analysis data, reference files or credentials it holds into their own account, with no trace in yours.',
  remediation: {
    summary:
      'Remove the public createVolumePermission from the snapshot. Then turn on snapshot block public access (block-all-sharing) in every region.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --group-names all  # makes the snapshot private; shares with named accounts are kept',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  evaluate({ ec2SnapshotPermissions, ec2SnapshotBlockPublicAccess }) {
    const blockStateByRegion = new Map(ec2SnapshotBlockPublicAccess.map((setting) => [setting.region, setting.state]));
    return ec2SnapshotPermissions.map((snapshot) => {
      const label = `Snapshot ${snapshot.snapshotId} (${snapshot.region})`;
      if (!snapshot.isPublic) return pass(snapshot, `${label} is not shared publicly.`);
      // With block-all-sharing the attribute still reads public, but AWS refuses public restores; lifting the
      // block would expose the snapshot again, so it stays a finding at a lower severity.
      if (blockStateByRegion.get(snapshot.region) === 'block-all-sharing') {
        return fail(
          snapshot,
          `${label} grants createVolumePermission to everyone (Group=all); public but blocked: snapshot block public access (block-all-sharing) in ${snapshot.region} stops public restores while it stays on.`,
          'medium',
        );
      }
      return fail(snapshot, `${label} is publicly restorable: createVolumePermission grants Group=all.`);
    });
  },
});
