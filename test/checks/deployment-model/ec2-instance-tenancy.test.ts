import { describe, expect, it } from 'vitest';
import check from '../../../checks/deployment-model/ec2-instance-tenancy.js';
import type { Ec2Instance } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anInstance } from '../../helpers/ec2.js';

describe('ec2-instance-tenancy', () => {
  it.each<[string, Partial<Ec2Instance>, boolean, string, string]>([
    ['default tenancy, not required', { tenancy: 'default' }, false, 'pass', 'informational'],
    ['default tenancy, dedicated required', { tenancy: 'default' }, true, 'fail', 'medium'],
    ['dedicated tenancy, required', { tenancy: 'dedicated' }, true, 'pass', 'informational'],
    ['host tenancy, required', { tenancy: 'host' }, true, 'pass', 'informational'],
    ['a stopped default-tenancy instance, required', { tenancy: 'default', state: 'stopped' }, true, 'fail', 'medium'],
    ['no tenancy reported, not required', { tenancy: undefined }, false, 'pass', 'informational'],
    ['no tenancy reported, required', { tenancy: undefined }, true, 'error', 'informational'],
  ])('%s → %s', (_name, overrides, requireDedicatedTenancy, status, severity) => {
    const [result, ...rest] = run(check, { ec2Instances: [anInstance('i-1', overrides)] }, { settings: { requireDedicatedTenancy } });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status, severity });
  });

  it('records the tenancy and type as evidence', () => {
    const [result] = run(check, { ec2Instances: [anInstance('i-1', { instanceType: 'r6i.2xlarge' })] });
    expect(result?.message).toBe('Instance i-1 (r6i.2xlarge) runs with default (shared) tenancy; single-tenant hardware is not required by the settings.');
  });

  it('skips terminated instances; none is not applicable', () => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', { state: 'terminated' })] }, { settings: { requireDedicatedTenancy: true } }))).toEqual(['not_applicable']);
  });

  it('a region whose instances could not be listed is an error', () => {
    const results = run(check, { ec2Instances: { items: [], failures: [aFailure({ api: 'ec2.DescribeInstances', code: 'UnauthorizedOperation', region: 'us-east-1' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
