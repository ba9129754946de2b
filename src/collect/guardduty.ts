import { GetDetectorCommand, paginateListDetectors, type GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import type { CollectionFailure } from '../model/failure.js';
import type { GuardDutyDetector } from '../model/items/guardduty.js';
import { attemptRequired, defineCollector, mapAll } from './collector.js';
import { collectPages } from './paginate.js';

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
    const listed = await attemptRequired(context, { api: 'guardduty.ListDetectors', region }, async () => {
      return collectPages(paginateListDetectors({ client }, {}), (page) => page.DetectorIds);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const failures: CollectionFailure[] = [];
    const { partition, id } = context.account;
    const detectors = await mapAll(listed.value, async (detectorId): Promise<GuardDutyDetector | undefined> => {
      const arn = `arn:${partition}:guardduty:${region}:${id}:detector/${detectorId}`;
      // Recorded for the whole region: the check judges regions, and a region whose detector could not be read
      // must become an error, not "no detector".
      const got = await attemptRequired(context, { api: 'guardduty.GetDetector', region }, () =>
        client.send(new GetDetectorCommand({ DetectorId: detectorId })),
      );
      if (!got.ok) {
        failures.push(got.failure);
        return undefined;
      }
      return { arn, region, detectorId, status: got.value.Status ?? 'UNKNOWN', features: detectorFeatures(got.value) };
    });
    return { items: detectors.filter((detector): detector is GuardDutyDetector => detector !== undefined), failures };
  },
});
