import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-sg-no-public-admin-ports.js';
import type { IpPermission } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aPermission, aSecurityGroup } from '../../helpers/ec2.js';
import { aPrefixList } from '../../helpers/ec2.js';

const world = { ipv4Ranges: ['0.0.0.0/0'] };
const lists = [aPrefixList('pl-world', ['10.0.0.0/8', '0.0.0.0/0']), aPrefixList('pl-office', ['198.51.100.0/24'])];

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
