import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-sg-no-public-unrestricted-ports.js';
import type { IpPermission } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aPermission, aPrefixList, aSecurityGroup } from '../../helpers/ec2.js';

const world = { ipv4Ranges: ['0.0.0.0/0'] };
const lowerHalf = { ipv4Ranges: ['0.0.0.0/1'] };
const upperHalf = { ipv4Ranges: ['128.0.0.0/1'] };
const allTraffic = { protocol: '-1', fromPort: undefined, toPort: undefined };

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
    // The internet split into pieces, and ports split into ranges: the group is the union of its rules.
    ['all traffic from 0.0.0.0/1 and from 128.0.0.0/1', [{ ...allTraffic, ...lowerHalf }, { ...allTraffic, ...upperHalf }], 'fail', 'critical'],
    ['all traffic from ::/1 + 8000::/1', [{ ...allTraffic, ipv6Ranges: ['::/1', '8000::/1'] }], 'fail', 'critical'],
    ['all traffic from half a prefix list and half a CIDR', [{ ...allTraffic, ...lowerHalf, prefixListIds: ['pl-upper'] }], 'fail', 'critical'],
    ['TCP 0-32767 and 32768-65535 from the world', [{ fromPort: 0, toPort: 32767, ...world }, { fromPort: 32768, toPort: 65535, ...world }], 'fail', 'critical'],
    ['TCP 1-65535 (port 0 carries nothing)', [{ fromPort: 1, toPort: 65535, ...world }], 'fail', 'critical'],
    ['TCP every port, each half of the internet in its own rule', [{ fromPort: 0, toPort: 65535, ...lowerHalf }, { fromPort: 0, toPort: 65535, ...upperHalf }], 'fail', 'critical'],
    ['TCP 8080 from two halves', [{ fromPort: 8080, toPort: 8080, ...lowerHalf }, { fromPort: 8000, toPort: 9000, ...upperHalf }], 'fail', 'high'],
    ['GRE from two halves', [{ protocol: '47', ...lowerHalf }, { protocol: '47', ...upperHalf }], 'fail', 'high'],
    ['GRE from one half, all traffic from the other', [{ protocol: '47', ...lowerHalf }, { ...allTraffic, ipv4Ranges: ['128.0.0.0/2', '192.0.0.0/2'] }], 'fail', 'critical'],
    // Compliant twins.
    ['TCP 443 from two halves (authorized)', [{ fromPort: 443, toPort: 443, ...lowerHalf }, { fromPort: 443, toPort: 443, ...upperHalf }], 'pass'],
    ['ICMP from two halves', [{ protocol: 'icmp', fromPort: -1, toPort: -1, ...lowerHalf }, { protocol: '1', fromPort: 8, toPort: 0, ...upperHalf }], 'pass'],
    ['one /8 on 8080 and another on 8081', [{ fromPort: 8080, toPort: 8080, ipv4Ranges: ['3.0.0.0/8'] }, { fromPort: 8081, toPort: 8081, ipv4Ranges: ['4.0.0.0/8'] }], 'pass'],
    ['all traffic from private ranges of both families', [{ ...allTraffic, ipv4Ranges: ['10.0.0.0/8', '172.16.0.0/12'], ipv6Ranges: ['fd00::/8'] }], 'pass'],
  ])('%s → %s %s', (_name, permissions, expected, severity) => {
    const results = run(check, {
      ec2SecurityGroups: [aSecurityGroup('sg-1', permissions.map(aPermission))],
      ec2PrefixLists: [aPrefixList('pl-world', ['0.0.0.0/0']), aPrefixList('pl-upper', ['128.0.0.0/1'])],
    });
    expect(statuses(results)).toEqual([expected]);
    if (severity) expect(results[0]?.severity).toBe(severity);
  });

  it('honours authorizedPublicPorts from settings', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 80, toPort: 80, ...world })]);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }))).toEqual(['fail']);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { authorizedPublicPorts: [80, 443] } }))).toEqual(['pass']);
  });

  it('names the unauthorized ports, the range and the rules', () => {
    const [result] = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ fromPort: 80, toPort: 443, ...lowerHalf }), aPermission({ fromPort: 80, toPort: 8080, ...upperHalf })])], ec2PrefixLists: [] });
    expect(result?.message).toBe(
      'Security group sg-1 (sg-1-name) is open to the internet on unapproved ports: ' +
        'tcp/80-442 from 0.0.0.0/0 (all of the public IPv4 internet) through tcp/80-443 from 0.0.0.0/1; tcp/80-8080 from 128.0.0.0/1; ' +
        'tcp/444-8080 from 128.0.0.0/1 (43.46% of the public IPv4 internet) through tcp/80-8080 from 128.0.0.0/1.',
    );
  });

  it('names a split all-ports opening as all ports', () => {
    const [result] = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ fromPort: 0, toPort: 32767, ...world }), aPermission({ fromPort: 32768, toPort: 65535, ...world })])], ec2PrefixLists: [] });
    expect(result?.message).toMatch(/on all ports: tcp\/all ports from 0\.0\.0\.0\/0 \(all of the public IPv4 internet\) through tcp\/0-32767 from 0\.0\.0\.0\/0; tcp\/32768-65535/);
  });

  it('names TCP and UDP once when one rule opens both', () => {
    const [result] = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ ...allTraffic, ipv6Ranges: ['::/1', '8000::/1'] })])], ec2PrefixLists: [] });
    expect(result?.message).toBe('Security group sg-1 (sg-1-name) is open to the internet on all ports: tcp+udp/all ports from ::/0 (all of the public IPv6 internet) through all traffic from ::/1, 8000::/1.');
  });

  it.each<[string, Partial<IpPermission>[], string]>([
    ['a malformed CIDR beside an office range', [{ fromPort: 8080, toPort: 8080, ipv4Ranges: ['198.51.100.0/24', '0.0.0.0/zero'] }], 'error'],
    ['a malformed CIDR on an authorized port only', [{ fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/zero'] }], 'pass'],
    ['a malformed CIDR beside a world-open rule', [{ fromPort: 8080, toPort: 8080, ipv4Ranges: ['0.0.0.0/zero'] }, { fromPort: 9000, toPort: 9000, ...world }], 'fail'],
    ['a malformed CIDR on a portless protocol', [{ protocol: '47', ipv4Ranges: ['0.0.0.0/zero'] }], 'error'],
  ])('%s → %s', (_name, permissions, expected) => {
    const results = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', permissions.map(aPermission))], ec2PrefixLists: [] });
    expect(statuses(results)).toEqual([expected]);
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
