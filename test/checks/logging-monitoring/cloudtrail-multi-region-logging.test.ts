import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/cloudtrail-multi-region-logging.js';
import type { Trail } from '../../../src/model/items/cloudtrail.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';
import { aClassicSelector, anAdvancedSelector, selectors } from '../../helpers/cloudtrail.js';

const regions = ['us-east-1', 'us-west-2'];
const managementAdvanced = { field: 'eventCategory', equals: ['Management'] };

describe('cloudtrail-multi-region-logging', () => {
  it.each<[string, Trail[], string[]]>([
    ['a logging multi-region trail with the default selector', [aTrail('main')], ['pass', 'pass']],
    ['a trail with no selectors at all (AWS default: all management events)', [aTrail('main', { selectors: selectors([]) })], ['pass', 'pass']],
    ['a multi-region trail seen as a shadow from us-west-2', [aTrail('main', { seenInRegions: regions })], ['pass', 'pass']],
    ['a single-region trail covers only its home region', [aTrail('local', { isMultiRegion: false })], ['pass', 'fail']],
    ['a single-region trail at home in us-west-2', [aTrail('west', { isMultiRegion: false, homeRegion: 'us-west-2' })], ['fail', 'pass']],
    ['no trail at all', [], ['fail', 'fail']],
    ['a trail that is not logging', [aTrail('main', { status: { isLogging: false } })], ['fail', 'fail']],
    ['management events turned off', [aTrail('main', { selectors: selectors([aClassicSelector({ includeManagementEvents: false })]) })], ['fail', 'fail']],
    ['write-only management events', [aTrail('main', { selectors: selectors([aClassicSelector({ readWriteType: 'WriteOnly' })]) })], ['fail', 'fail']],
    [
      'separate ReadOnly and WriteOnly management selectors',
      [aTrail('main', { selectors: selectors([aClassicSelector({ readWriteType: 'ReadOnly' }), aClassicSelector({ readWriteType: 'WriteOnly' })]) })],
      ['pass', 'pass'],
    ],
    ['an advanced Management selector', [aTrail('main', { selectors: selectors([], [anAdvancedSelector(managementAdvanced)]) })], ['pass', 'pass']],
    [
      'an advanced Management selector restricted to readOnly=false',
      [aTrail('main', { selectors: selectors([], [anAdvancedSelector(managementAdvanced, { field: 'readOnly', equals: ['false'] })]) })],
      ['fail', 'fail'],
    ],
    [
      'an advanced readOnly selector listing both values',
      [aTrail('main', { selectors: selectors([], [anAdvancedSelector(managementAdvanced, { field: 'readOnly', equals: ['true', 'false'] })]) })],
      ['pass', 'pass'],
    ],
    [
      'advanced selectors for data events only',
      [aTrail('main', { selectors: selectors([], [anAdvancedSelector({ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] })]) })],
      ['fail', 'fail'],
    ],
    [
      'one good trail among a stopped one',
      [aTrail('stopped', { status: { isLogging: false } }), aTrail('main')],
      ['pass', 'pass'],
    ],
  ])('%s → %j', (_name, trails, expected) => {
    const results = run(check, { cloudtrailTrails: trails }, { regions });
    expect(statuses(results)).toEqual(expected);
    expect(results.map((result) => result.region)).toEqual(regions);
    expect(results[0]?.resourceArn).toBe('arn:aws:cloudtrail:us-east-1:123456789012:account');
  });

  it.each([
    ['classic ExcludeManagementEventSources', selectors([aClassicSelector({ excludeManagementEventSources: ['kms.amazonaws.com'] })])],
    ['advanced eventSource NotEquals', selectors([], [anAdvancedSelector(managementAdvanced, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] })])],
  ])('reports %s as a low-severity finding naming the excluded source', (_name, trailSelectors) => {
    const [result] = run(check, { cloudtrailTrails: [aTrail('main', { selectors: trailSelectors })] });
    expect(result).toMatchObject({ status: 'fail', severity: 'low' });
    expect(result?.message).toMatch(/kms\.amazonaws\.com/);
  });

  it('passes when a complete trail exists beside one that excludes sources', () => {
    const partial = aTrail('partial', { selectors: selectors([aClassicSelector({ excludeManagementEventSources: ['rdsdata.amazonaws.com'] })]) });
    expect(statuses(run(check, { cloudtrailTrails: [partial, aTrail('main')] }))).toEqual(['pass']);
  });

  it('is an error (never a pass or a fail) when an organization trail status is unreadable from a member account', () => {
    const arn = 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org';
    const orgTrail = aTrail('org', { isOrganization: true, status: anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus', code: 'TrailNotFoundException', kind: 'unknown', resourceArn: arn }), arn });
    const [result] = run(check, { cloudtrailTrails: [orgTrail] });
    expect(result?.status).toBe('error');
    expect(result?.message).toMatch(/management account/);
  });

  it('turns unreadable selectors into an error, and the recorded failure names the IAM action', () => {
    const unread = anUnknown('selectors', { api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors', code: 'AccessDeniedException', resourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main' });
    const trail = aTrail('main', { selectors: unread });
    const results = run(check, { cloudtrailTrails: { items: [trail], failures: [unread.unknown] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/cloudtrail:GetEventSelectors/);
  });

  it('passes a region covered by a readable trail beside one whose status could not be read (the unread one cannot undo it)', () => {
    const unread = anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus', resourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/other' });
    const results = run(check, { cloudtrailTrails: { items: [aTrail('main'), aTrail('other', { status: unread })], failures: [unread.unknown] } });
    expect(statuses(results)).toEqual(['pass']);
  });

  it('makes a region error when DescribeTrails failed there', () => {
    const results = run(
      check,
      { cloudtrailTrails: { items: [aTrail('main')], failures: [aFailure({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', region: 'us-west-2' })] } },
      { regions },
    );
    expect(statuses(results)).toEqual(['pass', 'error']);
  });

  it('is not applicable when no region is in scope', () => {
    expect(statuses(run(check, { cloudtrailTrails: [] }, { regions: [] }))).toEqual(['not_applicable']);
  });
});

describe('cloudtrail-multi-region-logging and log delivery', () => {
  const regions = ['us-east-1'];

  it('fails a region whose only trail is logging but cannot deliver its log files, naming the delivery error', () => {
    const trail = aTrail('main', { isMultiRegion: true, status: { isLogging: true, latestDeliveryError: 'AccessDenied' } });
    const results = run(check, { cloudtrailTrails: [trail] }, { regions });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(/not delivered: main \(AccessDenied\)/);
  });

  it('passes when another trail covering the region delivers (the compliant twin)', () => {
    const broken = aTrail('broken', { isMultiRegion: true, status: { isLogging: true, latestDeliveryError: 'NoSuchBucket' } });
    const healthy = aTrail('healthy', { isMultiRegion: true, status: { isLogging: true } });
    const results = run(check, { cloudtrailTrails: [broken, healthy] }, { regions });
    expect(statuses(results)).toEqual(['pass']);
    expect(results[0]?.message).toMatch(/healthy/);
  });
});
