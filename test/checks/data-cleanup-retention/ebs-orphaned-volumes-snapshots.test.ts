import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/ebs-orphaned-volumes-snapshots.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { anImage, aSnapshot } from '../../helpers/ec2.js';
import { aVolume } from '../../helpers/ec2.js';
import { aFailure, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
import { anInstance } from '../../helpers/ec2.js';

// NOW is 2026-11-23T12:00Z; defaults: orphanedVolumeDays 14, maxSnapshotAgeDays 365.
const none = { ec2Volumes: [], ec2Instances: [], ec2Snapshots: [], ec2Images: [] };
const unattached = (id: string, createTime: string | undefined) =>
  aVolume(id, { state: 'available', attachments: [], ...(createTime ? { createTime } : { createTime: undefined }) });
const result = (keys: FixtureKeys, settings = {}) => run(check, { ...none, ...keys }, { settings }).map((r) => [r.resourceArn.split(/[/:]/).pop(), r.status, r.severity]);

describe('ebs-orphaned-volumes-snapshots', () => {
  it.each<[string, FixtureKeys, Array<[string, string, string]>]>([
    ['an unattached volume created 60 days ago', { ec2Volumes: [unattached('vol-old', '2026-09-24T00:00:00.000Z')] }, [['vol-old', 'fail', 'medium']]],
    ['an unattached volume created 3 days ago', { ec2Volumes: [unattached('vol-new', '2026-11-20T12:00:00.000Z')] }, [['vol-new', 'pass', 'medium']]],
    ['an unattached volume with no creation time', { ec2Volumes: [unattached('vol-x', undefined)] }, [['vol-x', 'error', 'medium']]],
    ['an attached volume deleted on termination', { ec2Volumes: [aVolume('vol-1')] }, [['vol-1', 'pass', 'medium']]],
    [
      'an attached volume kept on termination: clean-up evidence, not a failure',
      { ec2Volumes: [aVolume('vol-keep', { attachments: [{ instanceId: 'i-1', deleteOnTermination: false }] })] },
      [['vol-keep', 'pass', 'medium']],
    ],
    [
      'an attachment without the flag, where the instance says it is kept',
      {
        ec2Volumes: [aVolume('vol-2', { attachments: [{ instanceId: 'i-1' }] })],
        ec2Instances: [anInstance('i-1', { blockDevices: [{ deviceName: '/dev/sdf', volumeId: 'vol-2', deleteOnTermination: false }] })],
      },
      [['vol-2', 'pass', 'medium']],
    ],
    ['a volume being created is not judged', { ec2Volumes: [aVolume('vol-c', { state: 'creating', attachments: [] })] }, []],
    [
      'a recent snapshot of a live volume',
      { ec2Volumes: [aVolume('vol-1')], ec2Snapshots: [aSnapshot('snap-1', { volumeId: 'vol-1', startTime: '2026-06-01T00:00:00.000Z' })] },
      [['vol-1', 'pass', 'medium'], ['snap-1', 'pass', 'medium']],
    ],
    ['a snapshot older than a year', { ec2Snapshots: [aSnapshot('snap-old', { volumeId: 'vol-ffffffff', startTime: '2024-01-01T00:00:00.000Z' })] }, [['snap-old', 'fail', 'low']]],
    ['a snapshot whose volume is gone', { ec2Snapshots: [aSnapshot('snap-2', { volumeId: 'vol-deleted', startTime: '2026-11-01T00:00:00.000Z' })] }, [['snap-2', 'fail', 'low']]],
    ['a copied snapshot (vol-ffffffff placeholder)', { ec2Snapshots: [aSnapshot('snap-3', { volumeId: 'vol-ffffffff', startTime: '2026-11-01T00:00:00.000Z' })] }, [['snap-3', 'pass', 'medium']]],
    [
      'an AMI-backing snapshot whose build volume is gone',
      {
        ec2Snapshots: [aSnapshot('snap-ami', { volumeId: 'vol-build', startTime: '2026-11-01T00:00:00.000Z' })],
        ec2Images: [anImage('ami-1', { snapshotIds: ['snap-ami'] })],
      },
      [['snap-ami', 'pass', 'medium']],
    ],
    [
      'a snapshot whose volume exists only in another region',
      { ec2Volumes: [aVolume('vol-1', { region: 'us-west-2' })], ec2Snapshots: [aSnapshot('snap-4', { volumeId: 'vol-1', startTime: '2026-11-01T00:00:00.000Z' })] },
      [['vol-1', 'pass', 'medium'], ['snap-4', 'fail', 'low']],
    ],
    ['a snapshot with no start time but a live volume', { ec2Volumes: [aVolume('vol-1')], ec2Snapshots: [aSnapshot('snap-5', { volumeId: 'vol-1', startTime: undefined })] }, [['vol-1', 'pass', 'medium'], ['snap-5', 'error', 'medium']]],
    ['nothing at all', {}, [['root', 'not_applicable', 'medium']]],
  ])('%s', (_name, keys, expected) => {
    const actual = result(keys);
    if (expected.length === 0) expect(actual.map((entry) => entry[1])).toEqual(['not_applicable']);
    else expect(actual).toEqual(expected);
  });

  it('records a volume kept on termination as clean-up evidence in its passing message', () => {
    const [kept] = run(check, { ...none, ec2Volumes: [aVolume('vol-keep', { attachments: [{ instanceId: 'i-1', deleteOnTermination: false }] })] });
    expect(kept?.message).toMatch(/outlives its instance and must be deleted at close-out/);
  });

  it('explains both snapshot problems at once', () => {
    const [finding] = run(check, { ...none, ec2Snapshots: [aSnapshot('snap-1', { volumeId: 'vol-gone', startTime: '2024-11-23T12:00:00.000Z' })] });
    expect(finding?.message).toBe('Snapshot snap-1 is 730 days old, older than 365 days and was taken of volume vol-gone, which no longer exists.');
  });

  it('honours thresholds.orphanedVolumeDays', () => {
    const settings = { thresholds: { ...DEFAULT_SETTINGS.thresholds, orphanedVolumeDays: 90 } };
    expect(result({ ec2Volumes: [unattached('vol-old', '2026-09-24T00:00:00.000Z')] }, settings)).toEqual([['vol-old', 'pass', 'medium']]);
  });

  it('a region whose volumes could not be listed is an error for its snapshots too (their source cannot be checked)', () => {
    const results = run(check, {
      ...none,
      ec2Snapshots: [aSnapshot('snap-1', { volumeId: 'vol-1', startTime: '2026-11-01T00:00:00.000Z' })],
      ec2Volumes: { items: [], failures: [aFailure({ api: 'ec2.DescribeVolumes', action: 'ec2:DescribeVolumes', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
