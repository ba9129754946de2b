import { describe, expect, it } from 'vitest';
import check, { dataEventCoverage } from '../../../checks/logging-monitoring/cloudtrail-s3-data-events.js';
import type { S3Bucket } from '../../../src/model/items/s3.js';
import type { Trail } from '../../../src/model/items/cloudtrail.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aFailure, anUnknown, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
import { aBucketTags } from '../../helpers/s3.js';
import { aTrail } from '../../helpers/cloudtrail.js';
import { aClassicSelector, anAdvancedSelector, selectors } from '../../helpers/cloudtrail.js';

const bucket = (name: string, region = 'us-east-1', partition = 'aws'): S3Bucket => ({ arn: `arn:${partition}:s3:::${name}`, name, region });
const runCheck = (keys: FixtureKeys, options: Parameters<typeof run>[2] = {}) => run(check, { s3BucketTags: [], ...keys }, options);
const dbgapSettings = { dbgapBuckets: { ...DEFAULT_SETTINGS.dbgapBuckets, names: ['raw'] } };
const s3Data = (values: string[], readWriteType = 'All') => aClassicSelector({ readWriteType, dataResources: [{ type: 'AWS::S3::Object', values }] });
const data = { field: 'eventCategory', equals: ['Data'] };
const objects = { field: 'resources.type', equals: ['AWS::S3::Object'] };
const withSelectors = (...args: Parameters<typeof selectors>) => aTrail('main', { selectors: selectors(...args) });

