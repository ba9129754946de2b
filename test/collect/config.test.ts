import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const config = mockClient(ConfigServiceClient);

beforeEach(() => {
  config.reset();
  config.onAnyCommand().rejects(new Error('unexpected Config command'));
});
afterEach(() => config.reset());

describe('configRecorders collector', () => {
  it('merges each recorder with its status, and keeps service-linked recorders marked as such', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        { name: 'default', roleARN: 'role', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } }, recordingScope: 'PAID' },
        { arn: 'arn:aws:config:us-east-1:123456789012:configuration-recorder/AWSConfigurationRecorderForSecurityHub/x', name: 'AWSConfigurationRecorderForSecurityHub', recordingScope: 'INTERNAL', servicePrincipal: 'securityhub.amazonaws.com' },
      ],
    });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({
      ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Failure', lastErrorCode: 'NoSuchBucketException' }],
    });
    const inventory = await collect(['configRecorders']);
    expect(inventory.keys.configRecorders?.items).toEqual([
      {
        arn: 'arn:aws:config:us-east-1:123456789012:configuration-recorder/default',
        region: 'us-east-1',
        name: 'default',
        recordingScope: 'PAID',
        allSupported: true,
        includeGlobalResourceTypes: true,
        recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES',
        recording: true,
        lastStatus: 'FAILURE',
        lastErrorCode: 'NoSuchBucketException',
      },
      {
        arn: 'arn:aws:config:us-east-1:123456789012:configuration-recorder/AWSConfigurationRecorderForSecurityHub/x',
        region: 'us-east-1',
        name: 'AWSConfigurationRecorderForSecurityHub',
        recordingScope: 'INTERNAL',
        servicePrincipal: 'securityhub.amazonaws.com',
        allSupported: false,
        includeGlobalResourceTypes: false,
        recording: null,
      },
    ]);
  });

  it('yields no items (not a failure) for a region without recorders', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    const inventory = await collect(['configRecorders'], { regions: ['us-east-1', 'eu-west-1'] });
    expect(inventory.keys.configRecorders).toMatchObject({ items: [], failures: [] });
    expect(config.commandCalls(DescribeConfigurationRecordersCommand)).toHaveLength(2);
  });

  it('keeps the recorders when the status is denied, their recording unknown, the failure naming config:DescribeConfigurationRecorderStatus', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default' }] });
    config.on(DescribeConfigurationRecorderStatusCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['configRecorders']);
    expect(inventory.keys.configRecorders?.items).toEqual([
      expect.objectContaining({ name: 'default', recording: { unknown: expect.objectContaining({ api: 'config.DescribeConfigurationRecorderStatus', field: 'recording' }) } }),
    ]);
    expect(inventory.keys.configRecorders?.items[0]).not.toHaveProperty('lastStatus');
    expect(inventory.keys.configRecorders?.failures).toEqual([
      expect.objectContaining({ api: 'config.DescribeConfigurationRecorderStatus', action: 'config:DescribeConfigurationRecorderStatus', kind: 'access-denied', region: 'us-east-1', field: 'recording' }),
    ]);
  });

  it('drops the region when the recorders are denied', async () => {
    config.on(DescribeConfigurationRecordersCommand).rejects(awsError('AccessDeniedException', 400));
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    const inventory = await collect(['configRecorders']);
    expect(inventory.keys.configRecorders?.items).toEqual([]);
    expect(inventory.keys.configRecorders?.failures).toEqual([expect.objectContaining({ api: 'config.DescribeConfigurationRecorders', region: 'us-east-1' })]);
    expect(inventory.keys.configRecorders?.failures[0]).not.toHaveProperty('field');
  });
});
