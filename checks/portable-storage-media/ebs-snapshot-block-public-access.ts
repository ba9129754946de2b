import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ebs-snapshot-block-public-access',
  title: 'EBS snapshot block public access blocks all sharing in every region',
  controlArea: 'portable-storage-media',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'MP-2', 'SC-7'], sp800_171r2: ['3.1.3', '3.1.22'], sp800_171r3: ['03.01.03', '03.01.22'] },
  needs: ['ec2SnapshotBlockPublicAccess'],
  rationale:
    'The regional block is the guard rail that keeps one mistaken modify-snapshot-attribute call from publishing a disk image of controlled-access data. Only block-all-sharing also neutralises snapshots that were made public before the block was set.',
  remediation: {
    summary:
      'Turn on snapshot block public access (block-all-sharing) per region. Or enforce it with an EC2 declarative policy.',
    cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region REGION  # public snapshots in the region stop being public',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
  },
  evaluate({ ec2SnapshotBlockPublicAccess }) {
    return ec2SnapshotBlockPublicAccess.map((setting) => {
      const managed = setting.managedBy === 'declarative-policy' ? ' (enforced by a declarative policy)' : '';
      if (setting.state === 'block-all-sharing')
        return pass(setting, `Snapshot block public access in ${setting.region} is block-all-sharing${managed}.`);
      if (setting.state === 'block-new-sharing')
        return fail(
          setting,
          `Snapshot block public access in ${setting.region} is block-new-sharing${managed}: snapshots already public stay public.`,
        );
      return fail(setting, `Snapshot block public access in ${setting.region} is ${setting.state}${managed}: any snapshot can be made public.`);
    });
  },
});
