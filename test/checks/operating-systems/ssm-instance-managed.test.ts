import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/ssm-instance-managed.js';
import type { SsmManagedInstance } from '../../../src/model/items/ssm.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aManagedInstance } from '../../helpers/ssm.js';
import { anInstance } from '../../helpers/ec2.js';

describe('ssm-instance-managed', () => {
  it.each<[string, SsmManagedInstance[], string]>([
    ['an online managed node', [aManagedInstance('i-1')], 'pass'],
    ['not registered at all', [], 'fail'],
    ['agent ConnectionLost', [aManagedInstance('i-1', { pingStatus: 'ConnectionLost' })], 'fail'],
    ['agent Inactive', [aManagedInstance('i-1', { pingStatus: 'Inactive' })], 'fail'],
    ['registered in another region only', [aManagedInstance('i-1', { region: 'us-west-2' })], 'fail'],
    ['only a hybrid node (mi-) registered', [aManagedInstance('mi-0123456789abcdef0')], 'fail'],
  ])('%s → %s', (_name, nodes, expected) => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1')], ssmManagedInstances: nodes }))).toEqual([expected]);
  });

  it.each(['stopped', 'pending', 'terminated'])('skips %s instances', (state) => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', { state })], ssmManagedInstances: [] }))).toEqual(['not_applicable']);
  });

  it('errors (never passes) when SSM could not be listed in the region', () => {
    const results = run(check, {
      ec2Instances: [anInstance('i-1')],
      ssmManagedInstances: { items: [], failures: [aFailure({ api: 'ssm.DescribeInstanceInformation', action: 'ssm:DescribeInstanceInformation', code: 'AccessDeniedException', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ssm:DescribeInstanceInformation/);
  });
});
