import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/ec2-instance-profile-attached.js';
import type { Ec2Instance } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anInstance } from '../../helpers/ec2.js';

describe('ec2-instance-profile-attached', () => {
  it.each<[string, Partial<Ec2Instance>, string]>([
    ['a running instance with a profile', {}, 'pass'],
    ['a running instance without a profile', { iamInstanceProfileArn: undefined }, 'fail'],
    ['a stopped instance without a profile', { state: 'stopped', iamInstanceProfileArn: undefined }, 'fail'],
    ['a terminated instance without a profile (skipped)', { state: 'terminated', iamInstanceProfileArn: undefined }, 'not_applicable'],
    ['a pending instance (skipped)', { state: 'pending', iamInstanceProfileArn: undefined }, 'not_applicable'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', overrides)] }))).toEqual([expected]);
  });

  it('errors when instances could not be listed', () => {
    const results = run(check, { ec2Instances: { items: [], failures: [aFailure({ api: 'ec2.DescribeInstances', code: 'UnauthorizedOperation' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
