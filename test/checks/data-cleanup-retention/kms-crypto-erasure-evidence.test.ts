import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/kms-crypto-erasure-evidence.js';
import type { KmsKey } from '../../../src/model/items/kms.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aKeyTags } from '../../helpers/kms.js';

const projectTags = (expiry: string) => ({ 'dbgap:project': 'phs000001', 'dbgap:expiry': expiry });

// NOW (test/helpers/inventory.ts) is 2026-11-23T12:00Z.
describe('kms-crypto-erasure-evidence', () => {
  it.each<[string, KmsKey, Record<string, string>, string[]]>([
    ['an expired project key pending deletion', aKmsKey('k1', { keyState: 'PendingDeletion', deletionDate: '2026-12-01T00:00:00.000Z' }), projectTags('2026-06-30'), ['pass']],
    ['an expired project key disabled', aKmsKey('k1', { keyState: 'Disabled' }), projectTags('2026-06-30'), ['pass']],
    ['an expired project key still enabled', aKmsKey('k1'), projectTags('2026-06-30'), ['fail']],
    ['a project key not yet expired', aKmsKey('k1'), projectTags('2027-06-30'), ['not_applicable']],
    // The classifier (src/rules/data-classification.ts) counts a data-use expiry tag as marking dbGaP data.
    ['a key with an expired expiry tag but no project tag', aKmsKey('k1'), { 'dbgap:expiry': '2026-06-30' }, ['fail']],
    ['a key without any dbGaP tag', aKmsKey('k1'), { team: 'genomics' }, ['not_applicable']],
    ['a project key without an expiry tag', aKmsKey('k1'), { 'dbgap:project': 'phs000001' }, ['not_applicable']],
    ['a project key with an unreadable expiry', aKmsKey('k1'), projectTags('next year'), ['error']],
  ])('%s → %j', (_name, key, tags, expected) => {
    expect(statuses(run(check, { kmsKeys: [key], kmsKeyTags: [aKeyTags('k1', tags)] }))).toEqual(expected);
  });

  it('is informational and names the deletion date', () => {
    const key = aKmsKey('k1', { keyState: 'PendingDeletion', deletionDate: '2026-12-01T00:00:00.000Z' });
    const [result] = run(check, { kmsKeys: [key], kmsKeyTags: [aKeyTags('k1', projectTags('2026-06-30'))] });
    expect(result).toMatchObject({ severity: 'informational' });
    expect(result?.message).toContain('2026-12-01');
  });

  it('turns a denied ListResourceTags into error for that key', () => {
    const key = aKmsKey('k1');
    const results = run(check, {
      kmsKeys: [key],
      kmsKeyTags: { items: [], failures: [aFailure({ api: 'kms.ListResourceTags', code: 'AccessDeniedException', resourceArn: key.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('is an error naming kms:ListResourceTags for a usable key whose tags are unknown; says nothing of an erased one', () => {
    const unread = (id: string) => anUnknown('tags', { api: 'kms.ListResourceTags', action: 'kms:ListResourceTags', resourceArn: `arn:aws:kms:us-east-1:123456789012:key/${id}` });
    const keys = [aKmsKey('live'), aKmsKey('gone', { keyState: 'PendingDeletion' })];
    const tags = [{ ...aKeyTags('live', {}), tags: unread('live') }, { ...aKeyTags('gone', {}), tags: unread('gone') }];
    const results = run(check, { kmsKeys: keys, kmsKeyTags: tags });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.resourceArn).toBe('arn:aws:kms:us-east-1:123456789012:key/live');
    expect(results[0]?.message).toMatch(/kms:ListResourceTags/);
  });
});
