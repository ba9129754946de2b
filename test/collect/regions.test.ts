import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { isKnownRegion, partitionOfRegion, regionsOfPartition, sdkPartitions } from '../../src/collect/partition-regions.js';
import { validateRegionNames } from '../../src/collect/scope.js';

describe('region names, from the SDK\'s partition metadata', () => {
  it('reads the partition table the installed SDK resolves endpoints with (an SDK upgrade that moves it fails here)', async () => {
    const partitions = await sdkPartitions();
    expect(partitions?.map((partition) => partition.id)).toEqual(expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov']));
    const aws = await regionsOfPartition('aws');
    expect(aws).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'ap-southeast-2']));
    expect(aws).not.toContain('aws-global');
    expect(aws).toEqual([...aws].sort());
  });

  it.each(['us-east-1', 'eu-central-2', 'cn-north-1', 'us-gov-west-1'])('knows %s', async (region) => {
    expect(await isKnownRegion(region)).toBe(true);
  });

  it.each(['us-east-9', 'eu-central-7', 'aws-global', 'mars-north-1'])('does not know %s', async (region) => {
    expect(await isKnownRegion(region)).toBe(false);
  });

  it('places a name in the partition its shape belongs to', () => {
    expect(partitionOfRegion('us-east-9')).toBe('aws');
    expect(partitionOfRegion('cn-north-1')).toBe('aws-cn');
    expect(partitionOfRegion('us-gov-east-1')).toBe('aws-us-gov');
  });

  it('rejects an unknown region with one sentence listing the valid ones of its partition (exit 2)', async () => {
    const attempt = validateRegionNames(['us-east-1', 'us-east-9'], '--regions');
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    const message = await attempt.then(() => '', (error: Error) => error.message);
    expect(message).toMatch(/^Unknown AWS region 'us-east-9' given to --regions: the regions of the aws partition are af-south-1, .*us-east-1, .*us-west-2\.$/);
    expect(message.split('. ')).toHaveLength(1);
    expect(message).not.toContain('cn-north-1');
  });

  it('rejects a malformed name the same way', async () => {
    await expect(validateRegionNames(['us_west_2'], '--exclude-regions')).rejects.toThrow(/Unknown AWS region 'us_west_2' given to --exclude-regions: the regions of the aws partition are/);
  });

  it('accepts the regions of every partition', async () => {
    await expect(validateRegionNames(['us-east-1', 'cn-northwest-1', 'us-gov-west-1'], '--regions')).resolves.toBeUndefined();
  });
});
