import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-instance-no-public-ip.js';
import type { Ec2Instance } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aRouteTable, aSubnet, anInstance } from '../../helpers/ec2.js';

const tables = [
  aRouteTable('rtb-main', { isMain: true, routes: [{ destinationCidr: '10.0.0.0/16', target: 'local' }, { destinationIpv6Cidr: '::/0', target: 'eigw-1' }] }),
  aRouteTable('rtb-public', { subnetIds: ['subnet-public'], routes: [{ destinationCidr: '0.0.0.0/0', target: 'igw-1' }, { destinationIpv6Cidr: '::/0', target: 'igw-1' }] }),
];
const subnets = [aSubnet('subnet-private'), aSubnet('subnet-public')];

describe('ec2-instance-no-public-ip', () => {
  it.each<[string, Partial<Ec2Instance>, string]>([
    ['a private instance', {}, 'pass'],
    ['an auto-assigned public IPv4', { publicIpAddresses: ['203.0.113.10'], subnetId: 'subnet-public' }, 'fail'],
    ['an Elastic IP on a secondary interface (stopped instance)', { state: 'stopped', publicIpAddresses: ['198.51.100.7'] }, 'fail'],
    ['an IPv6 address in a subnet with ::/0 → igw', { ipv6Addresses: ['2600:1f18::10'], subnetId: 'subnet-public' }, 'fail'],
    ['an IPv6 address behind an egress-only gateway (main table)', { ipv6Addresses: ['2600:1f18::11'] }, 'pass'],
    ['a bastion with the exempt tag', { publicIpAddresses: ['203.0.113.5'], tags: { 'dbgap:public-exempt': 'bastion' } }, 'pass'],
    ['an IPv6 address in a subnet with no known route table', { ipv6Addresses: ['2600:1f18::12'], subnetId: 'subnet-x', vpcId: 'vpc-other' }, 'error'],
  ])('%s → %s', (_name, overrides, expected) => {
    const results = run(check, { ec2Instances: [anInstance('i-1', overrides)], ec2Subnets: [], ec2RouteTables: tables });
    expect(statuses(results)).toEqual([expected]);
  });

  it('skips terminated and shutting-down instances', () => {
    const results = run(check, {
      ec2Instances: [anInstance('i-1', { state: 'terminated', publicIpAddresses: ['203.0.113.1'] }), anInstance('i-2', { state: 'shutting-down', publicIpAddresses: ['203.0.113.2'] })],
      ec2Subnets: [],
      ec2RouteTables: [],
    });
    expect(statuses(results)).toEqual(['not_applicable']);
  });

  it('reports subnets that auto-assign public IPv4 at a lower severity', () => {
    const results = run(check, { ec2Instances: [], ec2Subnets: [...subnets.slice(0, 1), aSubnet('subnet-public', { mapPublicIpOnLaunch: true })], ec2RouteTables: tables });
    expect(results.map((result) => [result.resourceArn.split('/')[1], result.status, result.severity])).toEqual([
      ['subnet-private', 'pass', 'high'],
      ['subnet-public', 'fail', 'medium'],
    ]);
  });

  it('honours a custom exempt tag from settings', () => {
    const instance = anInstance('i-1', { publicIpAddresses: ['203.0.113.5'], tags: { Role: 'bastion' } });
    expect(statuses(run(check, { ec2Instances: [instance], ec2Subnets: [], ec2RouteTables: [] }, { settings: { publicExemptTag: 'Role' } }))).toEqual(['pass']);
  });

  it('errors for a region whose instances could not be listed', () => {
    const results = run(check, {
      ec2Instances: { items: [], failures: [aFailure({ api: 'ec2.DescribeInstances', action: 'ec2:DescribeInstances', code: 'UnauthorizedOperation' })] },
      ec2Subnets: [],
      ec2RouteTables: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:DescribeInstances/);
  });
});
