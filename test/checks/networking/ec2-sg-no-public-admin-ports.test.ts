import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-sg-no-public-admin-ports.js';
import type { IpPermission } from '../../../src/model/items/ec2.js';
import { CidrSet, PUBLIC_SPACE } from '../../../src/rules/cidr-set.js';
import { aPermission, aPrefixList, aSecurityGroup } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const world = { ipv4Ranges: ['0.0.0.0/0'] };
const ssh = { fromPort: 22, toPort: 22 };
const lists = [
  aPrefixList('pl-world', ['10.0.0.0/8', '0.0.0.0/0']),
  aPrefixList('pl-office', ['198.51.100.0/24']),
  aPrefixList('pl-upper-half', ['128.0.0.0/2', '192.0.0.0/2']),
  aPrefixList('pl-garbled', ['198.51.100.0/24', '0.0.0.0/zero']),
];

describe('ec2-sg-no-public-admin-ports', () => {
  it.each<[string, Partial<IpPermission>[], string, string?]>([
    ['SSH from 0.0.0.0/0', [{ fromPort: 22, toPort: 22, ...world }], 'fail'],
    ['RDP from ::/0', [{ fromPort: 3389, toPort: 3389, ipv6Ranges: ['::/0'] }], 'fail'],
    ['UDP 3389 from the world (RDP over UDP)', [{ protocol: 'udp', fromPort: 3389, toPort: 3389, ...world }], 'fail'],
    ['protocol number 17 for UDP', [{ protocol: '17', fromPort: 3389, toPort: 3389, ...world }], 'fail'],
    ['protocol -1 (all traffic) from the world', [{ protocol: '-1', fromPort: undefined, toPort: undefined, ...world }], 'fail'],
    ['a TCP range 0-65535 covering 22', [{ fromPort: 0, toPort: 65535, ...world }], 'fail'],
    ['a range 20-25 covering 22 (inclusive)', [{ fromPort: 20, toPort: 25, ...world }], 'fail'],
    ['a range ending exactly at 22', [{ fromPort: 10, toPort: 22, ...world }], 'fail'],
    ['a customer prefix list containing 0.0.0.0/0', [{ fromPort: 22, toPort: 22, prefixListIds: ['pl-world'] }], 'fail'],
    ['SSH from an institutional /24', [{ fromPort: 22, toPort: 22, ipv4Ranges: ['198.51.100.0/24'] }], 'pass'],
    ['SSH from another security group', [{ fromPort: 22, toPort: 22, referencedGroupIds: ['sg-bastion'] }], 'pass'],
    ['HTTPS from the world', [{ fromPort: 443, toPort: 443, ...world }], 'pass'],
    ['a range 23-3388 that skips both ports', [{ fromPort: 23, toPort: 3388, ...world }], 'pass'],
    ['ICMP from the world', [{ protocol: 'icmp', fromPort: -1, toPort: -1, ...world }], 'pass'],
    ['a prefix list of office ranges', [{ fromPort: 22, toPort: 22, prefixListIds: ['pl-office'] }], 'pass'],
    ['no ingress at all', [], 'pass'],
    // The internet split into pieces: security groups are unions, so the pieces add up.
    ['0.0.0.0/1 + 128.0.0.0/1 in one rule', [{ ...ssh, ipv4Ranges: ['0.0.0.0/1', '128.0.0.0/1'] }], 'fail'],
    ['0.0.0.0/1 and 128.0.0.0/1 in two rules', [{ ...ssh, ipv4Ranges: ['0.0.0.0/1'] }, { ...ssh, ipv4Ranges: ['128.0.0.0/1'] }], 'fail'],
    ['four /2s in four rules', ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'].map((cidr) => ({ ...ssh, ipv4Ranges: [cidr] })), 'fail'],
    ['::/1 + 8000::/1', [{ fromPort: 3389, toPort: 3389, ipv6Ranges: ['::/1'] }, { fromPort: 3389, toPort: 3389, ipv6Ranges: ['8000::/1'] }], 'fail'],
    ['2000::/3 (every global IPv6 address)', [{ ...ssh, ipv6Ranges: ['2000::/3'] }], 'fail'],
    ['every public address but RFC 1918 and reserved space', [{ ...ssh, ipv4Ranges: PUBLIC_SPACE.only(4).toCidrs() }], 'fail'],
    ['the internet minus one carved-out address', [{ ...ssh, ipv4Ranges: CidrSet.of('0.0.0.0/0').subtract(CidrSet.of('8.8.8.8/32')).toCidrs() }], 'fail'],
    ['two /8s on the same port (more than any one holder)', [{ ...ssh, ipv4Ranges: ['3.0.0.0/8'] }, { ...ssh, ipv4Ranges: ['4.0.0.0/8'] }], 'fail'],
    ['half a prefix list, half a CIDR', [{ ...ssh, ipv4Ranges: ['0.0.0.0/1'], prefixListIds: ['pl-upper-half'] }], 'fail'],
    ['a narrow rule and a wide range rule that together cover 22', [{ ...ssh, ipv4Ranges: ['0.0.0.0/1'] }, { fromPort: 0, toPort: 1024, ipv4Ranges: ['128.0.0.0/1'] }], 'fail'],
    ['protocol -1 from one half, tcp/22 from the other', [{ protocol: '-1', fromPort: undefined, toPort: undefined, ipv4Ranges: ['128.0.0.0/1'] }, { ...ssh, ipv4Ranges: ['0.0.0.0/1'] }], 'fail'],
    ['UDP 3389 split in two rules', [{ protocol: '17', fromPort: 3389, toPort: 3389, ipv4Ranges: ['0.0.0.0/1'] }, { protocol: 'udp', fromPort: 3000, toPort: 4000, ipv4Ranges: ['128.0.0.0/1'] }], 'fail'],
    // Compliant twins: pieces that never meet on one protocol and port, or that are not the internet.
    ['one /8 on 22 and another on 23', [{ ...ssh, ipv4Ranges: ['3.0.0.0/8'] }, { fromPort: 23, toPort: 23, ipv4Ranges: ['4.0.0.0/8'] }], 'pass'],
    ['one /8 over TCP and another over UDP', [{ ...ssh, ipv4Ranges: ['3.0.0.0/8'] }, { protocol: 'udp', ...ssh, ipv4Ranges: ['4.0.0.0/8'] }], 'pass'],
    ['overlapping institutional ranges', [{ ...ssh, ipv4Ranges: ['198.51.100.0/24', '198.51.100.0/25'] }, { ...ssh, ipv4Ranges: ['198.51.100.128/25'] }], 'pass'],
    ['all private space', [{ ...ssh, ipv4Ranges: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'], ipv6Ranges: ['fc00::/7'] }], 'pass'],
    ['ICMP from both halves of the internet', [{ protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ['0.0.0.0/1'] }, { protocol: 'icmp', fromPort: 22, toPort: -1, ipv4Ranges: ['128.0.0.0/1'] }], 'pass'],
    ['ICMPv6 (58) from ::/0', [{ protocol: '58', fromPort: -1, toPort: -1, ipv6Ranges: ['::/0'] }], 'pass'],
  ])('%s → %s', (_name, permissions, expected) => {
    const results = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', permissions.map(aPermission))], ec2PrefixLists: lists });
    expect(statuses(results)).toEqual([expected]);
  });

  it('names the prefix list through which the world reaches the port', () => {
    const [result] = run(check, {
      ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-world'] })])],
      ec2PrefixLists: lists,
    });
    expect(result?.message).toMatch(/0\.0\.0\.0\/0 \(via prefix list pl-world\)/);
  });

  it('names the port, the rules and the range they admit together', () => {
    const [result] = run(check, {
      ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ ...ssh, ipv4Ranges: ['0.0.0.0/1'] }), aPermission({ fromPort: 20, toPort: 30, prefixListIds: ['pl-upper-half'] })])],
      ec2PrefixLists: lists,
    });
    expect(result?.message).toBe(
      'Security group sg-1 (sg-1-name) admits the internet to port 22 (tcp) from 0.0.0.0/0 (all of the public IPv4 internet) through tcp/22 from 0.0.0.0/1; tcp/20-30 from 128.0.0.0/2 (via prefix list pl-upper-half), 192.0.0.0/2 (via prefix list pl-upper-half).',
    );
  });

  it('joins TCP and UDP in the message when both admit the same range', () => {
    const [result] = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', [aPermission({ protocol: '-1', ipv6Ranges: ['::/1', '8000::/1'] })])], ec2PrefixLists: [] });
    expect(result?.message).toMatch(/port 22 \(tcp\+udp\) from ::\/0 \(all of the public IPv6 internet\) through all traffic from ::\/1, 8000::\/1; port 3389 \(tcp\+udp\)/);
  });

  it('honours extra admin ports from settings (WinRM 5985)', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 5985, toPort: 5985, ...world })]);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }))).toEqual(['pass']);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { adminPorts: [22, 3389, 5985] } }))).toEqual(['fail']);
  });

  it.each([
    ['a public range inside the approved CIDRs', ['198.51.100.0/25'], 'pass', undefined],
    ['a public range outside the approved CIDRs', ['203.0.113.0/24'], 'fail', 'medium'],
    ['a private range (not internet-reachable)', ['10.1.0.0/16'], 'pass', undefined],
    ['0.0.0.0/0 even if listed as approved', ['0.0.0.0/0'], 'fail', 'high'],
  ])('with approvedAdminCidrs set, SSH from %s → %s', (_name, cidrs, expected, severity) => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: cidrs })]);
    const [result] = run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { approvedAdminCidrs: ['198.51.100.0/24', '0.0.0.0/0'] } });
    expect(result?.status).toBe(expected);
    if (severity) expect(result?.severity).toBe(severity);
  });

  it.each<[string, string, string[], string[], string?, RegExp?]>([
    ['0.0.0.0/0 approved as two halves', 'fail', ['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0'], 'high'],
    ['the world approved as four /2s, SSH from a /24', 'fail', ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'], ['203.0.113.0/24'], 'medium', /\(0\.0\.0\.0\/2, .*192\.0\.0\.0\/2 in approvedAdminCidrs approve nothing\)/],
    ['the world approved in /8s, SSH from a /24', 'fail', Array.from({ length: 256 }, (_, index) => `${index}.0.0.0/8`), ['203.0.113.0/24'], 'medium', /together span the internet, so they approve nothing/],
    ['an institutional list, SSH split across it', 'pass', ['198.51.100.0/24', '203.0.113.0/24'], ['198.51.100.0/25', '198.51.100.128/25', '203.0.113.0/24']],
    ['an institutional list, SSH from a range that straddles it', 'fail', ['198.51.100.0/25'], ['198.51.100.0/24'], 'medium'],
  ])('approvedAdminCidrs never approve the internet: %s → %s', (_name, expected, approved, sources, severity, message) => {
    const group = aSecurityGroup('sg-1', [aPermission({ ...ssh, ipv4Ranges: sources })]);
    const [result] = run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { approvedAdminCidrs: approved } });
    expect(result?.status).toBe(expected);
    if (severity) expect(result?.severity).toBe(severity);
    if (message) expect(result?.message).toMatch(message);
  });

  it('names the part of a range outside the approved CIDRs', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ ...ssh, ipv4Ranges: ['198.51.100.0/24'] })]);
    const [result] = run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }, { settings: { approvedAdminCidrs: ['198.51.100.0/25'] } });
    expect(result?.message).toMatch(/port 22 \(tcp\) from 198\.51\.100\.128\/25 \(under 0\.01% of the public IPv4 internet\)/);
  });

  it('without approvedAdminCidrs, only the whole internet is judged', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: ['203.0.113.0/24'] })]);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }))).toEqual(['pass']);
  });

  it('errors (never passes) when a referenced prefix list could not be read', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-secret'] })]);
    const arn = 'arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-secret';
    const results = run(check, {
      ec2SecurityGroups: [group],
      ec2PrefixLists: { items: [], failures: [aFailure({ api: 'ec2.GetManagedPrefixListEntries', action: 'ec2:GetManagedPrefixListEntries', code: 'UnauthorizedOperation', resourceArn: arn })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      [group.arn, 'error'],
      [arn, 'error'],
    ]);
  });

  it('still fails a group that is world-open directly even when another prefix list is unreadable', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], prefixListIds: ['pl-secret'] })]);
    expect(statuses(run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [] }))[0]).toBe('fail');
  });

  it.each<[string, Partial<IpPermission>[], string]>([
    ['a malformed CIDR beside an institutional range', [{ ...ssh, ipv4Ranges: ['198.51.100.0/24', '0.0.0.0/zero'] }], 'error'],
    ['a malformed CIDR inside a prefix list', [{ ...ssh, prefixListIds: ['pl-garbled'] }], 'error'],
    ['a malformed CIDR beside the world (fails whatever it is)', [{ ...ssh, ipv4Ranges: ['0.0.0.0/0', 'garbage'] }], 'fail'],
    ['a malformed CIDR on a port that is not administrative', [{ fromPort: 443, toPort: 443, ipv4Ranges: ['garbage'] }], 'pass'],
  ])('%s → %s', (_name, permissions, expected) => {
    const results = run(check, { ec2SecurityGroups: [aSecurityGroup('sg-1', permissions.map(aPermission))], ec2PrefixLists: lists });
    expect(statuses(results)).toEqual([expected]);
    if (expected === 'error') expect(results[0]?.message).toMatch(/0\.0\.0\.0\/zero.*could not be read/);
  });

  it('uses prefix lists of the group region only', () => {
    const group = aSecurityGroup('sg-1', [aPermission({ fromPort: 22, toPort: 22, prefixListIds: ['pl-world'] })], 'us-west-2');
    const results = run(check, { ec2SecurityGroups: [group], ec2PrefixLists: [aPrefixList('pl-world', ['0.0.0.0/0'], 'us-west-2'), aPrefixList('pl-world', ['10.0.0.0/8'])] });
    expect(statuses(results)).toEqual(['fail']);
  });

  it('is not applicable with no security groups', () => {
    expect(statuses(run(check, { ec2SecurityGroups: [], ec2PrefixLists: [] }))).toEqual(['not_applicable']);
  });

  it('turns a region whose groups could not be listed into an error', () => {
    const results = run(check, {
      ec2SecurityGroups: { items: [], failures: [aFailure({ api: 'ec2.DescribeSecurityGroups', action: 'ec2:DescribeSecurityGroups', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
      ec2PrefixLists: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:DescribeSecurityGroups/);
  });
});
