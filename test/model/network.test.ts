import { describe, expect, it } from 'vitest';
import { cidrContains, isApprovedCidr, isPublicCidr, parseCidr, unapprovedPorts } from '../../src/model/network.js';
import { aPermission } from '../helpers/ec2.js';

describe('CIDR helpers', () => {
  it.each([
    ['10.0.0.0/8', '10.1.2.0/24', true],
    ['10.0.0.0/8', '11.0.0.0/24', false],
    ['10.1.2.0/24', '10.0.0.0/8', false],
    ['0.0.0.0/0', '203.0.113.0/24', true],
    ['198.51.100.0/24', '198.51.100.7', true],
    ['2600:1f18::/32', '2600:1f18:abcd::/48', true],
    ['2600:1f18::/32', '2600:1f19::/48', false],
    ['::/0', '10.0.0.0/8', false],
    ['::ffff:0:0/96', '::ffff:10.0.0.1/128', true],
  ])('%s contains %s → %s', (outer, inner, expected) => {
    expect(cidrContains(outer, inner)).toBe(expected);
  });

  it.each(['300.0.0.0/8', '10.0.0.0/33', '1:2:3', 'fe80::1::2/64', 'not-a-cidr'])('rejects malformed %s', (cidr) => {
    expect(parseCidr(cidr)).toBeUndefined();
  });

  it.each([
    ['10.0.0.0/16', false],
    ['172.31.0.0/16', false],
    ['192.168.1.0/24', false],
    ['fd00::/8', false],
    ['203.0.113.0/24', true],
    ['0.0.0.0/0', true],
    ['2600:1f18::/32', true],
  ])('isPublicCidr(%s) → %s', (cidr, expected) => {
    expect(isPublicCidr(cidr)).toBe(expected);
  });

  it('never approves a world CIDR, even if it is listed', () => {
    expect(isApprovedCidr('0.0.0.0/0', ['0.0.0.0/0'])).toBe(false);
    expect(isApprovedCidr('203.0.113.0/24', ['0.0.0.0/0'])).toBe(false);
    expect(isApprovedCidr('203.0.113.0/25', ['203.0.113.0/24'])).toBe(true);
  });

  it('counts the unauthorized ports of a range', () => {
    expect(unapprovedPorts(aPermission({ fromPort: 80, toPort: 443 }), [443])).toEqual({ count: 363, sample: [80, 81, 82, 83, 84] });
    expect(unapprovedPorts(aPermission({ fromPort: 443, toPort: 443 }), [443])).toEqual({ count: 0, sample: [] });
  });
});
