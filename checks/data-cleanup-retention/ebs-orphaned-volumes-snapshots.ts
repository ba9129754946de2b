import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import { daysSince } from '../../src/rules/dates.js';

/** The placeholder EC2 puts in VolumeId for snapshots that were copied or imported rather than taken of a volume. */
const NO_SOURCE_VOLUME = 'vol-ffffffff';

export default defineCheck({
  id: 'ebs-orphaned-volumes-snapshots',
  title: 'No unattached volumes or stale snapshots hold residual data',
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-8', 'MP-6', 'SI-12'], sp800_171r2: ['3.4.1', '3.8.3'], sp800_171r3: ['03.04.10', '03.08.03'] },
  needs: ['ec2Volumes', 'ec2Instances', 'ec2Snapshots', 'ec2Images'],
  rationale:
    'Deleting an instance or a project bucket does not delete detached volumes, volumes kept on termination, or old snapshots. Each is a full copy of a disk that may hold controlled-access data, outside any inventory the project keeps, and it survives the data use agreement unless someone looks for it.',
  remediation: {
    summary:
      'Delete unattached volumes and stale snapshots once confirmed unneeded. Snapshot and tag first anything that must be retained, and keep a Recycle Bin retention rule as a safety net. Volumes kept on termination are listed in the passing results as clean-up evidence. Tune thresholds.orphanedVolumeDays and thresholds.maxSnapshotAgeDays.',
    cli: 'aws ec2 create-snapshot --volume-id VOLUME_ID --description "final copy before deletion" --query SnapshotId --output text --region REGION > snapshot-id.txt && aws ec2 wait snapshot-completed --snapshot-ids $(cat snapshot-id.txt) --region REGION && aws ec2 delete-volume --volume-id VOLUME_ID --region REGION  # deletes the volume only after its final snapshot completes; keep or delete that snapshot per your retention',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin.html',
  },
  evaluate({ ec2Volumes, ec2Instances, ec2Snapshots, ec2Images }, { settings, now }) {
    const { orphanedVolumeDays, maxSnapshotAgeDays } = settings.thresholds;
    const findings: Finding[] = [];

    // DeleteOnTermination as the instance reports it, for attachments where the volume listing leaves it out.
    const deleteOnTermination = new Map<string, boolean>();
    for (const instance of ec2Instances) {
      for (const device of instance.blockDevices) {
        if (device.volumeId && device.deleteOnTermination !== undefined) deleteOnTermination.set(`${instance.region}/${device.volumeId}`, device.deleteOnTermination);
      }
    }

    for (const volume of ec2Volumes) {
      const name = `Volume ${volume.volumeId}`;
      if (volume.state === 'available') {
        if (!volume.createTime) {
          findings.push(error(volume, `${name} is unattached and EC2 reports no creation time; cannot tell how long it has existed.`));
          continue;
        }
        const days = daysSince(volume.createTime, now);
        findings.push(
          days > orphanedVolumeDays
            ? fail(volume, `${name} is unattached and was created ${days} days ago, longer than ${orphanedVolumeDays} days.`)
            : pass(volume, `${name} is unattached but was created ${days} days ago, within ${orphanedVolumeDays} days.`),
        );
        continue;
      }
      if (volume.state !== 'in-use') continue;
      const kept = volume.attachments.filter(
        (attachment) => (attachment.deleteOnTermination ?? deleteOnTermination.get(`${volume.region}/${volume.volumeId}`)) === false,
      );
      // A data volume kept on termination is a deliberate choice (results outlive a compute node), not residual data
      // yet: it is recorded as clean-up evidence on a passing result; it becomes a finding once it is unattached.
      findings.push(
        kept.length > 0
          ? pass(volume, `${name} is attached to ${kept.map((attachment) => attachment.instanceId).join(', ')}; DeleteOnTermination=false, so it outlives its instance and must be deleted at close-out.`)
          : pass(volume, `${name} is attached and is deleted with its instance.`),
      );
    }

    const volumesByRegion = new Set(ec2Volumes.map((volume) => `${volume.region}/${volume.volumeId}`));
    const imageSnapshots = new Set(ec2Images.flatMap((image) => image.snapshotIds.map((id) => `${image.region}/${id}`)));
    for (const snapshot of ec2Snapshots) {
      const name = `Snapshot ${snapshot.snapshotId}`;
      const problems: string[] = [];
      if (snapshot.startTime) {
        const days = daysSince(snapshot.startTime, now);
        if (days > maxSnapshotAgeDays) problems.push(`is ${days} days old, older than ${maxSnapshotAgeDays} days`);
      }
      const sourceGone =
        snapshot.volumeId !== undefined &&
        snapshot.volumeId !== NO_SOURCE_VOLUME &&
        !volumesByRegion.has(`${snapshot.region}/${snapshot.volumeId}`) &&
        // An AMI's snapshots are expected to outlive the build volume; the AMI is what keeps them.
        !imageSnapshots.has(`${snapshot.region}/${snapshot.snapshotId}`);
      if (sourceGone) problems.push(`was taken of volume ${snapshot.volumeId}, which no longer exists`);
      if (problems.length > 0) findings.push(fail(snapshot, `${name} ${problems.join(' and ')}.`, 'low'));
      else if (!snapshot.startTime) findings.push(error(snapshot, `${name} has no start time; cannot tell its age.`));
      else findings.push(pass(snapshot, `${name} is ${daysSince(snapshot.startTime, now)} days old and its source volume still exists or backs an AMI.`));
    }
    return findings;
  },
});
