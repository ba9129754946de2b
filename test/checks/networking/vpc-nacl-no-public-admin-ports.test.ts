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
  ])('%s → %s', (_name, entries, expected) => {
    expect(statuses(run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', entries)] }))).toEqual([expected]);
  });

  it('names the deciding rule', () => {
    const [result] = run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', [anAclEntry({ ruleNumber: 120 })])] });
    expect(result?.message).toMatch(/tcp\/22 from 0\.0\.0\.0\/0 \(rule 120\)/);
  });

  it('groups the protocols one allow-all rule opens', () => {
    const [result] = run(check, { ec2NetworkAcls: [aNetworkAcl('acl-1', [anAclEntry({ protocol: '-1', portRange: undefined })])] });
    expect(result?.message).toMatch(/tcp\+udp\/22 from 0\.0\.0\.0\/0 \(rule 100\), tcp\+udp\/3389 from 0\.0\.0\.0\/0 \(rule 100\)/);
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
