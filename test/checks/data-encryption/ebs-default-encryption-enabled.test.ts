import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/ebs-default-encryption-enabled.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anEbsDefault } from '../../helpers/ec2.js';

describe('ebs-default-encryption-enabled', () => {
  it.each<[string, boolean, string | null, string, string]>([
    ['on with a customer key ARN', true, 'arn:aws:kms:us-east-1:123456789012:key/k1', 'pass', 'high'],
    ['off', false, 'alias/aws/ebs', 'fail', 'high'],
    ['on with alias/aws/ebs', true, 'alias/aws/ebs', 'fail', 'low'],
    ['on with the alias ARN of aws/ebs', true, 'arn:aws:kms:us-east-1:123456789012:alias/aws/ebs', 'fail', 'low'],
    ['on with no default key id reported', true, null, 'fail', 'low'],
    ['on with a customer alias', true, 'alias/genomics-ebs', 'pass', 'high'],
  ])('%s → %s', (_name, enabled, keyId, expected, severity) => {
    const results = run(check, { ebsEncryptionDefaults: [anEbsDefault('us-east-1', enabled, keyId)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]).toMatchObject({ severity, region: 'us-east-1', resourceArn: 'arn:aws:ec2:us-east-1:123456789012:account' });
  });

  it('evaluates every region, including regions without volumes', () => {
    const results = run(check, { ebsEncryptionDefaults: [anEbsDefault('us-east-1', true, 'arn:aws:kms:us-east-1:123456789012:key/k1'), anEbsDefault('ap-south-1', false)] }, { regions: ['us-east-1', 'ap-south-1'] });
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-east-1', 'pass'], ['ap-south-1', 'fail']]);
  });

  it('is not applicable with no regions', () => {
    expect(statuses(run(check, { ebsEncryptionDefaults: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied GetEbsEncryptionByDefault into error for that region', () => {
    const results = run(check, {
      ebsEncryptionDefaults: {
        items: [anEbsDefault('us-east-1', true, 'arn:aws:kms:us-east-1:123456789012:key/k1')],
        failures: [aFailure({ api: 'ec2.GetEbsEncryptionByDefault', code: 'UnauthorizedOperation', region: 'us-west-2' })],
      },
    });
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-east-1', 'pass'], ['us-west-2', 'error']]);
  });

  it('turns a denied GetEbsDefaultKmsKeyId into error rather than a guess about the key', () => {
    const setting = anEbsDefault('us-east-1', true, null);
    const results = run(check, {
      ebsEncryptionDefaults: { items: [setting], failures: [aFailure({ api: 'ec2.GetEbsDefaultKmsKeyId', code: 'UnauthorizedOperation', resourceArn: setting.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
