import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { FlowLog } from '../../src/model/items/ec2.js';
import type { Settings } from '../../src/model/settings.js';

/** Why a flow log does not count, or undefined when it does. */
export function flowLogProblem(flowLog: FlowLog, settings: Settings): string | undefined {
  if (flowLog.status !== 'ACTIVE') return `${flowLog.flowLogId} is ${flowLog.status}`;
  if (flowLog.deliverLogsStatus === 'FAILED') return `${flowLog.flowLogId} fails to deliver its logs`;
  const accepted = settings.flowLogTrafficType === 'REJECT' ? ['ALL', 'REJECT'] : ['ALL'];
  if (!accepted.includes(flowLog.trafficType ?? '')) {
    return `${flowLog.flowLogId} captures ${flowLog.trafficType ?? 'unknown'} traffic (required: ${accepted.join(' or ')})`;
  }
  return undefined;
}

export default defineCheck({
  id: 'vpc-flow-logs-enabled',
  title: 'Every VPC has an active flow log capturing the required traffic',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: {
    sp800_53r5: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'SI-4(17)'],
    sp800_171r2: ['3.3.1', '3.13.1', '3.14.6'],
    sp800_171r3: ['03.03.01', '03.13.01', '03.14.06'],
  },
  needs: ['ec2Vpcs', 'ec2FlowLogs'],
  rationale:
    'Flow logs are the network-side record of where traffic to and from analysis hosts went. After a suspected leak of controlled-access data they show which addresses a host talked to and how much it sent, which CloudTrail cannot.',
  remediation: {
    summary:
      'Create a flow log on each VPC and fix failing deliveries. Log ALL traffic (or REJECT if your security plan accepts it) to CloudWatch Logs or S3.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET  # adds a flow log; changes no traffic',
    docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
  },
  evaluate({ ec2Vpcs, ec2FlowLogs }, { settings }) {
    return ec2Vpcs.map((vpc) => {
      const name = `VPC ${vpc.vpcId}${vpc.isDefault ? ' (default)' : ''}`;
      const flowLogs = ec2FlowLogs.filter((flowLog) => flowLog.region === vpc.region && flowLog.resourceId === vpc.vpcId);
      const good = flowLogs.find((flowLog) => flowLogProblem(flowLog, settings) === undefined);
      if (good) return pass(vpc, `${name} has active flow log ${good.flowLogId} capturing ${good.trafficType} traffic.`);
      if (flowLogs.length === 0) return fail(vpc, `${name} has no flow log.`);
      const problems = flowLogs.map((flowLog) => flowLogProblem(flowLog, settings));
      return fail(vpc, `${name} has no usable flow log: ${problems.join('; ')}.`);
    });
  },
});
