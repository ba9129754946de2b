import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/kms-cmk-not-pending-deletion.js';
import type { KmsKey } from '../../../src/model/items/kms.js';
import type { KmsKeyTags } from '../../../src/model/items/kms.js';
import { aFailure, anUnknown, run, statuses } from '../../helpers/inventory.js';
import { aKmsKey } from '../../helpers/kms.js';
import { aKeyTags } from '../../helpers/kms.js';

const pending = (id: string, state = 'PendingDeletion') => aKmsKey(id, { keyState: state, deletionDate: '2026-12-07T00:00:00.000Z' });

describe('kms-cmk-not-pending-deletion', () => {
  it.each<[string, KmsKey, KmsKeyTags[], string[]]>([
    ['an enabled customer key', aKmsKey('k1'), [aKeyTags('k1', {})], ['pass']],
    ['a disabled customer key', aKmsKey('k1', { keyState: 'Disabled' }), [aKeyTags('k1', {})], ['pass']],
    ['a key pending deletion without tags', pending('k1'), [aKeyTags('k1', {})], ['fail']],
    ['a replica pending deletion', pending('k1', 'PendingReplicaDeletion'), [aKeyTags('k1', {})], ['fail']],
    ['a key pending deletion tagged dbgap:closeout=true', pending('k1'), [aKeyTags('k1', { 'dbgap:closeout': 'true' })], ['pass']],
    ['a closeout tag in upper case', pending('k1'), [aKeyTags('k1', { 'dbgap:closeout': 'TRUE' })], ['pass']],
    ['a closeout tag set to false', pending('k1'), [aKeyTags('k1', { 'dbgap:closeout': 'false' })], ['fail']],
    ['a key pending deletion whose tags are missing', pending('k1'), [], ['error']],
    ['an AWS-managed key', aKmsKey('k1', { keyManager: 'AWS' }), [], ['not_applicable']],
  ])('%s → %j', (_name, key, tags, expected) => {
    expect(statuses(run(check, { kmsKeys: [key], kmsKeyTags: tags }))).toEqual(expected);
  });

  it('uses the configured close-out tag and names the deletion date', () => {
    const [tagged] = run(check, { kmsKeys: [pending('k1')], kmsKeyTags: [aKeyTags('k1', { 'lab:closeout': 'true' })] }, {
      settings: { dbgapTags: { project: 'lab:project', expiry: 'lab:expiry', closeout: 'lab:closeout' } },
    });
    expect(tagged?.status).toBe('pass');
    const [untagged] = run(check, { kmsKeys: [pending('k1')], kmsKeyTags: [aKeyTags('k1', { 'dbgap:closeout': 'true' })] }, {
      settings: { dbgapTags: { project: 'lab:project', expiry: 'lab:expiry', closeout: 'lab:closeout' } },
    });
    expect(untagged?.status).toBe('fail');
    expect(untagged?.message).toContain('2026-12-07');
  });

  it('turns a denied ListResourceTags into error for that key', () => {
    const key = pending('k1');
    const results = run(check, {
      kmsKeys: [key],
      kmsKeyTags: { items: [], failures: [aFailure({ api: 'kms.ListResourceTags', code: 'AccessDeniedException', resourceArn: key.arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });

  it('passes a key that is not scheduled for deletion whatever its unread tags; errors on a scheduled one naming kms:ListResourceTags', () => {
    const unread = (id: string) => anUnknown('tags', { api: 'kms.ListResourceTags', action: 'kms:ListResourceTags', resourceArn: `arn:aws:kms:us-east-1:123456789012:key/${id}` });
    const tags = [{ ...aKeyTags('live', {}), tags: unread('live') }, { ...aKeyTags('gone', {}), tags: unread('gone') }];
    const results = run(check, { kmsKeys: [aKmsKey('live'), pending('gone')], kmsKeyTags: { items: tags, failures: tags.map((entry) => (entry.tags as { unknown: never }).unknown) } });
    expect(statuses(results)).toEqual(['pass', 'error']);
    expect(results[1]?.message).toMatch(/kms:ListResourceTags/);
  });
});
