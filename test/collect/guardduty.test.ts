import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const guardduty = mockClient(GuardDutyClient);

beforeEach(() => {
  guardduty.reset();
  guardduty.onAnyCommand().rejects(new Error('unexpected GuardDuty command'));
});
afterEach(() => guardduty.reset());

describe('guardDutyDetectors collector', () => {
  it('lists detectors in every region (paginated) and reads each one with its features', async () => {
    guardduty.on(ListDetectorsCommand).callsFake(async (input: { NextToken?: string }, getClient) => {
      const region = await (getClient() as GuardDutyClient).config.region();
      if (region === 'us-west-2') return { DetectorIds: [] };
      return input.NextToken ? { DetectorIds: ['d2'] } : { DetectorIds: ['d1'], NextToken: 'more' };
    });
    guardduty.on(GetDetectorCommand, { DetectorId: 'd1' }).resolves({
      Status: 'ENABLED',
      ServiceRole: 'role',
      Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }, { Name: 'CLOUD_TRAIL', Status: 'ENABLED' }],
    });
    guardduty.on(GetDetectorCommand, { DetectorId: 'd2' }).resolves({ Status: 'DISABLED', ServiceRole: 'role', DataSources: { S3Logs: { Status: 'DISABLED' } } as never });
    const inventory = await collect(['guardDutyDetectors'], { regions: ['us-east-1', 'us-west-2'] });
    expect(guardduty.commandCalls(ListDetectorsCommand)).toHaveLength(3);
    expect(inventory.keys.guardDutyDetectors?.items).toEqual([
      { arn: 'arn:aws:guardduty:us-east-1:123456789012:detector/d1', region: 'us-east-1', detectorId: 'd1', status: 'ENABLED', features: { S3_DATA_EVENTS: 'ENABLED', CLOUD_TRAIL: 'ENABLED' } },
      { arn: 'arn:aws:guardduty:us-east-1:123456789012:detector/d2', region: 'us-east-1', detectorId: 'd2', status: 'DISABLED', features: { S3_DATA_EVENTS: 'DISABLED' } },
    ]);
    expect(inventory.keys.guardDutyDetectors?.failures).toEqual([]);
  });

  it('records a denied ListDetectors as a regional failure naming guardduty:ListDetectors', async () => {
    guardduty.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['guardDutyDetectors']);
    expect(inventory.keys.guardDutyDetectors?.failures).toEqual([
      expect.objectContaining({ api: 'guardduty.ListDetectors', action: 'guardduty:ListDetectors', kind: 'access-denied', region: 'us-east-1' }),
    ]);
  });

  it('keeps a detector whose GetDetector was denied, its status and features unknown (never "no detector")', async () => {
    guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    guardduty.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['guardDutyDetectors']);
    const arn = 'arn:aws:guardduty:us-east-1:123456789012:detector/d1';
    expect(inventory.keys.guardDutyDetectors?.items).toEqual([
      {
        arn,
        region: 'us-east-1',
        detectorId: 'd1',
        status: { unknown: expect.objectContaining({ api: 'guardduty.GetDetector', field: 'status', resourceArn: arn }) },
        features: { unknown: expect.objectContaining({ api: 'guardduty.GetDetector', field: 'features', resourceArn: arn }) },
      },
    ]);
    const [failure] = inventory.keys.guardDutyDetectors?.failures ?? [];
    expect(failure).toMatchObject({ api: 'guardduty.GetDetector', action: 'guardduty:GetDetector', region: 'us-east-1', resourceArn: arn, field: 'status' });
  });
});
