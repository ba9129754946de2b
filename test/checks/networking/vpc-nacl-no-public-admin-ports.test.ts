import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/vpc-nacl-no-public-admin-ports.js';
import type { NetworkAclEntry } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aNetworkAcl, anAclEntry } from '../../helpers/ec2.js';

describe('vpc-nacl-no-public-admin-ports', () => {
  it.each<[string, NetworkAclEntry[], string]>([
    ['an allow for tcp/22 from 0.0.0.0/0', [anAclEntry()], 'fail'],
    ['an allow for tcp/3389 from ::/0', [anAclEntry({ cidrBlock: undefined, ipv6CidrBlock: '::/0', portRange: { from: 3389, to: 3389 } })], 'fail'],
    ['an allow for udp/3389 from the world', [anAclEntry({ protocol: '17', portRange: { from: 3389, to: 3389 } })], 'fail'],
    ['the default "allow all" rule 100 (protocol -1)', [anAclEntry({ protocol: '-1', portRange: undefined })], 'fail'],
    ['a port range 0-1024 covering 22', [anAclEntry({ portRange: { from: 0, to: 1024 } })], 'fail'],
    ['a lower-numbered world deny before the allow', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny' }), anAclEntry({ ruleNumber: 100 })], 'pass'],
    ['a deny listed after but numbered lower (order by RuleNumber)', [anAclEntry({ ruleNumber: 200 }), anAclEntry({ ruleNumber: 90, ruleAction: 'deny', protocol: '-1', portRange: undefined })], 'pass'],
    ['a higher-numbered deny after the allow', [anAclEntry({ ruleNumber: 100 }), anAclEntry({ ruleNumber: 200, ruleAction: 'deny' })], 'fail'],
    ['a deny for a private range before a world allow', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: '10.0.0.0/8' }), anAclEntry({ ruleNumber: 100 })], 'fail'],
    ['an IPv4 deny does not cover an IPv6 allow', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny' }), anAclEntry({ ruleNumber: 100, cidrBlock: undefined, ipv6CidrBlock: '::/0' })], 'fail'],
    ['an allow for 22 from an institutional range only', [anAclEntry({ cidrBlock: '198.51.100.0/24' })], 'pass'],
    ['an allow for 443 only from the world', [anAclEntry({ portRange: { from: 443, to: 443 } })], 'pass'],
    ['an egress allow-all (ignored)', [anAclEntry({ egress: true, protocol: '-1', portRange: undefined })], 'pass'],
    ['an ICMP allow from the world', [anAclEntry({ protocol: '1', portRange: undefined })], 'pass'],
    ['only the implicit deny', [], 'pass'],
    // Lower-numbered non-/0 entries decide before a /0 deny; the internet may come in pieces.
    ['allows of 0.0.0.0/1 and 128.0.0.0/1 before a world deny', [anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 95, cidrBlock: '128.0.0.0/1' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })], 'fail'],
    ['four /2 allows before a world deny', ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'].map((cidrBlock, index) => anAclEntry({ ruleNumber: 10 + index, cidrBlock })).concat(anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })), 'fail'],
    ['::/1 and 8000::/1 allows before a ::/0 deny', [anAclEntry({ ruleNumber: 10, cidrBlock: undefined, ipv6CidrBlock: '::/1' }), anAclEntry({ ruleNumber: 11, cidrBlock: undefined, ipv6CidrBlock: '8000::/1' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny', cidrBlock: undefined, ipv6CidrBlock: '::/0' })], 'fail'],
    ['an allow of 2000::/3', [anAclEntry({ cidrBlock: undefined, ipv6CidrBlock: '2000::/3', portRange: { from: 3389, to: 3389 } })], 'fail'],
    ['an allow of half the internet before a world deny', [anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })], 'fail'],
    ['a deny of a few addresses before a world allow', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: '8.8.8.8/32' }), anAclEntry({ ruleNumber: 100 })], 'fail'],
    ['a deny of half the internet before a world allow (the other half stays open)', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 100 })], 'fail'],
    ['an allow of TCP 0-65535 in halves of the address space', [anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1', portRange: { from: 0, to: 65535 } }), anAclEntry({ ruleNumber: 91, cidrBlock: '128.0.0.0/1', portRange: { from: 1, to: 1024 } })], 'fail'],
    ['a protocol -1 allow for one half, tcp/22 for the other', [anAclEntry({ ruleNumber: 90, protocol: '-1', portRange: undefined, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 91, cidrBlock: '128.0.0.0/1' })], 'fail'],
    ['two /8 allows for 22 (more than any one holder)', [anAclEntry({ ruleNumber: 90, cidrBlock: '3.0.0.0/8' }), anAclEntry({ ruleNumber: 91, cidrBlock: '4.0.0.0/8' })], 'fail'],
    // Compliant twins.
    ['halves of the internet denied before a world allow', [anAclEntry({ ruleNumber: 10, ruleAction: 'deny', cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 11, ruleAction: 'deny', protocol: '-1', portRange: undefined, cidrBlock: '128.0.0.0/1' }), anAclEntry({ ruleNumber: 100 })], 'pass'],
    ['an office allow, then a world deny, then a world allow', [anAclEntry({ ruleNumber: 90, cidrBlock: '198.51.100.0/24' }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny', protocol: '-1', portRange: undefined }), anAclEntry({ ruleNumber: 200 })], 'pass'],
    ['a world deny for 0-1024 before an allow-all', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', portRange: { from: 0, to: 1024 } }), anAclEntry({ ruleNumber: 51, ruleAction: 'deny', protocol: '17', portRange: { from: 3000, to: 4000 } }), anAclEntry({ ruleNumber: 52, ruleAction: 'deny', portRange: { from: 3389, to: 3389 } }), anAclEntry({ ruleNumber: 100, protocol: '-1', portRange: undefined, cidrBlock: '10.0.0.0/8' })], 'pass'],
    ['one /8 allowed for 22 and another for 3389', [anAclEntry({ ruleNumber: 90, cidrBlock: '3.0.0.0/8' }), anAclEntry({ ruleNumber: 91, cidrBlock: '4.0.0.0/8', portRange: { from: 3389, to: 3389 } })], 'pass'],
    ['ICMP allows from both halves', [anAclEntry({ ruleNumber: 90, protocol: '1', portRange: undefined, cidrBlock: '0.0.0.0/1' }), anAclEntry({ ruleNumber: 91, protocol: '58', portRange: undefined, cidrBlock: undefined, ipv6CidrBlock: '::/0' })], 'pass'],
  ])('%s → %s', (_name, entries, expected) => {
    expect(statuses(run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', entries)] }))).toEqual([expected]);
  });

  it('names the deciding rule', () => {
    const [result] = run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', [anAclEntry({ ruleNumber: 120 })])] });
    expect(result?.message).toBe('Network ACL acl-1 (1 subnet(s) in vpc-1) admits tcp/22 from 0.0.0.0/0 (all of the public IPv4 internet) by rule 120.');
  });

  it('groups the protocols one allow-all rule opens', () => {
    const [result] = run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', [anAclEntry({ protocol: '-1', portRange: undefined })])] });
    expect(result?.message).toMatch(/tcp\+udp\/22 from 0\.0\.0\.0\/0 \(all of the public IPv4 internet\) by rule 100; tcp\+udp\/3389 from 0\.0\.0\.0\/0 .* by rule 100\.$/);
  });

  it('names the rules that admit the pieces, and the range they admit together', () => {
    const [result] = run(check, {
      ec2NetworkAcls: [
        aNetworkAcl('acl-1', [
          anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: '8.8.8.8/32' }),
          anAclEntry({ ruleNumber: 90, cidrBlock: '0.0.0.0/1' }),
          anAclEntry({ ruleNumber: 95, cidrBlock: '128.0.0.0/1' }),
          anAclEntry({ ruleNumber: 100, ruleAction: 'deny' }),
        ]),
      ],
    });
    expect(result?.message).toBe(
      'Network ACL acl-1 (1 subnet(s) in vpc-1) admits tcp/22 from every public IPv4 address except 8.8.8.8/32 (99.99% of the public IPv4 internet) by rules 90 (0.0.0.0/1), 95 (128.0.0.0/1).',
    );
  });

  it.each<[string, NetworkAclEntry[], string]>([
    ['an allow without a CIDR before a world deny', [anAclEntry({ ruleNumber: 50, cidrBlock: undefined }), anAclEntry({ ruleNumber: 100, ruleAction: 'deny' })], 'error'],
    ['a deny with a garbled CIDR before a world allow', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', cidrBlock: 'bogus' }), anAclEntry({ ruleNumber: 100 })], 'error'],
    ['a TCP allow without a port range', [anAclEntry({ ruleNumber: 50, portRange: undefined, cidrBlock: '198.51.100.0/24' })], 'error'],
    ['a garbled allow after a world allow (fails whatever it is)', [anAclEntry({ ruleNumber: 50 }), anAclEntry({ ruleNumber: 60, cidrBlock: 'bogus' })], 'fail'],
    ['a garbled allow after a world deny (passes whatever it is)', [anAclEntry({ ruleNumber: 50, ruleAction: 'deny', protocol: '-1', portRange: undefined }), anAclEntry({ ruleNumber: 51, ruleAction: 'deny', protocol: '-1', portRange: undefined, cidrBlock: undefined, ipv6CidrBlock: '::/0' }), anAclEntry({ ruleNumber: 60, cidrBlock: 'bogus' })], 'pass'],
  ])('an entry that cannot be read: %s → %s', (_name, entries, expected) => {
    const results = run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', entries)] });
    expect(statuses(results)).toEqual([expected]);
    if (expected === 'error') expect(results[0]?.message).toMatch(/may admit the internet to an administrative port: rule 50 /);
  });

  it('skips NACLs associated with no subnet', () => {
    expect(statuses(run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', [anAclEntry()], { subnetIds: [] })] }))).toEqual(['not_applicable']);
  });

  it('honours the adminPorts setting', () => {
    const acl = aNetworkAcl('acl-1', [anAclEntry({ portRange: { from: 5900, to: 5900 } })]);
    expect(statuses(run(check, { ec2NetworkAcls: [acl] }))).toEqual(['pass']);
    expect(statuses(run(check, { ec2NetworkAcls: [acl] }, { settings: { adminPorts: [22, 3389, 5900] } }))).toEqual(['fail']);
  });

  it('errors for a region whose NACLs could not be listed', () => {
    const results = run(check, {
      ec2NetworkAcls: { items: [aNetworkAcl('acl-1', [])], failures: [aFailure({ api: 'ec2.DescribeNetworkAcls', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
    });
    expect(results.map((result) => result.status).sort()).toEqual(['error', 'pass']);
  });
});
