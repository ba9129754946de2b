import { DescribeImagesCommand, GetInstanceMetadataDefaultsCommand, type Instance as SdkInstance, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { attempt, type Attempt, attemptRequired, type CollectContext, defineCollector, mapAll } from '../collector.js';
import { ec2Arn } from './arn.js';
import { IMAGE_GONE } from './images-snapshots.js';
import { toTagMap } from '../tags.js';
import { regionalAccountRef } from '../../model/check.js';
import type { Ec2Instance, Ec2InstanceMetadataDefaults, Ec2UsedImage } from '../../model/items/ec2.js';

export function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

export function toInstance(instance: SdkInstance, region: string, context: CollectContext, ownerId?: string): Ec2Instance {
  const instanceId = instance.InstanceId ?? '';
  const interfaces = instance.NetworkInterfaces ?? [];
  const item: Ec2Instance = {
    arn: ec2Arn(context, region, 'instance', instanceId, ownerId),
    region,
    instanceId,
    state: instance.State?.Name ?? 'unknown',
    tags: toTagMap(instance.Tags),
    publicIpAddresses: unique([instance.PublicIpAddress, ...interfaces.map((eni) => eni.Association?.PublicIp)]),
    ipv6Addresses: unique([instance.Ipv6Address, ...interfaces.flatMap((eni) => (eni.Ipv6Addresses ?? []).map((entry) => entry.Ipv6Address))]),
    securityGroupIds: unique((instance.SecurityGroups ?? []).map((group) => group.GroupId)),
    blockDevices: (instance.BlockDeviceMappings ?? []).map((mapping) => {
      const device: Ec2Instance['blockDevices'][number] = { deviceName: mapping.DeviceName ?? '' };
      if (mapping.Ebs?.VolumeId) device.volumeId = mapping.Ebs.VolumeId;
      if (mapping.Ebs?.DeleteOnTermination !== undefined) device.deleteOnTermination = mapping.Ebs.DeleteOnTermination;
      return device;
    }),
  };
  if (instance.SubnetId) item.subnetId = instance.SubnetId;
  if (instance.VpcId) item.vpcId = instance.VpcId;
  const options = instance.MetadataOptions;
  if (options) {
    item.metadataOptions = {};
    if (options.HttpTokens) item.metadataOptions.httpTokens = options.HttpTokens;
    if (options.HttpEndpoint) item.metadataOptions.httpEndpoint = options.HttpEndpoint;
    if (options.HttpPutResponseHopLimit !== undefined) item.metadataOptions.httpPutResponseHopLimit = options.HttpPutResponseHopLimit;
  }
  if (instance.IamInstanceProfile?.Arn) item.iamInstanceProfileArn = instance.IamInstanceProfile.Arn;
  if (instance.ImageId) item.imageId = instance.ImageId;
  if (instance.InstanceType) item.instanceType = instance.InstanceType;
  if (instance.PlatformDetails) item.platformDetails = instance.PlatformDetails;
  if (instance.LaunchTime) item.launchTime = new Date(instance.LaunchTime).toISOString();
  if (instance.Placement?.Tenancy) item.tenancy = instance.Placement.Tenancy;
  if (instance.StateTransitionReason) item.stateTransitionReason = instance.StateTransitionReason;
  return item;
}

/** DescribeInstances once per region per scan: the instance and used-image keys share it. */
export function describeInstances(context: CollectContext, region: string): Promise<Attempt<Ec2Instance[]>> {
  return context.memo(`ec2:instances:${region}`, () =>
    attemptRequired(context, { api: 'ec2.DescribeInstances', region }, async () => {
      const client = context.clients.get('ec2', region);
      const all: Ec2Instance[] = [];
      for await (const page of paginateDescribeInstances({ client }, {})) {
        for (const reservation of page.Reservations ?? []) {
          for (const instance of reservation.Instances ?? []) all.push(toInstance(instance, region, context, reservation.OwnerId));
        }
      }
      return all;
    }),
  );
}

export const ec2InstancesCollector = defineCollector({
  key: 'ec2Instances',
  scope: 'regional',
  apis: ['ec2.DescribeInstances'],
  async collect(context, region) {
    const listed = await describeInstances(context, region);
    return listed.ok ? { items: listed.value, failures: [] } : { items: [], failures: [listed.failure] };
  },
});

/**
 * The account's regional IMDS default. Not every endpoint implements it (older emulators), so a failure is
 * recorded against the regional account setting only, never against the whole region's instances.
 */
export const ec2InstanceMetadataDefaultsCollector = defineCollector({
  key: 'ec2InstanceMetadataDefaults',
  scope: 'regional',
  apis: ['ec2.GetInstanceMetadataDefaults'],
  async collect(context, region) {
    const ref = regionalAccountRef(context.account, 'ec2', region);
    const response = await attempt(
      context,
      { api: 'ec2.GetInstanceMetadataDefaults', region, resourceArn: ref.arn },
      () => context.clients.get('ec2', region).send(new GetInstanceMetadataDefaultsCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const level = response.value?.AccountLevel;
    const item: Ec2InstanceMetadataDefaults = {
      arn: ref.arn,
      region,
      httpTokens: level?.HttpTokens ?? null,
      httpEndpoint: level?.HttpEndpoint ?? null,
      httpPutResponseHopLimit: level?.HttpPutResponseHopLimit ?? null,
    };
    return { items: [item], failures: [] };
  },
});

/**
 * The images the region's instances were launched from, whoever owns them (ec2Images only holds the account's own
 * AMIs). One DescribeImages per image id, so that one vanished id cannot hide the answer for the others.
 */
export const ec2UsedImagesCollector = defineCollector({
  key: 'ec2UsedImages',
  scope: 'regional',
  apis: ['ec2.DescribeInstances', 'ec2.DescribeImages'],
  async collect(context, region) {
    const instances = await describeInstances(context, region);
    if (!instances.ok) return { items: [], failures: [instances.failure] };
    const byImage = new Map<string, string[]>();
    for (const instance of instances.value) {
      if (instance.state === 'terminated' || !instance.imageId) continue;
      byImage.set(instance.imageId, [...(byImage.get(instance.imageId) ?? []), instance.instanceId]);
    }
    const client = context.clients.get('ec2', region);
    const results = await mapAll([...byImage], async ([imageId, instanceIds]) => {
      const arn = `arn:${context.account.partition}:ec2:${region}::image/${imageId}`;
      const described = await attempt(context, { api: 'ec2.DescribeImages', region, resourceArn: arn, absentOn: IMAGE_GONE }, () =>
        client.send(new DescribeImagesCommand({ ImageIds: [imageId], IncludeDeprecated: true, IncludeDisabled: true })),
      );
      if (!described.ok) return { failure: described.failure };
      const image = described.value?.Images?.find((candidate) => candidate.ImageId === imageId);
      const item: Ec2UsedImage = { arn, region, imageId, found: image !== undefined, instanceIds };
      if (image?.Name) item.name = image.Name;
      if (image?.OwnerId) item.ownerId = image.OwnerId;
      if (image?.CreationDate) item.creationDate = image.CreationDate;
      if (image?.DeprecationTime) item.deprecationTime = image.DeprecationTime;
      return { item };
    });
    return {
      items: results.flatMap((result) => ('item' in result && result.item ? [result.item] : [])),
      failures: results.flatMap((result) => ('failure' in result && result.failure ? [result.failure] : [])),
    };
  },
});
