/**
 * Athena's data stores: the S3 location each workgroup writes query results to. Results are copies of what was
 * queried, so a location in a dbGaP bucket (or one whose tags could not be read) is listed with the workgroup's
 * result encryption. Managed query results are kept by Athena outside the account's buckets and are not listed.
 */
import { bucketOfLocation, classifyResultsBucket } from '../athena.js';
import type { DataStoreRecord, DataStoreSource } from './index.js';

export const athenaDataStores: DataStoreSource = (inventory, settings) => {
  const bucketTags = inventory.s3BucketTags;
  return (inventory.athenaWorkGroups?.items ?? []).flatMap((workGroup): DataStoreRecord[] => {
    const bucket = bucketOfLocation(workGroup.outputLocation);
    if (!bucket || !workGroup.outputLocation) return [];
    // Without the bucket tags in the inventory, only the configured names can classify the bucket.
    const classified = classifyResultsBucket(bucket, bucketTags?.items ?? [], bucketTags?.failures ?? [], settings);
    const controlledData = !bucketTags && classified.controlledData === false ? 'unknown' : classified.controlledData;
    const option = workGroup.encryptionOption
      ? `${workGroup.encryptionOption}${workGroup.kmsKey ? ` with key ${workGroup.kmsKey}` : ''}`
      : 'none set by the workgroup';
    return [
      {
        arn: workGroup.arn,
        kind: 'athena-query-results',
        service: 'Amazon Athena',
        region: workGroup.region,
        name: `${workGroup.name}: ${workGroup.outputLocation}`,
        controlledData,
        reason: controlledData === true ? `results in dbGaP bucket ${bucket}` : null,
        encryption: workGroup.enforceWorkGroupConfiguration ? `${option} (enforced)` : `${option} (not enforced: queries may override)`,
        exposure: `as bucket ${bucket}`,
        retention: `as bucket ${bucket}'s lifecycle rules`,
      },
    ];
  });
};
