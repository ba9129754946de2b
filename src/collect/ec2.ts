import { paginateDescribeSecurityGroups, type IpPermission as SdkIpPermission, type SecurityGroup as SdkSecurityGroup } from '@aws-sdk/client-ec2';
import type { IpPermission, SecurityGroup } from '../model/inventory.js';
import { attemptRequired, defineCollector } from './collector.js';

export function toIpPermission(permission: SdkIpPermission): IpPermission {
  const mapped: IpPermission = {
    protocol: (permission.IpProtocol ?? '-1').toLowerCase(),
    ipv4Ranges: (permission.IpRanges ?? []).flatMap((range) => (range.CidrIp ? [range.CidrIp] : [])),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).flatMap((range) => (range.CidrIpv6 ? [range.CidrIpv6] : [])),
    prefixListIds: (permission.PrefixListIds ?? []).flatMap((entry) => (entry.PrefixListId ? [entry.PrefixListId] : [])),
    referencedGroupIds: (permission.UserIdGroupPairs ?? []).flatMap((pair) => (pair.GroupId ? [pair.GroupId] : [])),
  };
  if (permission.FromPort !== undefined) mapped.fromPort = permission.FromPort;
  if (permission.ToPort !== undefined) mapped.toPort = permission.ToPort;
  return mapped;
}

export const ec2SecurityGroupsCollector = defineCollector({
  key: 'ec2SecurityGroups',
  scope: 'regional',
  apis: ['ec2.DescribeSecurityGroups'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeSecurityGroups', region }, async () => {
      const all: SdkSecurityGroup[] = [];
      for await (const page of paginateDescribeSecurityGroups({ client }, {})) all.push(...(page.SecurityGroups ?? []));
      return all;
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const items = listed.value.map((group): SecurityGroup => {
      const groupId = group.GroupId ?? '';
      const item: SecurityGroup = {
        arn: group.SecurityGroupArn ?? `arn:${partition}:ec2:${region}:${group.OwnerId ?? id}:security-group/${groupId}`,
        region,
        groupId,
        groupName: group.GroupName ?? '',
        ingress: (group.IpPermissions ?? []).map(toIpPermission),
        egress: (group.IpPermissionsEgress ?? []).map(toIpPermission),
      };
      if (group.VpcId) item.vpcId = group.VpcId;
      return item;
    });
    return { items, failures: [] };
  },
});
