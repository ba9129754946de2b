import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import { stoppedAt } from '../../src/rules/dates.js';
import { daysSince } from '../../src/rules/dates.js';

export default defineCheck({
  id: 'ec2-stopped-instances-stale',
  title: 'No instance has been left stopped for longer than the allowed period',
  controlArea: 'data-cleanup-retention',
  severity: 'low',
  nist: { sp800_53r5: ['CM-2', 'CM-2(2)', 'CM-3(3)', 'CM-8(6)'], sp800_171r2: ['3.4.1', '3.4.2'], sp800_171r3: ['03.04.01', '03.04.10'] },
  needs: ['ec2Instances'],
  rationale:
    'A stopped instance keeps its EBS volumes, and with them whatever controlled-access data the analysis left behind. Hosts stopped for weeks are usually forgotten: nobody patches them, nobody reviews them at close-out, and the data on them outlives the project.',
  remediation: {
    summary:
      'Terminate stale instances once their data is no longer needed. Snapshot first anything that must be kept (encrypted and tagged), or start the instance and bring it back under patching if it is still in use. Tune thresholds.maxStoppedDays to your SSP.',
    cli: 'aws ec2 create-snapshots --instance-specification InstanceId=INSTANCE_ID --copy-tags-from-source volume --query "Snapshots[].SnapshotId" --output text --region REGION > snapshot-ids.txt && aws ec2 wait snapshot-completed --snapshot-ids $(cat snapshot-ids.txt) --region REGION && aws ec2 terminate-instances --instance-ids INSTANCE_ID --region REGION  # the instance is already stopped; it is terminated only after a snapshot of every volume completes',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
  },
  evaluate({ ec2Instances }, { settings, now }) {
    const maxDays = settings.thresholds.maxStoppedDays;
    return ec2Instances
      .filter((instance) => instance.state !== 'terminated')
      .map((instance): Finding => {
        const name = `Instance ${instance.instanceId}`;
        if (instance.state !== 'stopped') return pass(instance, `${name} is ${instance.state}, not stopped.`);
        const since = stoppedAt(instance.stateTransitionReason);
        if (since) {
          const days = daysSince(since.toISOString(), now);
          return days > maxDays
            ? fail(instance, `${name} has been stopped for ${days} days (since ${since.toISOString().slice(0, 10)}), longer than ${maxDays} days.`)
            : pass(instance, `${name} has been stopped for ${days} days, within ${maxDays} days.`);
        }
        // The stop came after the last launch, so a recent launch bounds how long it can have been stopped.
        if (instance.launchTime && daysSince(instance.launchTime, now) <= maxDays) {
          return pass(instance, `${name} is stopped and was last launched ${daysSince(instance.launchTime, now)} days ago, within ${maxDays} days.`);
        }
        return error(
          instance,
          `${name} is stopped but EC2 reports no stop time (state transition reason: ${JSON.stringify(instance.stateTransitionReason ?? '')}); cannot tell how long it has been stopped.`,
        );
      });
  },
});
