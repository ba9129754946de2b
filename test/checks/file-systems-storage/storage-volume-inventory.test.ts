import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/storage-volume-inventory.js';
import { aVolume } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const EAST = 'arn:aws:ec2:us-east-1:123456789012:account';
const WEST = 'arn:aws:ec2:us-west-2:123456789012:account';

describe('storage-volume-inventory', () => {
  it('summarizes each region in one passing evidence result', () => {
    const volumes = [
      aVolume('vol-1', { volumeType: 'gp3', sizeGiB: 100 }),
      aVolume('vol-2', { volumeType: 'gp3', sizeGiB: 500, encrypted: false, kmsKeyId: undefined }),
      aVolume('vol-3', { volumeType: 'st1', sizeGiB: 2000, state: 'available', attachments: [] }),
      aVolume('vol-4', { volumeType: 'io2', sizeGiB: 50, region: 'us-west-2' }),
    ];
    const results = run(check, { ec2Volumes: volumes }, { regions: ['us-east-1', 'us-west-2'] });
    expect(results.map((result) => [result.resourceArn, result.status, result.severity, result.message])).toEqual([
      [EAST, 'pass', 'informational', 'us-east-1: 3 EBS volume(s), 2600 GiB; by type: gp3 2 (600 GiB), st1 1 (2000 GiB); encrypted 2, unencrypted 1; attached 2, unattached 1.'],
      [WEST, 'pass', 'informational', 'us-west-2: 1 EBS volume(s), 50 GiB; by type: io2 1 (50 GiB); encrypted 1, unencrypted 0; attached 1, unattached 0.'],
    ]);
  });

  it('counts volumes with no reported type or size', () => {
    const [result] = run(check, { ec2Volumes: [aVolume('vol-1', { volumeType: undefined, sizeGiB: undefined })] });
    expect(result?.message).toBe('us-east-1: 1 EBS volume(s), 0 GiB; by type: unknown 1 (0 GiB); encrypted 1, unencrypted 0; attached 1, unattached 0.');
  });

  it('a region with no volumes gives no result; no volumes at all is not applicable', () => {
    expect(run(check, { ec2Volumes: [aVolume('vol-1')] }, { regions: ['us-east-1', 'us-west-2'] }).map((result) => result.resourceArn)).toEqual([EAST]);
    expect(statuses(run(check, { ec2Volumes: [] }))).toEqual(['not_applicable']);
  });

  it('a region whose volumes could not be listed is an error, not a partial summary', () => {
    const results = run(
      check,
      { ec2Volumes: { items: [aVolume('vol-1')], failures: [aFailure({ api: 'ec2.DescribeVolumes', code: 'UnauthorizedOperation', region: 'us-west-2' })] } },
      { regions: ['us-east-1', 'us-west-2'] },
    );
    expect(results.map((result) => [result.region, result.status])).toEqual([
      ['us-east-1', 'pass'],
      ['us-west-2', 'error'],
    ]);
  });
});
