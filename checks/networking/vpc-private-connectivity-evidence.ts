import { defineCheck, fail, pass, type Finding } from '../../src/model/check.js';

/** S3 endpoint service names: com.amazonaws.<region>.s3 (cn.com.amazonaws… in China regions). */
function isS3Service(serviceName: string, region: string): boolean {
  return serviceName === `com.amazonaws.${region}.s3` || serviceName === `cn.com.amazonaws.${region}.s3`;
}

/** Endpoint states that carry (or are about to carry) traffic. */
const LIVE_ENDPOINT_STATES = new Set(['available', 'pending', 'pendingacceptance']);

export default defineCheck({
  id: 'vpc-private-connectivity-evidence',
  title: 'Data VPCs reach S3 privately and VPN tunnels are up',
  controlArea: 'networking',
  severity: 'low',
  nist: { sp800_53r5: ['SC-7', 'SC-7(4)', 'AC-17', 'SC-8'], sp800_171r2: ['3.1.12', '3.13.1'], sp800_171r3: ['03.01.12', '03.13.01'] },
  needs: ['ec2Instances', 'ec2Vpcs', 'ec2VpcEndpoints', 'ec2VpnConnections'],
  rationale:
    'Genomic data moves in bulk between analysis hosts and S3. Without an S3 endpoint in the VPC that traffic leaves through a NAT or internet gateway, and bucket policies cannot pin access to the VPC. A VPN with a tunnel down has lost its redundancy, which is when people improvise less controlled transfer paths.',
  remediation: {
    summary:
      'Add an S3 gateway endpoint to each VPC that hosts data instances. Associate it with their route tables (it is free); restore or replace VPN tunnels that are DOWN.',
    cli: 'aws ec2 create-vpc-endpoint --vpc-id VPC_ID --service-name com.amazonaws.REGION.s3 --route-table-ids RTB_ID --region REGION  # routes same-region S3 traffic through the endpoint; its default policy allows all',
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html',
  },
  evaluate({ ec2Instances, ec2Vpcs, ec2VpcEndpoints, ec2VpnConnections }, { account }) {
    const findings: Finding[] = [];
    // VPCs hosting running instances, keyed by region/vpcId, with the instances found in them.
    const dataVpcs = new Map<string, { region: string; vpcId: string; instanceIds: string[] }>();
    for (const instance of ec2Instances) {
      if (instance.state !== 'running' || !instance.vpcId) continue;
      const key = `${instance.region}/${instance.vpcId}`;
      const entry = dataVpcs.get(key) ?? { region: instance.region, vpcId: instance.vpcId, instanceIds: [] };
      entry.instanceIds.push(instance.instanceId);
      dataVpcs.set(key, entry);
    }
    for (const [key, { region, vpcId, instanceIds }] of dataVpcs) {
      const vpc = ec2Vpcs.find((candidate) => `${candidate.region}/${candidate.vpcId}` === key);
      const target = vpc ?? { arn: `arn:${account.partition}:ec2:${region}:${account.id}:vpc/${vpcId}`, region };
      const endpoints = ec2VpcEndpoints.filter(
        (endpoint) => endpoint.region === region && endpoint.vpcId === vpcId && isS3Service(endpoint.serviceName, region) && LIVE_ENDPOINT_STATES.has(endpoint.state),
      );
      const hosts = `${instanceIds.length} running instance(s)`;
      findings.push(
        endpoints.length > 0
          ? pass(target, `VPC ${vpcId} (${hosts}) reaches S3 through ${endpoints.map((endpoint) => `${endpoint.vpcEndpointId} (${endpoint.endpointType})`).join(', ')}.`)
          : fail(target, `VPC ${vpcId} hosts ${hosts} but has no S3 gateway or interface endpoint: S3 traffic takes the NAT/internet path.`),
      );
    }
    for (const vpn of ec2VpnConnections) {
      if (vpn.state === 'deleted' || vpn.state === 'deleting') continue;
      const down = vpn.tunnels.filter((tunnel) => tunnel.status !== 'UP');
      const via = vpn.vpnGatewayId ?? vpn.transitGatewayId;
      const name = `VPN connection ${vpn.vpnConnectionId}${via ? ` (${via})` : ''}`;
      if (vpn.tunnels.length === 0) findings.push(fail(vpn, `${name} reports no tunnel telemetry; its tunnels cannot be confirmed up.`));
      else if (down.length > 0)
        findings.push(fail(vpn, `${name} has ${down.length} of ${vpn.tunnels.length} tunnel(s) not UP: ${down.map((tunnel) => `${tunnel.outsideIpAddress ?? 'unknown'} ${tunnel.status}`).join(', ')}.`));
      else findings.push(pass(vpn, `${name} has all ${vpn.tunnels.length} tunnels UP.`));
    }
    return findings;
  },
});
