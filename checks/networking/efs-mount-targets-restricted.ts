import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { describeAddresses, isWorld } from '../../src/rules/cidr-set.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';
import { prefixListsIn } from '../../src/rules/network.js';
import { readRules, sourcesReachingPort } from '../../src/rules/security-group-exposure.js';

const NFS_PORT = 2049;

export default defineCheck({
  id: 'efs-mount-targets-restricted',
  title: 'EFS mount targets do not admit NFS from the internet',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['SC-7', 'SC-7(5)', 'AC-4', 'CM-7'], sp800_171r2: ['3.13.1', '3.13.6', '3.1.3'], sp800_171r3: ['03.13.01', '03.13.06', '03.01.03'] },
  needs: ['efsFileSystems', 'efsMountTargets', 'ec2SecurityGroups', 'ec2PrefixLists'],
  rationale:
    'A mount target is an NFS server in the subnet. If its security groups admit TCP 2049 from 0.0.0.0/0 or ::/0, anything that can route to the subnet can mount the file system; without a file system policy that means full read and write access to the data.',
  remediation: {
    summary: 'Admit NFS (TCP 2049) only from the security groups of the NFS clients. Reference the client hosts’ groups in the mount targets’ rules instead of CIDRs.',
    cli: `aws ec2 authorize-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=tcp,FromPort=2049,ToPort=2049,UserIdGroupPairs=[{GroupId=CLIENT_SG_ID}]' && aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions 'IpProtocol=tcp,FromPort=2049,ToPort=2049,IpRanges=[{CidrIp=0.0.0.0/0}]'  # adds the client group before removing the open rule, so mounts keep working`,
    docUrl: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
  },
  evaluate({ efsFileSystems, efsMountTargets, ec2SecurityGroups, ec2PrefixLists }, { settings }) {
    const tagsByArn = new Map(efsFileSystems.map((fileSystem) => [fileSystem.arn, fileSystem.tags]));
    const groups = new Map(ec2SecurityGroups.map((group) => [`${group.region} ${group.groupId}`, group]));
    return efsMountTargets.map((entry) => {
      const tags = tagsByArn.get(entry.arn);
      const classified = holdsControlledData({ kind: 'efs-file-system', name: entry.fileSystemId, tags }, settings);
      const dbgap = classified || tags !== undefined ? classified : 'unknown';
      const label = `EFS file system ${entry.fileSystemId}${dbgap === true ? ' (dbGaP data)' : ''}`;
      if (entry.mountTargets.length === 0) return pass(entry, `${label} has no mount target, so no NFS client can reach it.`);
      const prefixLists = prefixListsIn(entry.region, ec2PrefixLists);
      const open: string[] = [];
      const unknown: string[] = [];
      for (const target of entry.mountTargets) {
        const missing = target.securityGroupIds.filter((id) => !groups.has(`${entry.region} ${id}`));
        if (missing.length > 0) {
          unknown.push(`${target.mountTargetId}: security group ${missing.join(', ')} not in the inventory (ec2:DescribeSecurityGroups)`);
          continue;
        }
        // An interface with several groups admits the union of their rules.
        const permissions = target.securityGroupIds.flatMap((id) => groups.get(`${entry.region} ${id}`)?.ingress ?? []);
        const reaching = sourcesReachingPort(readRules(permissions, prefixLists), 'tcp', NFS_PORT);
        if (isWorld(reaching.known)) {
          const through = [...new Set(reaching.rules.map((rule) => rule.description))].join('; ');
          open.push(`${target.mountTargetId} (${target.securityGroupIds.join(', ')}) admits ${describeAddresses(reaching.known)} to TCP ${NFS_PORT} through ${through}`);
        } else if (isWorld(reaching.possible)) {
          unknown.push(`${target.mountTargetId}: ${reaching.unknownSources.join(', ')} could not be read`);
        }
      }
      if (open.length > 0) return fail(entry, `${label} is reachable over NFS from the internet: ${open.join('; ')}.`, severityForStore(dbgap, 'high'));
      if (unknown.length > 0) return error(entry, `${label} may admit NFS from the internet: ${unknown.join('; ')}.`);
      return pass(entry, `${label}: none of its ${entry.mountTargets.length} mount target(s) admits NFS (TCP ${NFS_PORT}) from the internet.`);
    });
  },
});