describe('cloudtrail-s3-data-events', () => {
  it.each<[string, Trail, { read: boolean; write: boolean }]>([
    ['classic, all buckets as arn:aws:s3', withSelectors([s3Data(['arn:aws:s3'])]), { read: true, write: true }],
    ['classic, all buckets as arn:aws:s3:::', withSelectors([s3Data(['arn:aws:s3:::'])]), { read: true, write: true }],
    ['classic, this bucket', withSelectors([s3Data(['arn:aws:s3:::raw/'])]), { read: true, write: true }],
    ['classic, a prefix of this bucket only', withSelectors([s3Data(['arn:aws:s3:::raw/subset/'])]), { read: false, write: false }],
    ['classic, another bucket', withSelectors([s3Data(['arn:aws:s3:::other/'])]), { read: false, write: false }],
    ['classic, the wrong partition', withSelectors([s3Data(['arn:aws-us-gov:s3'])]), { read: false, write: false }],
    ['classic, ReadOnly', withSelectors([s3Data(['arn:aws:s3'], 'ReadOnly')]), { read: true, write: false }],
    ['classic, WriteOnly', withSelectors([s3Data(['arn:aws:s3'], 'WriteOnly')]), { read: false, write: true }],
    ['classic, separate ReadOnly and WriteOnly selectors', withSelectors([s3Data(['arn:aws:s3'], 'ReadOnly'), s3Data(['arn:aws:s3:::raw/'], 'WriteOnly')]), { read: true, write: true }],
    ['classic, Lambda data events only', withSelectors([aClassicSelector({ dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }] })]), { read: false, write: false }],
    ['advanced, every S3 object', withSelectors([], [anAdvancedSelector(data, objects)]), { read: true, write: true }],
    ['advanced, StartsWith the bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', startsWith: ['arn:aws:s3:::raw/'] })]), { read: true, write: true }],
    ['advanced, StartsWith a name prefix covering the bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', startsWith: ['arn:aws:s3:::r'] })]), { read: true, write: true }],
    ['advanced, StartsWith another bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', startsWith: ['arn:aws:s3:::other/'] })]), { read: false, write: false }],
    ['advanced, NotStartsWith excluding the bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::raw/'] })]), { read: false, write: false }],
    ['advanced, NotStartsWith excluding part of the bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::raw/tmp/'] })]), { read: false, write: false }],
    ['advanced, NotStartsWith another bucket', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::other/'] })]), { read: true, write: true }],
    ['advanced, Equals one object', withSelectors([], [anAdvancedSelector(data, objects, { field: 'resources.ARN', equals: ['arn:aws:s3:::raw/a.bam'] })]), { read: false, write: false }],
    ['advanced, readOnly=true', withSelectors([], [anAdvancedSelector(data, objects, { field: 'readOnly', equals: ['true'] })]), { read: true, write: false }],
    ['advanced, readOnly=false', withSelectors([], [anAdvancedSelector(data, objects, { field: 'readOnly', equals: ['false'] })]), { read: false, write: true }],
    ['advanced, readOnly true and false', withSelectors([], [anAdvancedSelector(data, objects, { field: 'readOnly', equals: ['true', 'false'] })]), { read: true, write: true }],
    ['advanced, eventName PutObject only', withSelectors([], [anAdvancedSelector(data, objects, { field: 'eventName', equals: ['PutObject'] })]), { read: false, write: false }],
    ['advanced, eventSource s3', withSelectors([], [anAdvancedSelector(data, objects, { field: 'eventSource', equals: ['s3.amazonaws.com'] })]), { read: true, write: true }],
    ['advanced, Management category', withSelectors([], [anAdvancedSelector({ field: 'eventCategory', equals: ['Management'] })]), { read: false, write: false }],
    ['advanced, another resource type', withSelectors([], [anAdvancedSelector(data, { field: 'resources.type', equals: ['AWS::DynamoDB::Table'] })]), { read: false, write: false }],
  ])('coverage with %s', (_name, trail, expected) => {
    expect(dataEventCoverage(trail, bucket('raw'))).toEqual(expected);
  });

  it('is partition-aware (aws-us-gov)', () => {
    const trail = withSelectors([s3Data(['arn:aws-us-gov:s3:::raw/'])]);
    expect(dataEventCoverage(trail, bucket('raw', 'us-gov-west-1', 'aws-us-gov'))).toEqual({ read: true, write: true });
  });

  it.each<[string, Trail[], string, string | undefined]>([
    ['read and write logged', [withSelectors([s3Data(['arn:aws:s3:::raw/'])])], 'pass', undefined],
    ['no data events', [aTrail('main')], 'fail', 'high'],
    ['read only', [withSelectors([s3Data(['arn:aws:s3'], 'ReadOnly')])], 'fail', 'high'],
    ['a trail that selects the bucket but is not logging', [aTrail('main', { status: { isLogging: false }, selectors: selectors([s3Data(['arn:aws:s3'])]) })], 'fail', 'high'],
    ['read and write split over two trails', [aTrail('r', { selectors: selectors([s3Data(['arn:aws:s3'], 'ReadOnly')]) }), aTrail('w', { selectors: selectors([s3Data(['arn:aws:s3'], 'WriteOnly')]) })], 'pass', undefined],
    ['a single-region trail in another region', [aTrail('west', { isMultiRegion: false, homeRegion: 'us-west-2', selectors: selectors([s3Data(['arn:aws:s3'])]) })], 'fail', 'high'],
    ['no trail at all', [], 'fail', 'high'],
    ['selectors unreadable', [aTrail('main', { selectors: anUnknown('selectors', { api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors' }) })], 'error', undefined],
    ['status unreadable', [aTrail('main', { status: anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus' }), selectors: selectors([s3Data(['arn:aws:s3'])]) })], 'error', undefined],
    ['logged by one trail beside an unreadable one', [withSelectors([s3Data(['arn:aws:s3:::raw/'])]), aTrail('other', { status: anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus' }) })], 'pass', undefined],
  ])('dbGaP bucket: %s → %s', (_name, trails, expected, severity) => {
    const [result] = runCheck({ cloudtrailTrails: trails, s3Buckets: [bucket('raw')] }, { settings: dbgapSettings });
    expect(result?.status).toBe(expected);
    expect(result?.resourceArn).toBe('arn:aws:s3:::raw');
    if (severity) expect(result?.severity).toBe(severity);
  });

  it('names the stopped trail that would have covered the bucket', () => {
    const [result] = runCheck({ cloudtrailTrails: [aTrail('main', { status: { isLogging: false }, selectors: selectors([s3Data(['arn:aws:s3'])]) })], s3Buckets: [bucket('raw')] });
    expect(result?.message).toMatch(/main selects it but is not logging/);
  });

  it('reports buckets not configured as dbGaP at low severity', () => {
    const results = runCheck({ cloudtrailTrails: [aTrail('main')], s3Buckets: [bucket('raw'), bucket('scratch')] }, { settings: dbgapSettings });
    expect(results.map((result) => [result.resourceArn, result.status, result.severity])).toEqual([
      ['arn:aws:s3:::raw', 'fail', 'high'],
      ['arn:aws:s3:::scratch', 'fail', 'low'],
    ]);
    expect(results[0]?.message).toMatch(/dbGaP bucket raw/);
  });

  it('is not applicable without buckets', () => {
    expect(statuses(runCheck({ cloudtrailTrails: [aTrail('main')], s3Buckets: [] }))).toEqual(['not_applicable']);
  });

  it('is an error (never a pass) when the bucket listing failed', () => {
    const results = runCheck({
      cloudtrailTrails: [aTrail('main')],
      s3Buckets: { items: [], failures: [aFailure({ api: 's3.ListBuckets', action: 's3:ListAllMyBuckets', region: undefined })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  describe('dbGaP by tag, through the one classifier', () => {
    const noEvents = [aTrail('main')];

    it('gives a bucket that is dbGaP only by its dbgap:project tag the check\'s high severity', () => {
      const [result] = runCheck({ cloudtrailTrails: noEvents, s3Buckets: [bucket('tagged')], s3BucketTags: [aBucketTags('tagged', { 'dbgap:project': 'phs000001' })] });
      expect(result).toEqual(expect.objectContaining({ status: 'fail', severity: 'high' }));
      expect(result?.message).toMatch(/^dbGaP bucket tagged/);
    });

    it('keeps low severity for an untagged, unnamed bucket', () => {
      const [result] = runCheck({ cloudtrailTrails: noEvents, s3Buckets: [bucket('scratch')], s3BucketTags: [aBucketTags('scratch', {})] });
      expect(result).toEqual(expect.objectContaining({ status: 'fail', severity: 'low' }));
    });

    it('treats a bucket whose tags could not be read as possibly dbGaP: high, never lowered by the missing fact', () => {
      const denied = aFailure({ api: 's3.GetBucketTagging', action: 's3:GetBucketTagging', code: 'AccessDenied', resourceArn: 'arn:aws:s3:::scratch' });
      const results = runCheck({ cloudtrailTrails: noEvents, s3Buckets: [bucket('scratch')], s3BucketTags: { items: [], failures: [denied] } });
      expect(results).toEqual([expect.objectContaining({ status: 'fail', severity: 'high' })]);
      expect(results[0]?.message).toMatch(/tags could not be read/);
    });

    it('still passes a logged bucket whose tags could not be read: the tags cannot change a pass', () => {
      const denied = aFailure({ api: 's3.GetBucketTagging', action: 's3:GetBucketTagging', code: 'AccessDenied', resourceArn: 'arn:aws:s3:::scratch' });
      const results = runCheck({ cloudtrailTrails: [withSelectors([s3Data(['arn:aws:s3'])])], s3Buckets: [bucket('scratch')], s3BucketTags: { items: [], failures: [denied] } });
      expect(statuses(results)).toEqual(['pass']);
    });
  });
});
