import { describe, expect, it } from 'vitest';
import check from '../../../checks/physical-server-access/ec2-serial-console-access-disabled.js';
import { aSerialConsole, ec2AccountArn } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('ec2-serial-console-access-disabled', () => {
  it.each([
    [false, undefined, 'pass', /disabled in us-east-1\./],
    [false, 'declarative-policy', 'pass', /declarative policy/],
    [true, undefined, 'fail', /enabled in us-east-1.*SendSerialConsoleSSHPublicKey/],
    [true, 'declarative-policy', 'fail', /enforced by an EC2 declarative policy/],
  ])('enabled=%s managedBy=%s → %s', (enabled, managedBy, expected, message) => {
    const results = run(check, { ec2SerialConsole: [aSerialConsole(enabled, 'us-east-1', managedBy)] });
    expect(results.map((r) => [r.resourceArn, r.region, r.status])).toEqual([[ec2AccountArn('us-east-1'), 'us-east-1', expected]]);
    expect(results[0]?.message).toMatch(message);
  });

  it('evaluates each region on its own', () => {
    const results = run(check, { ec2SerialConsole: [aSerialConsole(false, 'us-east-1'), aSerialConsole(true, 'us-west-2')] });
    expect(results.map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 'pass'],
      ['us-west-2', 'fail'],
    ]);
  });

  it('is not applicable when no region was collected', () => {
    expect(statuses(run(check, { ec2SerialConsole: [] }))).toEqual(['not_applicable']);
  });

  it('errors, never passes, in a region where the status could not be read', () => {
    const results = run(check, {
      ec2SerialConsole: {
        items: [aSerialConsole(false, 'us-east-1')],
        failures: [aFailure({ api: 'ec2.GetSerialConsoleAccessStatus', action: 'ec2:GetSerialConsoleAccessStatus', code: 'UnauthorizedOperation', region: 'us-east-1' })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:GetSerialConsoleAccessStatus/);
  });
});
