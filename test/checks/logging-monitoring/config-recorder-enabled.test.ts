import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/config-recorder-enabled.js';
import type { ConfigRecorder } from '../../../src/model/items/config.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aRecorder } from '../../helpers/config.js';

const securityHubRecorder = aRecorder('us-east-1', {
  name: 'AWSConfigurationRecorderForSecurityHub',
  recordingScope: 'INTERNAL',
  servicePrincipal: 'securityhub.amazonaws.com',
});

describe('config-recorder-enabled', () => {
  it.each<[string, ConfigRecorder[], string, string | undefined]>([
    ['a recording customer recorder', [aRecorder('us-east-1')], 'pass', undefined],
    ['a recorder without recordingScope (older API answers)', [aRecorder('us-east-1', { recordingScope: undefined })], 'pass', undefined],
    ['no recorder', [], 'fail', 'medium'],
    ['only the Security Hub service-linked recorder', [securityHubRecorder], 'fail', 'medium'],
    ['a service-linked recorder known only by its name', [aRecorder('us-east-1', { name: 'AWSConfigurationRecorderForX', recordingScope: undefined })], 'fail', 'medium'],
    ['a stopped recorder', [aRecorder('us-east-1', { recording: false })], 'fail', 'medium'],
    ['a recorder without status', [aRecorder('us-east-1', { recording: null })], 'fail', 'medium'],
    ['a recorder whose last delivery failed', [aRecorder('us-east-1', { lastStatus: 'FAILURE', lastErrorCode: 'NoSuchBucket' })], 'fail', 'medium'],
    ['a recorder of selected resource types', [aRecorder('us-east-1', { allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES' })], 'fail', 'low'],
    ['a service-linked recorder beside a good customer one', [securityHubRecorder, aRecorder('us-east-1')], 'pass', undefined],
    ['a recorder in another region only', [aRecorder('us-west-2')], 'fail', 'medium'],
  ])('%s → %s', (_name, recorders, expected, severity) => {
    const [result, ...rest] = run(check, { configRecorders: recorders });
    expect(rest).toEqual([]);
    expect(result?.status).toBe(expected);
    expect(result?.resourceArn).toBe('arn:aws:config:us-east-1:123456789012:account');
    if (severity) expect(result?.severity).toBe(severity);
  });

  it('names the failing delivery', () => {
    const [result] = run(check, { configRecorders: [aRecorder('us-east-1', { lastStatus: 'FAILURE', lastErrorCode: 'NoSuchBucket' })] });
    expect(result?.message).toMatch(/default last failed \(NoSuchBucket\)/);
  });

  it('is an error for a region whose recorder status could not be read', () => {
    const results = run(check, {
      configRecorders: { items: [], failures: [aFailure({ api: 'config.DescribeConfigurationRecorderStatus', action: 'config:DescribeConfigurationRecorderStatus', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/config:DescribeConfigurationRecorderStatus/);
  });

  it('is an error naming the IAM action for a customer recorder whose status could not be read, a pass beside a readable complete one', () => {
    const unread = anUnknown('recording', { api: 'config.DescribeConfigurationRecorderStatus', action: 'config:DescribeConfigurationRecorderStatus' });
    const results = run(check, { configRecorders: { items: [aRecorder('us-east-1', { recording: unread, lastStatus: undefined })], failures: [unread.unknown] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/config:DescribeConfigurationRecorderStatus/);
    const beside = run(check, { configRecorders: [aRecorder('us-east-1', { name: 'other', recording: unread }), aRecorder('us-east-1')] });
    expect(statuses(beside)).toEqual(['pass']);
  });

  it('fails a region with only a service-linked recorder even when the status could not be read', () => {
    const unread = anUnknown('recording', { api: 'config.DescribeConfigurationRecorderStatus', action: 'config:DescribeConfigurationRecorderStatus' });
    expect(statuses(run(check, { configRecorders: [aRecorder('us-east-1', { recordingScope: 'INTERNAL', recording: unread })] }))).toEqual(['fail']);
  });

  it('is not applicable when no region is in scope', () => {
    expect(statuses(run(check, { configRecorders: [] }, { regions: [] }))).toEqual(['not_applicable']);
  });
});
