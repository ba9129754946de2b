import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/kms-cmk-rotation-enabled.js';
import type { KmsKey, KmsKeyRotation } from '../../../src/model/items/kms.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';

function rotation(key: KmsKey, rotationEnabled: boolean, rotationPeriodInDays?: number): KmsKeyRotation {
  return { arn: key.arn, region: key.region, keyId: key.keyId, rotationEnabled, ...(rotationPeriodInDays ? { rotationPeriodInDays } : {}) };
}

describe('kms-cmk-rotation-enabled', () => {
  const rotatable = aKmsKey('k1', { aliases: ['alias/genomics'] });

  it.each<[string, KmsKey, boolean | undefined, string[]]>([
    ['a rotating symmetric customer key', rotatable, true, ['pass']],
    ['a symmetric customer key without rotation', rotatable, false, ['fail']],
    ['a rotatable key whose rotation status is missing', rotatable, undefined, ['error']],
    ['a multi-Region primary key without rotation', aKmsKey('mrk-1', { multiRegion: true, multiRegionRole: 'PRIMARY' }), false, ['fail']],
    ['an AWS-managed key', aKmsKey('k2', { keyManager: 'AWS' }), undefined, ['not_applicable']],
    ['an asymmetric RSA key', aKmsKey('k3', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' }), undefined, ['not_applicable']],
    ['an HMAC key', aKmsKey('k4', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }), undefined, ['not_applicable']],
    ['imported key material (EXTERNAL)', aKmsKey('k5', { origin: 'EXTERNAL' }), undefined, ['not_applicable']],
    ['a CloudHSM custom key store key', aKmsKey('k6', { origin: 'AWS_CLOUDHSM' }), undefined, ['not_applicable']],
    ['an external key store key', aKmsKey('k7', { origin: 'EXTERNAL_KEY_STORE' }), undefined, ['not_applicable']],
    ['a multi-Region replica', aKmsKey('mrk-2', { multiRegion: true, multiRegionRole: 'REPLICA' }), undefined, ['not_applicable']],
    ['a disabled key', aKmsKey('k8', { keyState: 'Disabled' }), undefined, ['not_applicable']],
    ['a key pending deletion', aKmsKey('k9', { keyState: 'PendingDeletion' }), undefined, ['not_applicable']],
  ])('%s → %j', (_name, key, enabled, expected) => {
    const rotations = enabled === undefined ? [] : [rotation(key, enabled)];
    const results = run(check, { kmsKeys: [key], kmsKeyRotation: rotations });
    expect(statuses(results)).toEqual(expected);
    if (expected[0] !== 'not_applicable') expect(results[0]?.resourceArn).toBe(key.arn);
  });

  it('names the alias and rotation period in the message', () => {
    const [result] = run(check, { kmsKeys: [rotatable], kmsKeyRotation: [rotation(rotatable, true, 180)] });
    expect(result?.message).toContain('alias/genomics');
    expect(result?.message).toContain('180 days');
  });

  it('turns a denied GetKeyRotationStatus into error for that key', () => {
    const results = run(check, {
      kmsKeys: [rotatable],
      kmsKeyRotation: { items: [], failures: [aFailure({ api: 'kms.GetKeyRotationStatus', code: 'AccessDeniedException', resourceArn: rotatable.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('kms.GetKeyRotationStatus');
  });

  it('reports a key whose DescribeKey was denied as error, not silence', () => {
    const hidden = 'arn:aws:kms:us-east-1:123456789012:key/hidden';
    const results = run(check, {
      kmsKeys: { items: [], failures: [aFailure({ api: 'kms.DescribeKey', code: 'AccessDeniedException', resourceArn: hidden })] },
      kmsKeyRotation: [],
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([[hidden, 'error']]);
  });

  it('is an error naming kms:GetKeyRotationStatus when the rotation fact is unknown (an unknown fact is never read as "on")', () => {
    const unread = anUnknown('rotationEnabled', { api: 'kms.GetKeyRotationStatus', action: 'kms:GetKeyRotationStatus', resourceArn: 'arn:aws:kms:us-east-1:123456789012:key/k1' });
    const results = run(check, { kmsKeys: [aKmsKey('k1')], kmsKeyRotation: { items: [{ arn: 'arn:aws:kms:us-east-1:123456789012:key/k1', region: 'us-east-1', keyId: 'k1', rotationEnabled: unread }], failures: [unread.unknown] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/kms:GetKeyRotationStatus/);
  });
});
