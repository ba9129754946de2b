import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type GetEventSelectorsCommandOutput,
  type Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import type { CollectionFailure } from '../model/failure.js';
import type { Trail, TrailEventSelectors } from '../model/items/cloudtrail.js';
import { attemptRequired, defineCollector, mapAll } from './collector.js';

export function toSelectors(output: GetEventSelectorsCommandOutput): TrailEventSelectors {
  return {
    eventSelectors: (output.EventSelectors ?? []).map((selector) => ({
      readWriteType: selector.ReadWriteType ?? 'All',
      includeManagementEvents: selector.IncludeManagementEvents ?? true,
      excludeManagementEventSources: selector.ExcludeManagementEventSources ?? [],
      dataResources: (selector.DataResources ?? []).map((resource) => ({
        type: resource.Type ?? '',
        values: resource.Values ?? [],
      })),
    })),
    advancedEventSelectors: (output.AdvancedEventSelectors ?? []).map((selector) => {
      const mapped: TrailEventSelectors['advancedEventSelectors'][number] = {
        fieldSelectors: (selector.FieldSelectors ?? []).map((field) => {
          const out: TrailEventSelectors['advancedEventSelectors'][number]['fieldSelectors'][number] = {
            field: field.Field ?? '',
          };
          if (field.Equals) out.equals = field.Equals;
          if (field.StartsWith) out.startsWith = field.StartsWith;
          if (field.EndsWith) out.endsWith = field.EndsWith;
          if (field.NotEquals) out.notEquals = field.NotEquals;
          if (field.NotStartsWith) out.notStartsWith = field.NotStartsWith;
          if (field.NotEndsWith) out.notEndsWith = field.NotEndsWith;
          return out;
        }),
      };
      if (selector.Name) mapped.name = selector.Name;
      return mapped;
    }),
  };
}

/**
 * DescribeTrails (with shadow trails) in every region, deduplicated by ARN; then status and selectors once per trail,
 * asked by ARN in the trail's home region (a shadow trail's status is only found by ARN).
 */
export const cloudtrailTrailsCollector = defineCollector({
  key: 'cloudtrailTrails',
  scope: 'global',
  apis: ['cloudtrail.DescribeTrails', 'cloudtrail.GetTrailStatus', 'cloudtrail.GetEventSelectors'],
  async collect(context) {
    const failures: CollectionFailure[] = [];
    const byArn = new Map<string, { trail: SdkTrail; seenIn: Set<string> }>();
    await mapAll(context.regions, async (region) => {
      const described = await attemptRequired(context, { api: 'cloudtrail.DescribeTrails', region }, () =>
        context.clients.get('cloudtrail', region).send(new DescribeTrailsCommand({ includeShadowTrails: true })),
      );
      if (!described.ok) {
        failures.push(described.failure);
        return;
      }
      for (const trail of described.value.trailList ?? []) {
        if (!trail.TrailARN) continue;
        const entry = byArn.get(trail.TrailARN) ?? { trail, seenIn: new Set<string>() };
        entry.seenIn.add(region);
        byArn.set(trail.TrailARN, entry);
      }
    });
    const items = await mapAll([...byArn.entries()], async ([arn, { trail, seenIn }]): Promise<Trail> => {
      const homeRegion = trail.HomeRegion ?? [...seenIn].sort()[0] ?? context.homeRegion;
      // Asked in the home region, by ARN: the home region always answers for its own trail, even when it is
      // outside the scanned regions (a shadow copy is listed elsewhere but its status lives at home).
      const callRegion = homeRegion;
      const client = context.clients.get('cloudtrail', callRegion);
      const [status, selectors] = await Promise.all([
        attemptRequired(context, { api: 'cloudtrail.GetTrailStatus', region: callRegion, resourceArn: arn }, () =>
          client.send(new GetTrailStatusCommand({ Name: arn })),
        ),
        attemptRequired(context, { api: 'cloudtrail.GetEventSelectors', region: callRegion, resourceArn: arn }, () =>
          client.send(new GetEventSelectorsCommand({ TrailName: arn })),
        ),
      ]);
      if (!status.ok) failures.push(status.failure);
      if (!selectors.ok) failures.push(selectors.failure);
      const item: Trail = {
        arn,
        region: homeRegion,
        name: trail.Name ?? arn,
        homeRegion,
        isMultiRegion: trail.IsMultiRegionTrail ?? false,
        isOrganization: trail.IsOrganizationTrail ?? false,
        logFileValidation: trail.LogFileValidationEnabled ?? false,
        seenInRegions: [...seenIn].sort(),
        status: status.ok
          ? {
              isLogging: status.value.IsLogging ?? false,
              ...(status.value.LatestDeliveryError ? { latestDeliveryError: status.value.LatestDeliveryError } : {}),
              ...(status.value.LatestCloudWatchLogsDeliveryTime
                ? { latestCloudWatchLogsDeliveryTime: new Date(status.value.LatestCloudWatchLogsDeliveryTime).toISOString() }
                : {}),
            }
          : null,
        selectors: selectors.ok ? toSelectors(selectors.value) : null,
      };
      if (trail.KmsKeyId) item.kmsKeyId = trail.KmsKeyId;
      if (trail.S3BucketName) item.s3BucketName = trail.S3BucketName;
      if (trail.CloudWatchLogsLogGroupArn) item.cloudWatchLogsLogGroupArn = trail.CloudWatchLogsLogGroupArn;
      return item;
    });
    return { items: items.sort((a, b) => a.arn.localeCompare(b.arn)), failures };
  },
});
