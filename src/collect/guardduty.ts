import { GetDetectorCommand, paginateListDetectors, type GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import { unknownFact, type CollectionFailure } from '../model/failure.js';
import type { GuardDutyDetector } from '../model/items/guardduty.js';
import { attemptRequired, defineCollector } from './collector.js';
import { gathered, shareListing } from './paginate.js';

/** Feature statuses by name; the legacy DataSources block fills in what Features[] does not say. */
export function detectorFeatures(output: GetDetectorCommandOutput): Record<string, string> {
  const features: Record<string, string> = {};
  const s3Logs = output.DataSources?.S3Logs?.Status;
  if (s3Logs) features.S3_DATA_EVENTS = s3Logs;
  const cloudTrail = output.DataSources?.CloudTrail?.Status;
  if (cloudTrail) features.CLOUD_TRAIL = cloudTrail;
  for (const feature of output.Features ?? []) if (feature.Name && feature.Status) features[feature.Name] = feature.Status;
  return features;
}

export const guardDutyDetectorsCollector = defineCollector({
  key: 'guardDutyDetectors',
  scope: 'regional',
  apis: ['guardduty.ListDetectors', 'guardduty.GetDetector'],
  async collect(context, region) {
    const client = context.clients.get('guardduty', region);
    const { partition, id } = context.account;
    // Each detector is read as soon as its id is listed.
    const outcomes = await shareListing({ api: 'guardduty.ListDetectors', region }, () => paginateListDetectors({ client }, {}), (page) => page.DetectorIds).map(
      async (detectorId): Promise<{ item?: GuardDutyDetector; failure?: CollectionFailure }> => {
        const arn = `arn:${partition}:guardduty:${region}:${id}:detector/${detectorId}`;
        const got = await attemptRequired({ api: 'guardduty.GetDetector', region, resourceArn: arn }, () => client.send(new GetDetectorCommand({ DetectorId: detectorId })));
        if (got.ok) return { item: { arn, region, detectorId, status: got.value.Status ?? 'UNKNOWN', features: detectorFeatures(got.value) } };
        // The detector exists (ListDetectors named it); whether it runs, and which plans, is unknown: the checks that
        // judge the region decide, and never read "no detector" into it.
        const status = unknownFact(got.failure, 'status');
        return { item: { arn, region, detectorId, status, features: unknownFact(got.failure, 'features') }, failure: status.unknown };
      },
    );
    return gathered(outcomes);
  },
});
