import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSelectors } from '../../src/collect/cloudtrail.js';
import { awsError, collect } from '../helpers/collect.js';

const cloudtrail = mockClient(CloudTrailClient);
const mainArn = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main';
const westArn = 'arn:aws:cloudtrail:us-west-2:123456789012:trail/west';
const main = { Name: 'main', TrailARN: mainArn, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: false, LogFileValidationEnabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k', S3BucketName: 'logs', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*' };
/** A new trail's selectors: AWS answers with its default classic selector (every management event). */
const defaultSelectors = { TrailARN: mainArn, EventSelectors: [{ ReadWriteType: 'All' as const, IncludeManagementEvents: true }] };
const west = { Name: 'west', TrailARN: westArn, HomeRegion: 'us-west-2', IsMultiRegionTrail: false };

async function regionOf(call: { thisValue: unknown }): Promise<string> {
  return (call.thisValue as CloudTrailClient).config.region();
}

beforeEach(() => {
  cloudtrail.reset();
  cloudtrail.onAnyCommand().rejects(new Error('unexpected CloudTrail command'));
});
afterEach(() => cloudtrail.reset());

describe('cloudtrailTrails collector', () => {
  it('lists trails with shadow trails in every region, dedupes by ARN, and asks status and selectors by ARN in the home region', async () => {
    // us-east-1 sees its own trail; us-west-2 sees the shadow of main plus its own single-region trail.
    cloudtrail.on(DescribeTrailsCommand).callsFake(async (input, getClient) => {
      expect(input).toEqual({ includeShadowTrails: true });
      const region = await (getClient() as CloudTrailClient).config.region();
      return { trailList: region === 'us-east-1' ? [main] : [main, west] };
    });
    cloudtrail.on(GetTrailStatusCommand, { Name: mainArn }).resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: new Date('2026-11-23T10:00:00Z') });
    cloudtrail.on(GetTrailStatusCommand, { Name: westArn }).resolves({ IsLogging: false, LatestDeliveryError: 'NoSuchBucket' });
    cloudtrail.on(GetEventSelectorsCommand, { TrailName: mainArn }).resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
    cloudtrail.on(GetEventSelectorsCommand, { TrailName: westArn }).resolves({ AdvancedEventSelectors: [{ Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] });

    const inventory = await collect(['cloudtrailTrails'], { regions: ['us-east-1', 'us-west-2'] });

    expect(cloudtrail.commandCalls(DescribeTrailsCommand)).toHaveLength(2);
    expect(cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(2);
    expect(cloudtrail.commandCalls(GetEventSelectorsCommand)).toHaveLength(2);
    for (const call of [...cloudtrail.commandCalls(GetTrailStatusCommand), ...cloudtrail.commandCalls(GetEventSelectorsCommand)]) {
      const input = call.args[0].input as { Name?: string; TrailName?: string };
      const arn = input.Name ?? input.TrailName;
      expect(await regionOf(call)).toBe(arn === mainArn ? 'us-east-1' : 'us-west-2');
    }
    expect(inventory.keys.cloudtrailTrails?.failures).toEqual([]);
    expect(inventory.keys.cloudtrailTrails?.items).toEqual([
      {
        arn: mainArn,
        region: 'us-east-1',
        name: 'main',
        homeRegion: 'us-east-1',
        isMultiRegion: true,
        isOrganization: false,
        logFileValidation: true,
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k',
        s3BucketName: 'logs',
        cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*',
        seenInRegions: ['us-east-1', 'us-west-2'],
        status: { isLogging: true, latestCloudWatchLogsDeliveryTime: '2026-11-23T10:00:00.000Z' },
        selectors: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }], advancedEventSelectors: [] },
      },
      {
        arn: westArn,
        region: 'us-west-2',
        name: 'west',
        homeRegion: 'us-west-2',
        isMultiRegion: false,
        isOrganization: false,
        logFileValidation: false,
        seenInRegions: ['us-west-2'],
        status: { isLogging: false, latestDeliveryError: 'NoSuchBucket' },
        selectors: { eventSelectors: [], advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] },
      },
    ]);
  });

  it('asks a shadow trail in its home region even when that region is outside the scan', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [main] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).resolves(defaultSelectors);
    const inventory = await collect(['cloudtrailTrails'], { regions: ['eu-west-1'] });
    expect(await regionOf(cloudtrail.commandCalls(GetTrailStatusCommand)[0] as never)).toBe('us-east-1');
    expect(inventory.keys.cloudtrailTrails?.items[0]).toMatchObject({ seenInRegions: ['eu-west-1'], homeRegion: 'us-east-1' });
  });

  it('records AccessDeniedException on GetTrailStatus as a failure for that trail naming cloudtrail:GetTrailStatus, with status an unknown fact', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [main] });
    cloudtrail.on(GetTrailStatusCommand).rejects(awsError('AccessDeniedException'));
    cloudtrail.on(GetEventSelectorsCommand).resolves(defaultSelectors);
    const inventory = await collect(['cloudtrailTrails']);
    expect(inventory.keys.cloudtrailTrails?.items[0]).toMatchObject({
      arn: mainArn,
      status: { unknown: expect.objectContaining({ api: 'cloudtrail.GetTrailStatus', field: 'status', resourceArn: mainArn }) },
      selectors: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }], advancedEventSelectors: [] },
    });
    expect(inventory.keys.cloudtrailTrails?.failures).toEqual([
      expect.objectContaining({ api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus', code: 'AccessDeniedException', kind: 'access-denied', resourceArn: mainArn, region: 'us-east-1', field: 'status' }),
    ]);
  });

  it('records an organization trail whose selectors a member cannot read (TrailNotFoundException) as a failure, selectors unknown', async () => {
    const orgArn = 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org';
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'org', TrailARN: orgArn, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: true }] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).rejects(awsError('TrailNotFoundException'));
    const inventory = await collect(['cloudtrailTrails']);
    expect(inventory.keys.cloudtrailTrails?.items[0]).toMatchObject({ isOrganization: true, selectors: { unknown: { field: 'selectors' } }, status: { isLogging: true } });
    expect(inventory.keys.cloudtrailTrails?.failures[0]).toMatchObject({ api: 'cloudtrail.GetEventSelectors', code: 'TrailNotFoundException', resourceArn: orgArn, field: 'selectors' });
  });

  it('records a denied DescribeTrails in one region as a regional failure and keeps the other region', async () => {
    cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
      const region = await (getClient() as CloudTrailClient).config.region();
      if (region === 'us-west-2') throw awsError('AccessDeniedException');
      return { trailList: [main] };
    });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).resolves(defaultSelectors);
    const inventory = await collect(['cloudtrailTrails'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.cloudtrailTrails?.items.map((trail) => trail.arn)).toEqual([mainArn]);
    expect(inventory.keys.cloudtrailTrails?.failures).toEqual([
      expect.objectContaining({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', region: 'us-west-2', kind: 'access-denied' }),
    ]);
  });

  it('yields no items and no failure when there are no trails', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
    const inventory = await collect(['cloudtrailTrails']);
    expect(inventory.keys.cloudtrailTrails).toMatchObject({ items: [], failures: [] });
  });

  it('records a trail listed without a TrailARN (AWS always sends one) as an unreadable answer, not as no trail', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ Name: 'ghost' }] });
    const inventory = await collect(['cloudtrailTrails']);
    expect(inventory.keys.cloudtrailTrails?.items).toEqual([]);
    expect(inventory.keys.cloudtrailTrails?.failures).toEqual([
      expect.objectContaining({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', code: 'UnreadableResponse', kind: 'unreadable', region: 'us-east-1' }),
    ]);
  });

  it('records selectors answered without EventSelectors or AdvancedEventSelectors as unreadable, never as "logs everything"', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [main] });
    cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    cloudtrail.on(GetEventSelectorsCommand).resolves({ TrailARN: mainArn });
    const inventory = await collect(['cloudtrailTrails']);
    expect(inventory.keys.cloudtrailTrails?.items[0]).toMatchObject({ arn: mainArn, selectors: { unknown: { api: 'cloudtrail.GetEventSelectors', field: 'selectors' } }, status: { isLogging: true } });
    expect(inventory.keys.cloudtrailTrails?.failures).toEqual([
      expect.objectContaining({ api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors', code: 'UnreadableResponse', resourceArn: mainArn }),
    ]);
  });

  it('maps classic selectors with AWS defaults and keeps data resources and advanced operators', () => {
    expect(
      toSelectors({
        $metadata: {},
        EventSelectors: [{ DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }], ExcludeManagementEventSources: ['kms.amazonaws.com'] }],
        AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::a/'], NotStartsWith: ['arn:aws:s3:::a/tmp/'] }] }],
      }),
    ).toEqual({
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'], dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
      advancedEventSelectors: [{ fieldSelectors: [{ field: 'resources.ARN', startsWith: ['arn:aws:s3:::a/'], notStartsWith: ['arn:aws:s3:::a/tmp/'] }] }],
    });
  });
});
