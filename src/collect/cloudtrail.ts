import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type GetEventSelectorsCommandOutput,
  type GetTrailStatusCommandOutput,
  type Trail as SdkTrail,
} from '@aws-sdk/client-cloudtrail';
import { unknownFact, unknownFailures, type CollectionFailure } from '../model/failure.js';
import type { Trail, TrailEventSelectors } from '../model/items/cloudtrail.js';
import { type Attempt, attemptRequired, defineCollector } from './collector.js';

interface TrailDetails {
  status: Attempt<GetTrailStatusCommandOutput>;
  selectors: Attempt<GetEventSelectorsCommandOutput>;
}

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
 * asked by ARN in the trail's home region (a shadow trail's status is only found by ARN). A trail's two calls start
 * as soon as the first region lists it; the item is assembled once every region has answered (seenInRegions).
 */
export const cloudtrailTrailsCollector = defineCollector({
  key: 'cloudtrailTrails',
  scope: 'global',
  apis: ['cloudtrail.DescribeTrails', 'cloudtrail.GetTrailStatus', 'cloudtrail.GetEventSelectors'],
  async collect(context) {
    const failures: CollectionFailure[] = [];
    const byArn = new Map<string, { trail: SdkTrail; seenIn: Set<string>; details?: Promise<TrailDetails> }>();
    const details = (arn: string, homeRegion: string): Promise<TrailDetails> => {
      // Asked in the home region, by ARN: the home region always answers for its own trail, even when it is
      // outside the scanned regions (a shadow copy is listed elsewhere but its status lives at home).
      const client = context.clients.get('cloudtrail', homeRegion);
      return Promise.all([
        attemptRequired({ api: 'cloudtrail.GetTrailStatus', region: homeRegion, resourceArn: arn }, () => client.send(new GetTrailStatusCommand({ Name: arn }))),
        attemptRequired({ api: 'cloudtrail.GetEventSelectors', region: homeRegion, resourceArn: arn }, () =>
          client.send(new GetEventSelectorsCommand({ TrailName: arn })),
        ),
      ]).then(([status, selectors]) => ({ status, selectors }));
    };
    await Promise.all(
      context.regions.map(async (region) => {
        const described = await attemptRequired({ api: 'cloudtrail.DescribeTrails', region }, () =>
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
          if (!entry.details && trail.HomeRegion) entry.details = details(trail.TrailARN, trail.HomeRegion);
          byArn.set(trail.TrailARN, entry);
        }
      }),
    );
    const items = await Promise.all(
      [...byArn.entries()].map(async ([arn, entry]): Promise<Trail> => {
        const { trail, seenIn } = entry;
        const homeRegion = trail.HomeRegion ?? [...seenIn].sort()[0] ?? context.homeRegion;
        const { status, selectors } = await (entry.details ?? details(arn, homeRegion));
        // A failed status or selectors call leaves that fact unknown, not the trail: its name, bucket, key and
        // validation setting were read, and the checks that only need those still judge it.
        const statusFact: Trail['status'] = status.ok
          ? {
              isLogging: status.value.IsLogging ?? false,
              ...(status.value.LatestDeliveryError ? { latestDeliveryError: status.value.LatestDeliveryError } : {}),
              ...(status.value.LatestCloudWatchLogsDeliveryTime
                ? { latestCloudWatchLogsDeliveryTime: new Date(status.value.LatestCloudWatchLogsDeliveryTime).toISOString() }
                : {}),
            }
          : unknownFact(status.failure, 'status');
        const selectorsFact: Trail['selectors'] = selectors.ok ? toSelectors(selectors.value) : unknownFact(selectors.failure, 'selectors');
        failures.push(...unknownFailures(statusFact, selectorsFact));
        const item: Trail = {
          arn,
          region: homeRegion,
          name: trail.Name ?? arn,
          homeRegion,
          isMultiRegion: trail.IsMultiRegionTrail ?? false,
          isOrganization: trail.IsOrganizationTrail ?? false,
          logFileValidation: trail.LogFileValidationEnabled ?? false,
          seenInRegions: [...seenIn].sort(),
          status: statusFact,
          selectors: selectorsFact,
        };
        if (trail.KmsKeyId) item.kmsKeyId = trail.KmsKeyId;
        if (trail.S3BucketName) item.s3BucketName = trail.S3BucketName;
        if (trail.CloudWatchLogsLogGroupArn) item.cloudWatchLogsLogGroupArn = trail.CloudWatchLogsLogGroupArn;
        return item;
      }),
    );
    return { items: items.sort((a, b) => a.arn.localeCompare(b.arn)), failures };
  },
});
