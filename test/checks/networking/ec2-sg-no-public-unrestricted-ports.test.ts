import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-sg-no-public-unrestricted-ports.js';
import type { IpPermission } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aPermission, aSecurityGroup } from '../../helpers/ec2.js';
import { aPrefixList } from '../../helpers/ec2.js';

const world = { ipv4Ranges: ['0.0.0.0/0'] };

describe('ec2-sg-no-public-unrestricted-ports', () => {
  it.each<[string, Partial<IpPermission>[], string, string?]>([
    ['protocol -1 from 0.0.0.0/0', [{ protocol: '-1', fromPort: undefined, toPort: undefined, ...world }], 'fail', 'critical'],
    ['protocol -1 from ::/0', [{ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/0'] }], 'fail', 'critical'],
    ['TCP 0-65535 from the world', [{ fromPort: 0, toPort: 65535, ...world }], 'fail', 'critical'],
    ['UDP 0-65535 from the world', [{ protocol: 'udp', fromPort: 0, toPort: 65535, ...world }], 'fail', 'critical'],
    ['all traffic via a prefix list holding 0.0.0.0/0', [{ protocol: '-1', fromPort: undefined, toPort: undefined, prefixListIds: ['pl-world'] }], 'fail', 'critical'],
    ['TCP 8080 from the world (not authorized)', [{ fromPort: 8080, toPort: 8080, ...world }], 'fail', 'high'],
    ['TCP 80-443 from the world (443 authorized, the rest not)', [{ fromPort: 80, toPort: 443, ...world }], 'fail', 'high'],
    ['SSH from the world (an unauthorized port too)', [{ fromPort: 22, toPort: 22, ...world }], 'fail', 'high'],
    ['GRE (protocol 47) from the world', [{ protocol: '47', fromPort: undefined, toPort: undefined, ...world }], 'fail', 'high'],
    ['TCP 443 from the world (authorized)', [{ fromPort: 443, toPort: 443, ...world }], 'pass'],
    ['all traffic from a private range', [{ protocol: '-1', ipv4Ranges: ['10.0.0.0/8'] }], 'pass'],
    ['all traffic from another security group', [{ protocol: '-1', referencedGroupIds: ['sg-2'] }], 'pass'],
    ['ICMP from the world (no ports)', [{ protocol: 'icmp', fromPort: -1, toPort: -1, ...world }], 'pass'],
    ['no ingress', [], 'pass'],
  ])('%s → %s %s', (_name, permissions, expected, severity) => {
    const results = run(check, {
      ec2SecurityGroups: [aSecurityGroup('sg-1', permissions.map(aPermission))],
      ec2PrefixLists: [aPrefixList('pl-world', ['0.0.0.0/0'])],
    });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('honours authorizedPublicPorts from settings', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 80, toPort: 80, ...world })]);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }))).toEqual(['fail']);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { authorizedPublicPorts: [80, 443] } }))).toEqual(['pass']);
  });

  it('summarizes a large unauthorized range instead of listing every port', () => {
    const [result] = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ fromPort: 1024, toPort: 2047, ...world })])], ec2PrefixLists: [] });
    expect(result?.message).toMatch(/1024, 1025, 1026, 1027, 1028… \(1024 ports\)/);
  });

  it('errors for a group whose prefix list could not be read', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ protocol: '-1', prefixListIds: ['pl-x'] })]);
    const results = run(check, {
      ec2SecurityGroups: [group],
      ec2PrefixLists: { items: [], failures: [aFailure({ api: 'ec2.GetManagedPrefixListEntries', resourceArn: 'arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-x' })] },
    });
    expect(results.find((result) => result.resourceArn === group.arn)?.status).toBe('error');
  });

  it('is not applicable with no security groups', () => {
    expect(statuses(run(check, { ec2SecurityGroups: [], ec2PrefixLists: [] }))).toEqual(['not_applicable']);
  });
});
