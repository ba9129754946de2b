import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/ec2-default-sg-closed.js';
import type { SecurityGroup } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aPermission, aSecurityGroup } from '../../helpers/ec2.js';

function defaultGroup(overrides: Partial<SecurityGroup> = {}): SecurityGroup {
  return { ...aSecurityGroup('sg-default', []), groupName: 'default', ...overrides };
}

describe('ec2-default-sg-closed', () => {
  it.each<[string, SecurityGroup, string]>([
    ['a default group with no rules', defaultGroup(), 'pass'],
    ['the stock default group (self-reference in, all out)', defaultGroup({ ingress: [aPermission({ protocol: '-1', referencedGroupIds: ['sg-default'] })], egress: [aPermission({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] })] }), 'fail'],
    ['only an egress rule left', defaultGroup({ egress: [aPermission({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] })] }), 'fail'],
    ['only an ingress rule left', defaultGroup({ ingress: [aPermission({ fromPort: 22, toPort: 22, ipv4Ranges: ['10.0.0.0/8'] })] }), 'fail'],
  ])('%s → %s', (_name, group, expected) => {
    expect(statuses(run(check, { ec2SecurityGroups: [group] }))).toEqual([expected]);
  });

  it('ignores non-default groups (not applicable when there is no default group)', () => {
    const custom = aSecurityGroup('sg-1', [aPermission({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] })]);
    expect(statuses(run(check, { ec2SecurityGroups: [custom] }))).toEqual(['not_applicable']);
  });

  it('reports the rule counts', () => {
    const [result] = run(check, { ec2SecurityGroups: [defaultGroup({ egress: [aPermission()] })] });
    expect(result?.message).toMatch(/0 inbound and 1 outbound/);
  });

  it('errors when the groups of a region could not be listed', () => {
    const results = run(check, { ec2SecurityGroups: { items: [], failures: [aFailure({ api: 'ec2.DescribeSecurityGroups', code: 'UnauthorizedOperation' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
