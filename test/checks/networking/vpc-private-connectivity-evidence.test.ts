import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/vpc-private-connectivity-evidence.js';
import { aVpc, aVpn, anEndpoint, vpcArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
import { anInstance } from '../../helpers/ec2.js';

const none = { ec2Instances: [], ec2Vpcs: [aVpc('vpc-1')], ec2VpcEndpoints: [], ec2VpnConnections: [] };
const S3 = 'com.amazonaws.us-east-1.s3';
const outcome = (keys: FixtureKeys) => run(check, { ...none, ...keys }).map((r) => [r.resourceArn.split('/').pop(), r.status]);

describe('vpc-private-connectivity-evidence', () => {
  it.each<[string, FixtureKeys, Array<[string, string]>]>([
    ['a data VPC with an S3 gateway endpoint', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', S3)] }, [['vpc-1', 'pass']]],
    ['a data VPC with an S3 interface endpoint', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', S3, { endpointType: 'Interface' })] }, [['vpc-1', 'pass']]],
    ['a data VPC without any endpoint', { ec2Instances: [anInstance('i-1')] }, [['vpc-1', 'fail']]],
    ['a data VPC with only an SSM endpoint', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', 'com.amazonaws.us-east-1.ssm')] }, [['vpc-1', 'fail']]],
    ['an S3 endpoint in another VPC', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-2', S3)] }, [['vpc-1', 'fail']]],
    ['a failed S3 endpoint', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', S3, { state: 'failed' })] }, [['vpc-1', 'fail']]],
    ['another region\'s S3 service name', { ec2Instances: [anInstance('i-1')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', 'com.amazonaws.us-west-2.s3')] }, [['vpc-1', 'fail']]],
    ['a VPC with only stopped instances is not judged', { ec2Instances: [anInstance('i-1', { state: 'stopped' })] }, []],
    ['a VPN with both tunnels up', { ec2VpnConnections: [aVpn('vpn-1', ['UP', 'UP'])] }, [['vpn-1', 'pass']]],
    ['a VPN with a tunnel down', { ec2VpnConnections: [aVpn('vpn-1', ['UP', 'DOWN'])] }, [['vpn-1', 'fail']]],
    ['a VPN without telemetry', { ec2VpnConnections: [aVpn('vpn-1', [])] }, [['vpn-1', 'fail']]],
    ['a deleted VPN is ignored', { ec2VpnConnections: [aVpn('vpn-1', ['DOWN', 'DOWN'], { state: 'deleted' })] }, []],
  ])('%s', (_name, keys, expected) => {
    const actual = outcome(keys);
    if (expected.length === 0) expect(actual.map(([, status]) => status)).toEqual(['not_applicable']);
    else expect(actual).toEqual(expected);
  });

  it('uses the VPC ARN and names the instances count and the endpoint', () => {
    const results = run(check, { ...none, ec2Instances: [anInstance('i-1'), anInstance('i-2')], ec2VpcEndpoints: [anEndpoint('vpce-1', 'vpc-1', S3)] });
    expect(results.map((result) => [result.resourceArn, result.message, result.severity])).toEqual([
      [vpcArnOf('vpc-1'), 'VPC vpc-1 (2 running instance(s)) reaches S3 through vpce-1 (Gateway).', 'low'],
    ]);
  });

  it('names the tunnel that is down', () => {
    const [result] = run(check, { ...none, ec2VpnConnections: [aVpn('vpn-1', ['UP', 'DOWN'])] });
    expect(result?.message).toBe('VPN connection vpn-1 (vgw-1) has 1 of 2 tunnel(s) not UP: 198.51.100.2 DOWN.');
  });

  it('a region whose endpoints could not be listed is an error, never a pass', () => {
    const results = run(check, {
      ...none,
      ec2Instances: [anInstance('i-1')],
      ec2VpcEndpoints: { items: [], failures: [aFailure({ api: 'ec2.DescribeVpcEndpoints', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
