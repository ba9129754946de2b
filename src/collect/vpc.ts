import { paginateDescribeFlowLogs, paginateDescribeVpcs, type FlowLog as SdkFlowLog, type Tag, type Vpc as SdkVpc } from '@aws-sdk/client-ec2';
import type { FlowLog, Vpc } from '../model/items/ec2.js';
import { attemptRequired, defineCollector } from './collector.js';

export function toTags(tags: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? '';
  return out;
}

export const ec2VpcsCollector = defineCollector({
  key: 'ec2Vpcs',
  scope: 'regional',
  apis: ['ec2.DescribeVpcs'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeVpcs', region }, async () => {
      const all: SdkVpc[] = [];
      for await (const page of paginateDescribeVpcs({ client }, {})) all.push(...(page.Vpcs ?? []));
      return all;
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((vpc): Vpc => {
      const vpcId = vpc.VpcId ?? '';
      const associated = (vpc.CidrBlockAssociationSet ?? [])
        .filter((association) => association.CidrBlockState?.State !== 'disassociated')
        .flatMap((association) => (association.CidrBlock ? [association.CidrBlock] : []));
      const cidrs = [...new Set([...(vpc.CidrBlock ? [vpc.CidrBlock] : []), ...associated])];
      const item: Vpc = {
        arn: `arn:${partition}:ec2:${region}:${vpc.OwnerId ?? id}:vpc/${vpcId}`,
        region,
        vpcId,
        isDefault: vpc.IsDefault ?? false,
        cidrs,
        tags: toTags(vpc.Tags),
      };
      if (vpc.CidrBlock) item.cidr = vpc.CidrBlock;
      if (vpc.State) item.state = vpc.State;
      if (vpc.OwnerId) item.ownerId = vpc.OwnerId;
      return item;
    });
    return { items, failures: [] };
  },
});

/** Every flow log of the region in one paginated call (cheaper than one filtered call per VPC). */
export const ec2FlowLogsCollector = defineCollector({
  key: 'ec2FlowLogs',
  scope: 'regional',
  apis: ['ec2.DescribeFlowLogs'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeFlowLogs', region }, async () => {
      const all: SdkFlowLog[] = [];
      for await (const page of paginateDescribeFlowLogs({ client }, {})) all.push(...(page.FlowLogs ?? []));
      return all;
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((flowLog): FlowLog => {
      const flowLogId = flowLog.FlowLogId ?? '';
      const item: FlowLog = {
        arn: `arn:${partition}:ec2:${region}:${id}:vpc-flow-log/${flowLogId}`,
        region,
        flowLogId,
        resourceId: flowLog.ResourceId ?? '',
        status: flowLog.FlowLogStatus ?? 'UNKNOWN',
      };
      if (flowLog.DeliverLogsStatus) item.deliverLogsStatus = flowLog.DeliverLogsStatus;
      if (flowLog.TrafficType) item.trafficType = flowLog.TrafficType;
      if (flowLog.LogDestinationType) item.destinationType = flowLog.LogDestinationType;
      const destination = flowLog.LogDestination ?? flowLog.LogGroupName;
      if (destination) item.destination = destination;
      return item;
    });
    return { items, failures: [] };
  },
});
