import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/ebs-volume-encrypted.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aVolume } from '../../helpers/ec2.js';

describe('ebs-volume-encrypted', () => {
  it.each([
    ['an encrypted attached volume', aVolume('vol-1'), ['pass'], 'attached to i-0abc'],
    ['an unencrypted attached volume', aVolume('vol-2', { encrypted: false, kmsKeyId: undefined }), ['fail'], 'attached to i-0abc'],
    ['an unencrypted unattached volume', aVolume('vol-3', { encrypted: false, state: 'available', attachments: [] }), ['fail'], 'unattached'],
    ['an encrypted unattached volume', aVolume('vol-4', { state: 'available', attachments: [] }), ['pass'], 'unattached'],
    ['an unencrypted volume being created', aVolume('vol-5', { encrypted: false, state: 'creating', attachments: [] }), ['fail'], 'vol-5'],
    ['a deleted volume', aVolume('vol-6', { encrypted: false, state: 'deleted', attachments: [] }), ['not_applicable'], 'No resources'],
  ])('%s → %j', (_name, volume, expected, messagePart) => {
    const results = run(check, { ec2Volumes: [volume] });
    expect(statuses(results)).toEqual(expected);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('names the KMS key of an encrypted volume', () => {
    const [result] = run(check, { ec2Volumes: [aVolume('vol-1')] });
    expect(result?.message).toContain('arn:aws:kms:us-east-1:123456789012:key/k1');
  });

  it('is not applicable without volumes', () => {
    expect(statuses(run(check, { ec2Volumes: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied DescribeVolumes in one region into error there', () => {
    const results = run(check, {
      ec2Volumes: { items: [aVolume('vol-1')], failures: [aFailure({ api: 'ec2.DescribeVolumes', code: 'UnauthorizedOperation', region: 'us-west-2' })] },
    });
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-east-1', 'pass'], ['us-west-2', 'error']]);
  });
});
