/**
 * The AWS regions that exist, from the partition metadata the SDK itself resolves endpoints with (partitions.json,
 * compiled into @aws-sdk/core and updated with every SDK release). Nothing here is a hand-kept list: a region AWS
 * launches reaches the scanner with the SDK update that can call it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { partition, type PartitionsInfo } from '@aws-sdk/core/client';

type Partition = PartitionsInfo['partitions'][number];

/** Where @aws-sdk/core keeps the partition table (its `partitionsInfo` export is internal to the package). */
const PARTITIONS_MODULE = 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js';

let loaded: Promise<Partition[] | undefined> | undefined;

/** The SDK's partition table, or undefined if this SDK version keeps it elsewhere (test/collect/regions.test.ts fails then). */
export function sdkPartitions(): Promise<Partition[] | undefined> {
  loaded ??= (async () => {
    try {
      const root = dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'));
      const module = (await import(pathToFileURL(join(root, PARTITIONS_MODULE)).href)) as { partitionsInfo?: PartitionsInfo };
      return module.partitionsInfo?.partitions;
    } catch {
      return undefined;
    }
  })();
  return loaded;
}

/** The regions of one partition (`aws`, `aws-cn`, `aws-us-gov`…), sorted; pseudo-regions such as `aws-global` left out. */
export async function regionsOfPartition(partitionId: string): Promise<string[]> {
  const found = (await sdkPartitions())?.find((entry) => entry.id === partitionId);
  if (!found) return [];
  const pattern = new RegExp(found.regionRegex);
  return Object.keys(found.regions)
    .filter((region) => pattern.test(region))
    .sort();
}

/** The partition a region name belongs to, or would belong to by its shape (`us-east-9` → `aws`). */
export function partitionOfRegion(region: string): string {
  return partition(region).name;
}

/** Does the SDK know this region? Names shaped like a region but absent from the metadata (`us-east-9`) do not. */
export async function isKnownRegion(region: string): Promise<boolean> {
  const partitions = await sdkPartitions();
  if (partitions) return partitions.some((entry) => Object.hasOwn(entry.regions, region) && new RegExp(entry.regionRegex).test(region));
  // Without the table, the SDK's public resolver still tells a listed region (it carries a description) from a guess.
  return (partition(region) as { description?: string }).description !== undefined && !region.startsWith('aws-');
}
