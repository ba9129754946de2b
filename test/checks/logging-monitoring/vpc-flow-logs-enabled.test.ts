import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/vpc-flow-logs-enabled.js';
import type { FlowLog } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aFlowLog, aVpc } from '../../helpers/ec2.js';

const vpcArn = 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1';

describe('vpc-flow-logs-enabled', () => {
  it.each<[string, FlowLog[], 'ALL' | 'REJECT', string]>([
    ['an active ALL flow log', [aFlowLog('fl-1', 'vpc-1')], 'ALL', 'pass'],
    ['no flow log', [], 'ALL', 'fail'],
    ['a flow log on another VPC', [aFlowLog('fl-1', 'vpc-2')], 'ALL', 'fail'],
    ['a flow log on a subnet only', [aFlowLog('fl-1', 'subnet-1')], 'ALL', 'fail'],
    ['a flow log with failing delivery', [aFlowLog('fl-1', 'vpc-1', { deliverLogsStatus: 'FAILED' })], 'ALL', 'fail'],
    ['a flow log that is not ACTIVE', [aFlowLog('fl-1', 'vpc-1', { status: 'INACTIVE' })], 'ALL', 'fail'],
    ['REJECT-only when ALL is required', [aFlowLog('fl-1', 'vpc-1', { trafficType: 'REJECT' })], 'ALL', 'fail'],
    ['REJECT-only when REJECT is accepted', [aFlowLog('fl-1', 'vpc-1', { trafficType: 'REJECT' })], 'REJECT', 'pass'],
    ['ALL when REJECT is accepted', [aFlowLog('fl-1', 'vpc-1')], 'REJECT', 'pass'],
    ['ACCEPT-only when REJECT is accepted', [aFlowLog('fl-1', 'vpc-1', { trafficType: 'ACCEPT' })], 'REJECT', 'fail'],
    ['one failing and one good flow log', [aFlowLog('fl-1', 'vpc-1', { deliverLogsStatus: 'FAILED' }), aFlowLog('fl-2', 'vpc-1')], 'ALL', 'pass'],
    ['a same-id VPC flow log in another region', [aFlowLog('fl-1', 'vpc-1', { region: 'us-west-2' })], 'ALL', 'fail'],
  ])('%s (required %s) → %s', (_name, flowLogs, flowLogTrafficType, expected) => {
    const results = run(check, { ec2Vpcs: [aVpc('vpc-1')], ec2FlowLogs: flowLogs }, { settings: { flowLogTrafficType } });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.resourceArn).toBe(vpcArn);
  });

  it('explains why each flow log does not count', () => {
    const [result] = run(check, { ec2Vpcs: [aVpc('vpc-1', { isDefault: true })], ec2FlowLogs: [aFlowLog('fl-1', 'vpc-1', { trafficType: 'ACCEPT' })] });
    expect(result?.message).toBe('VPC vpc-1 (default) has no usable flow log: fl-1 captures ACCEPT traffic (required: ALL).');
  });

  it('is not applicable without VPCs', () => {
    expect(statuses(run(check, { ec2Vpcs: [], ec2FlowLogs: [] }))).toEqual(['not_applicable']);
  });

  it('is an error, not a fail, for VPCs of a region whose flow logs could not be listed', () => {
    const results = run(
      check,
      {
        ec2Vpcs: [aVpc('vpc-1'), aVpc('vpc-2', { region: 'us-west-2' })],
        ec2FlowLogs: { items: [aFlowLog('fl-2', 'vpc-2', { region: 'us-west-2' })], failures: [aFailure({ api: 'ec2.DescribeFlowLogs', action: 'ec2:DescribeFlowLogs', code: 'UnauthorizedOperation' })] },
      },
      { regions: ['us-east-1', 'us-west-2'] },
    );
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      [vpcArn, 'error'],
      ['arn:aws:ec2:us-west-2:123456789012:vpc/vpc-2', 'pass'],
    ]);
    expect(results[0]?.message).toMatch(/ec2:DescribeFlowLogs/);
  });
});
