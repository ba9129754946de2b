import {
  paginateDescribeInstanceInformation,
  paginateListResourceComplianceSummaries,
  type InstanceInformation,
  type ResourceComplianceSummaryItem,
} from '@aws-sdk/client-ssm';
import type { SsmManagedInstance, SsmPatchCompliance } from '../model/items/ssm.js';
import type { SsmAssociationCompliance } from '../model/items/ssm.js';
import { attemptRequired, defineCollector, type Attempt, type CollectContext } from './collector.js';

/** EC2 instances keep their EC2 ARN (so results line up with EC2 checks); hybrid nodes get their SSM ARN. */
export function managedNodeArn(context: CollectContext, region: string, id: string): string {
  const { partition, id: account } = context.account;
  return id.startsWith('i-')
    ? `arn:${partition}:ec2:${region}:${account}:instance/${id}`
    : `arn:${partition}:ssm:${region}:${account}:managed-instance/${id}`;
}

function toManagedInstance(context: CollectContext, region: string, info: InstanceInformation): SsmManagedInstance {
  const instanceId = info.InstanceId ?? '';
  const item: SsmManagedInstance = {
    arn: managedNodeArn(context, region, instanceId),
    region,
    instanceId,
    pingStatus: info.PingStatus ?? 'Unknown',
  };
  if (info.LastPingDateTime) item.lastPingAt = new Date(info.LastPingDateTime).toISOString();
  if (info.PlatformType) item.platformType = info.PlatformType;
  if (info.PlatformName) item.platformName = info.PlatformName;
  if (info.PlatformVersion) item.platformVersion = info.PlatformVersion;
  if (info.AgentVersion) item.agentVersion = info.AgentVersion;
  if (info.IsLatestVersion !== undefined) item.isLatestAgentVersion = info.IsLatestVersion;
  if (info.ResourceType) item.resourceType = info.ResourceType;
  return item;
}

export const ssmManagedInstancesCollector = defineCollector({
  key: 'ssmManagedInstances',
  scope: 'regional',
  apis: ['ssm.DescribeInstanceInformation'],
  async collect(context, region) {
    const client = context.clients.get('ssm', region);
    const listed = await attemptRequired(context, { api: 'ssm.DescribeInstanceInformation', region }, async () => {
      const all: InstanceInformation[] = [];
      // The client's adaptive retry mode paces this API, which SSM throttles hard on large fleets.
      for await (const page of paginateDescribeInstanceInformation({ client }, { MaxResults: 50 })) {
        all.push(...(page.InstanceInformationList ?? []));
      }
      return all;
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    return { items: listed.value.map((info) => toManagedInstance(context, region, info)), failures: [] };
  },
});

function toPatchCompliance(context: CollectContext, region: string, summary: ResourceComplianceSummaryItem): SsmPatchCompliance {
  const resourceId = summary.ResourceId ?? '';
  const severity = summary.NonCompliantSummary?.SeveritySummary;
  const item: SsmPatchCompliance = {
    arn: managedNodeArn(context, region, resourceId),
    region,
    resourceId,
    status: summary.Status ?? 'UNKNOWN',
    nonCompliant: {
      critical: severity?.CriticalCount ?? 0,
      high: severity?.HighCount ?? 0,
      medium: severity?.MediumCount ?? 0,
      low: severity?.LowCount ?? 0,
      informational: severity?.InformationalCount ?? 0,
      unspecified: severity?.UnspecifiedCount ?? 0,
    },
  };
  if (summary.ResourceType) item.resourceType = summary.ResourceType;
  if (summary.ExecutionSummary?.ExecutionTime) item.executionTime = new Date(summary.ExecutionSummary.ExecutionTime).toISOString();
  return item;
}

/**
 * Compliance summaries of one type in a region, filtered server-side and again here: an endpoint that ignores the
 * filter must not leak items of another type (Prowler's version does not filter at all).
 */
async function listComplianceSummaries(
  context: CollectContext,
  region: string,
  complianceType: 'Patch' | 'Association',
): Promise<Attempt<ResourceComplianceSummaryItem[]>> {
  const client = context.clients.get('ssm', region);
  const listed = await attemptRequired(context, { api: 'ssm.ListResourceComplianceSummaries', region }, async () => {
    const all: ResourceComplianceSummaryItem[] = [];
    const filter = { Filters: [{ Key: 'ComplianceType', Values: [complianceType], Type: 'EQUAL' as const }] };
    for await (const page of paginateListResourceComplianceSummaries({ client }, filter)) {
      all.push(...(page.ResourceComplianceSummaryItems ?? []));
    }
    return all;
  });
  return listed.ok ? { ok: true, value: listed.value.filter((summary) => summary.ComplianceType === complianceType) } : listed;
}

export const ssmPatchComplianceCollector = defineCollector({
  key: 'ssmPatchCompliance',
  scope: 'regional',
  apis: ['ssm.ListResourceComplianceSummaries'],
  async collect(context, region) {
    const listed = await listComplianceSummaries(context, region, 'Patch');
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    return { items: listed.value.map((summary) => toPatchCompliance(context, region, summary)), failures: [] };
  },
});

function toAssociationCompliance(context: CollectContext, region: string, summary: ResourceComplianceSummaryItem): SsmAssociationCompliance {
  const resourceId = summary.ResourceId ?? '';
  const item: SsmAssociationCompliance = {
    arn: managedNodeArn(context, region, resourceId),
    region,
    resourceId,
    status: summary.Status ?? 'UNKNOWN',
    compliantCount: summary.CompliantSummary?.CompliantCount ?? 0,
    nonCompliantCount: summary.NonCompliantSummary?.NonCompliantCount ?? 0,
  };
  if (summary.ResourceType) item.resourceType = summary.ResourceType;
  if (summary.ExecutionSummary?.ExecutionTime) item.executionTime = new Date(summary.ExecutionSummary.ExecutionTime).toISOString();
  return item;
}

/** State Manager association compliance per managed node: same listing as the patch key, filtered on Association. */
export const ssmAssociationComplianceCollector = defineCollector({
  key: 'ssmAssociationCompliance',
  scope: 'regional',
  apis: ['ssm.ListResourceComplianceSummaries'],
  async collect(context, region) {
    const listed = await listComplianceSummaries(context, region, 'Association');
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    return { items: listed.value.map((summary) => toAssociationCompliance(context, region, summary)), failures: [] };
  },
});
