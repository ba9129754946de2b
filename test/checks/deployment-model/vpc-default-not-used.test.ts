import { describe, expect, it } from 'vitest';
import check from '../../../checks/deployment-model/vpc-default-not-used.js';
import { aVpc, anEni, vpcArnOf } from '../../helpers/ec2.js';
import { aFailure, run, type FixtureKeys } from '../../helpers/inventory.js';

const EAST_ACCOUNT = 'arn:aws:ec2:us-east-1:123456789012:account';
const WEST_ACCOUNT = 'arn:aws:ec2:us-west-2:123456789012:account';
const outcome = (keys: FixtureKeys, regions = ['us-east-1']) => run(check, keys, { regions }).map((r) => [r.resourceArn, r.status]);

describe('vpc-default-not-used', () => {
  it.each<[string, FixtureKeys, Array<[string, string]>]>([
    ['a default VPC with an instance interface', { ec2Vpcs: [aVpc('vpc-d', { isDefault: true })], ec2NetworkInterfaces: [anEni('eni-1', 'vpc-d', { instanceId: 'i-1' })] }, [[vpcArnOf('vpc-d'), 'fail']]],
    ['a default VPC used only by a Lambda interface', { ec2Vpcs: [aVpc('vpc-d', { isDefault: true })], ec2NetworkInterfaces: [anEni('eni-2', 'vpc-d', { interfaceType: 'lambda', requesterManaged: true })] }, [[vpcArnOf('vpc-d'), 'fail']]],
    ['an unused default VPC', { ec2Vpcs: [aVpc('vpc-d', { isDefault: true }), aVpc('vpc-1')], ec2NetworkInterfaces: [anEni('eni-1', 'vpc-1')] }, [[vpcArnOf('vpc-d'), 'pass']]],
    ['a deleted default VPC', { ec2Vpcs: [aVpc('vpc-1')], ec2NetworkInterfaces: [anEni('eni-1', 'vpc-1')] }, [[EAST_ACCOUNT, 'pass']]],
    ['no VPC at all', { ec2Vpcs: [], ec2NetworkInterfaces: [] }, [[EAST_ACCOUNT, 'pass']]],
    [
      'an interface with the same VPC id in another region does not count',
      { ec2Vpcs: [aVpc('vpc-d', { isDefault: true })], ec2NetworkInterfaces: [anEni('eni-1', 'vpc-d', { region: 'us-west-2' })] },
      [[vpcArnOf('vpc-d'), 'pass']],
    ],
  ])('%s', (_name, keys, expected) => {
    expect(outcome(keys)).toEqual(expected);
  });

  it('judges every scanned region', () => {
    const keys = { ec2Vpcs: [aVpc('vpc-d', { isDefault: true, region: 'us-west-2' })], ec2NetworkInterfaces: [] };
    expect(outcome(keys, ['us-east-1', 'us-west-2'])).toEqual([
      [vpcArnOf('vpc-d', 'us-west-2'), 'pass'],
      [EAST_ACCOUNT, 'pass'],
    ]);
  });

  it('names the interfaces in use, capped at five', () => {
    const enis = Array.from({ length: 7 }, (_, index) => anEni(`eni-${index}`, 'vpc-d', { instanceId: `i-${index}` }));
    const [result] = run(check, { ec2Vpcs: [aVpc('vpc-d', { isDefault: true })], ec2NetworkInterfaces: enis });
    expect(result?.message).toBe('Default VPC vpc-d is in use by 7 network interface(s): eni-0 (i-0), eni-1 (i-1), eni-2 (i-2), eni-3 (i-3), eni-4 (i-4), and 2 more.');
  });

  it.each([
    ['the VPCs', 'ec2Vpcs', 'ec2.DescribeVpcs'],
    ['the network interfaces', 'ec2NetworkInterfaces', 'ec2.DescribeNetworkInterfaces'],
  ] as const)('a region where %s could not be listed is an error, never a pass', (_name, key, api) => {
    const keys: FixtureKeys = { ec2Vpcs: [aVpc('vpc-d', { isDefault: true })], ec2NetworkInterfaces: [] };
    keys[key] = { items: [], failures: [aFailure({ api, action: api.replace('.', ':'), code: 'UnauthorizedOperation', region: 'us-east-1' })] };
    const results = outcome(keys);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every(([, status]) => status === 'error')).toBe(true);
  });

  it('a failure in one region leaves the other region judged', () => {
    const keys: FixtureKeys = {
      ec2Vpcs: [aVpc('vpc-d', { isDefault: true })],
      ec2NetworkInterfaces: { items: [], failures: [aFailure({ api: 'ec2.DescribeNetworkInterfaces', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
    };
    expect(outcome(keys, ['us-east-1', 'us-west-2'])).toEqual([
      [vpcArnOf('vpc-d'), 'pass'],
      [WEST_ACCOUNT, 'error'],
    ]);
  });
});
