import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/ebs-default-encryption-enabled.js';
import { unknownFact } from '../../../src/model/failure.js';
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

  describe('with the default key unreadable (a fact, not the setting, failed)', () => {
    const denied = aFailure({ api: 'ec2.GetEbsDefaultKmsKeyId', action: 'ec2:GetEbsDefaultKmsKeyId', code: 'UnauthorizedOperation', resourceArn: 'arn:aws:ec2:us-east-1:123456789012:account' });
    const withUnknownKey = (enabled: boolean) => {
      const setting = anEbsDefault('us-east-1', enabled, null);
      const unknown = unknownFact(denied, 'defaultKmsKeyId');
      return run(check, { ebsEncryptionDefaults: { items: [{ ...setting, defaultKmsKeyId: unknown }], failures: [unknown.unknown] } });
    };

    it('still fails a region where encryption by default is off: the key cannot change that', () => {
      const results = withUnknownKey(false);
      expect(statuses(results)).toEqual(['fail']);
      expect(results[0]?.message).toMatch(/off in us-east-1.*could not be read/);
    });

    it('is an error naming the IAM action where encryption is on, since the key decides', () => {
      const results = withUnknownKey(true);
      expect(statuses(results)).toEqual(['error']);
      expect(results[0]?.message).toMatch(/ec2:GetEbsDefaultKmsKeyId/);
    });

    it('for every possible key, the verdict with the key unknown is error or that same verdict', () => {
      for (const enabled of [true, false]) {
        const withUnknown = withUnknownKey(enabled)[0]?.status;
        for (const key of [null, 'alias/aws/ebs', 'arn:aws:kms:us-east-1:123456789012:key/k1']) {
          const known = run(check, { ebsEncryptionDefaults: [anEbsDefault('us-east-1', enabled, key)] })[0]?.status;
          expect(withUnknown === 'error' || withUnknown === known, `enabled ${enabled}, key ${key}`).toBe(true);
        }
      }
    });
  });
});
