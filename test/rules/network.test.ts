import { describe, expect, it } from 'vitest';
import { IntervalSet } from '../../src/rules/interval-set.js';
import { describePortRange, describePorts, isIcmp, isTcpOrUdp, normalizeProtocol, permissionPorts, prefixListsIn } from '../../src/rules/network.js';
import { aPermission, aPrefixList } from '../helpers/ec2.js';

describe('protocols and ports', () => {
  it.each([
    ['-1', 'all'],
    ['ALL', 'all'],
    ['6', 'tcp'],
    ['TCP', 'tcp'],
    ['17', 'udp'],
    ['1', 'icmp'],
    ['58', 'icmpv6'],
    ['47', '47'],
  ])('spells protocol %s as %s', (text, expected) => {
    expect(normalizeProtocol(text)).toBe(expected);
  });

  it('tells TCP/UDP and ICMP apart by name or number', () => {
    expect([isTcpOrUdp('6'), isTcpOrUdp('udp'), isTcpOrUdp('-1'), isIcmp('1'), isIcmp('icmpv6'), isIcmp('6')]).toEqual([true, true, false, true, true, false]);
  });

  it.each<[Parameters<typeof aPermission>[0], string, bigint]>([
    [{ protocol: 'tcp', fromPort: 22, toPort: 22 }, 'tcp/22', 1n],
    [{ protocol: '17', fromPort: 3380, toPort: 3390 }, 'udp/3380-3390', 11n],
    [{ protocol: '-1', fromPort: undefined, toPort: undefined }, 'all traffic', 65536n],
    [{ protocol: 'tcp', fromPort: -1, toPort: -1 }, 'tcp/all ports', 65536n],
    [{ protocol: 'icmp', fromPort: 8, toPort: -1 }, 'icmp', 0n],
    [{ protocol: '47', fromPort: undefined, toPort: undefined }, 'protocol 47', 0n],
  ])('reads %j as %s covering %s ports', (overrides, spelled, count) => {
    const permission = aPermission(overrides);
    expect(describePortRange(permission)).toBe(spelled);
    expect(permissionPorts(permission).size()).toBe(count);
  });

  it('lists a few port ranges, then counts', () => {
    expect(describePorts(IntervalSet.of([[22n, 22n], [80n, 442n]]))).toBe('22, 80-442');
    expect(describePorts(IntervalSet.of([1n, 3n, 5n, 7n, 9n].map((port) => [port, port] as const)))).toBe('1, 3, 5, 7… (5 ports)');
  });

  it('keeps prefix lists of one region', () => {
    expect([...prefixListsIn('us-west-2', [aPrefixList('pl-1', ['10.0.0.0/8']), aPrefixList('pl-1', ['0.0.0.0/0'], 'us-west-2')])]).toEqual([['pl-1', ['0.0.0.0/0']]]);
  });
});
