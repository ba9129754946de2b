import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/efs-mount-targets-restricted.js';
import { aPermission, aPrefixList, aSecurityGroup } from '../../helpers/ec2.js';
import { anEfsFileSystem, efsArn, someMountTargets } from '../../helpers/efs.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const nfs = (overrides: Parameters<typeof aPermission>[0]) => aPermission({ fromPort: 2049, toPort: 2049, ...overrides });

function verdict(groups: ReturnType<typeof aSecurityGroup>[], groupIds: string[][], tags?: Record<string, string>) {
  return run(check, {
    efsFileSystems: [anEfsFileSystem('fs-1', tags ? { tags } : {})],
    efsMountTargets: [someMountTargets('fs-1', groupIds.map((securityGroupIds) => ({ securityGroupIds })))],
    ec2SecurityGroups: groups,
    ec2PrefixLists: [aPrefixList('pl-ok', ['10.0.0.0/8'])],
  });
}

// EFS User Guide, "Controlling network access to mount targets": NFS is TCP 2049; security groups are unions of rules.
describe('efs-mount-targets-restricted', () => {
  it('passes mount targets admitting NFS only from a VPC range and a client group', () => {
    const results = verdict([aSecurityGroup('sg-1', [nfs({ ipv4Ranges: ['10.0.0.0/16'], referencedGroupIds: ['sg-clients'] })])], [['sg-1']]);
    expect(statuses(results)).toEqual(['pass']);
  });

  it('fails a mount target open to 0.0.0.0/0 on 2049', () => {
    const [result] = verdict([aSecurityGroup('sg-1', [nfs({ ipv4Ranges: ['0.0.0.0/0'] })])], [['sg-1']]);
    expect([result?.status, result?.severity]).toEqual(['fail', 'high']);
    expect(result?.message).toContain('fsmt-0');
  });

  it('fails ::/0 through an all-ports rule, and the union of two groups that each admit half the internet', () => {
    expect(statuses(verdict([aSecurityGroup('sg-1', [aPermission({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/0'] })])], [['sg-1']]))).toEqual(['fail']);
    const halves = [aSecurityGroup('sg-a', [nfs({ ipv4Ranges: ['0.0.0.0/1'] })]), aSecurityGroup('sg-b', [nfs({ ipv4Ranges: ['128.0.0.0/1'] })])];
    expect(statuses(verdict(halves, [['sg-a', 'sg-b']]))).toEqual(['fail']);
  });

  it('passes a world-open group on another port', () => {
    expect(statuses(verdict([aSecurityGroup('sg-1', [aPermission({ ipv4Ranges: ['0.0.0.0/0'] })])], [['sg-1']]))).toEqual(['pass']);
  });

  it('lowers the severity for a file system that is not dbGaP data', () => {
    const [result] = verdict([aSecurityGroup('sg-1', [nfs({ ipv4Ranges: ['0.0.0.0/0'] })])], [['sg-1']], {});
    expect(result?.severity).toBe('low');
  });

  it('is an error when a mount target’s group is not in the inventory, or its prefix list is unreadable', () => {
    expect(statuses(verdict([], [['sg-missing']]))).toEqual(['error']);
    expect(statuses(verdict([aSecurityGroup('sg-1', [nfs({ prefixListIds: ['pl-unread'] })])], [['sg-1']]))).toEqual(['error']);
  });

  it('is an error when the mount targets could not be read', () => {
    const results = run(check, {
      efsFileSystems: [anEfsFileSystem('fs-1')],
      efsMountTargets: { items: [], failures: [aFailure({ api: 'efs.DescribeMountTargetSecurityGroups', action: 'elasticfilesystem:DescribeMountTargetSecurityGroups', resourceArn: efsArn('fs-1') })] },
      ec2SecurityGroups: [],
      ec2PrefixLists: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('passes a file system without mount targets', () => {
    expect(statuses(verdict([], []))).toEqual(['pass']);
  });
});
