import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/ec2-imdsv2-required.js';
import type { Ec2Instance } from '../../../src/model/items/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anInstance, metadataDefaults } from '../../helpers/ec2.js';

describe('ec2-imdsv2-required', () => {
  it.each<[string, Partial<Ec2Instance>, string]>([
    ['HttpTokens required', {}, 'pass'],
    ['HttpTokens optional', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, 'fail'],
    ['HttpTokens optional but endpoint disabled', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } }, 'pass'],
    ['a stopped instance with IMDSv1', { state: 'stopped', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, 'fail'],
    ['no metadata options reported', { metadataOptions: undefined }, 'error'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(statuses(run(check, { ec2Instances: [anInstance('i-1', overrides)], ec2InstanceMetadataDefaults: [] }))).toEqual([expected]);
  });

  it('skips terminated instances', () => {
    const instance = anInstance('i-1', { state: 'terminated', metadataOptions: { httpTokens: 'optional' } });
    expect(statuses(run(check, { ec2Instances: [instance], ec2InstanceMetadataDefaults: [] }))).toEqual(['not_applicable']);
  });

  it.each([
    ['required', 'pass', 'high'],
    ['optional', 'fail', 'medium'],
    [null, 'fail', 'medium'],
  ])('account default HttpTokens %s → %s (%s)', (tokens, expected, severity) => {
    const [result] = run(check, { ec2Instances: [], ec2InstanceMetadataDefaults: [metadataDefaults(tokens)] });
    expect(result).toMatchObject({ status: expected, severity });
  });

  it('an unreadable account default (e.g. an emulator without the API) errors only that setting', () => {
    const defaultsArn = 'arn:aws:ec2:us-east-1:123456789012:account';
    const results = run(check, {
      ec2Instances: [anInstance('i-1')],
      ec2InstanceMetadataDefaults: { items: [], failures: [aFailure({ api: 'ec2.GetInstanceMetadataDefaults', code: 'InvalidAction', kind: 'not-available', resourceArn: defaultsArn })] },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:ec2:us-east-1:123456789012:instance/i-1', 'pass'],
      [defaultsArn, 'error'],
    ]);
  });

  it('errors for a region whose instances could not be listed', () => {
    const results = run(check, {
      ec2Instances: { items: [anInstance('i-1')], failures: [aFailure({ api: 'ec2.DescribeInstances', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
      ec2InstanceMetadataDefaults: [],
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
