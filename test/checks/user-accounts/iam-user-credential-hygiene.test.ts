import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-user-credential-hygiene.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, NOW, run, statuses } from '../../helpers/inventory.js';
import { aReport } from '../../helpers/iam.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';

const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const user = (overrides = {}) => aCredentialRow('alice', { userCreationTime: daysAgo(400), ...overrides });
const freshKey1 = { accessKey1Active: true, accessKey1LastRotated: daysAgo(30), accessKey1LastUsed: daysAgo(1) };

describe('iam-user-credential-hygiene', () => {
  it.each([
    ['password used yesterday', user({ passwordLastUsed: daysAgo(1) }), 'pass', 'medium', /in use/],
    ['no password, no keys', user({ passwordEnabled: false }), 'pass', 'medium', /no password and no active access keys/],
    ['password unused for 100 days', user({ passwordLastUsed: daysAgo(100) }), 'fail', 'medium', /password unused for 100 days/],
    ['password never used, user 400 days old', user(), 'fail', 'medium', /password never used/],
    ['password never used, new user (10 days)', user({ userCreationTime: daysAgo(10) }), 'pass', 'medium', /in use/],
    ['fresh, used key only', user({ passwordEnabled: false, ...freshKey1 }), 'pass', 'medium', /rotation period/],
    ['key not rotated for 120 days', user({ passwordEnabled: false, ...freshKey1, accessKey1LastRotated: daysAgo(120) }), 'fail', 'medium', /not rotated for 120 days/],
    ['key unused for 60 days', user({ passwordEnabled: false, ...freshKey1, accessKey1LastUsed: daysAgo(60) }), 'fail', 'medium', /unused for 60 days/],
    ['key never used and 50 days old', user({ passwordEnabled: false, accessKey2Active: true, accessKey2LastRotated: daysAgo(50) }), 'fail', 'medium', /access key 2 never used/],
    ['key never used, 5 days old', user({ passwordEnabled: false, accessKey1Active: true, accessKey1LastRotated: daysAgo(5) }), 'pass', 'medium', /rotation period/],
    ['inactive old key is ignored', user({ passwordEnabled: false, accessKey1Active: false, accessKey1LastRotated: daysAgo(900) }), 'pass', 'medium', /no password/],
    ['two fresh active keys: a count, judged by iam-user-single-credential', user({ passwordEnabled: false, ...freshKey1, accessKey2Active: true, accessKey2LastRotated: daysAgo(3), accessKey2LastUsed: daysAgo(1) }), 'pass', 'medium', /rotation period/],
    ['password and a fresh key: judged by iam-user-single-credential', user({ passwordLastUsed: daysAgo(1), ...freshKey1 }), 'pass', 'medium', /rotation period/],
    ['old key beside a password: only the age is named', user({ passwordLastUsed: daysAgo(1), ...freshKey1, accessKey1LastRotated: daysAgo(200) }), 'fail', 'medium', /^IAM user alice: access key 1 not rotated for 200 days\.$/],
  ])('%s → %s', (_name, row, expected, severity, message) => {
    const results = run(check, { iamCredentialReport: [aReport([aCredentialRow('<root_account>', { accessKey1Active: true }), row])] });
    expect(results).toEqual([expect.objectContaining({ status: expected, severity, resourceArn: 'arn:aws:iam::123456789012:user/alice' })]);
    expect(results[0]?.message).toMatch(message);
  });

  it('honours the configured thresholds', () => {
    const row = user({ passwordEnabled: false, ...freshKey1, accessKey1LastRotated: daysAgo(120) });
    const settings = { thresholds: { ...DEFAULT_SETTINGS.thresholds, accessKeyRotationDays: 180 } };
    expect(statuses(run(check, { iamCredentialReport: [aReport([row])] }, { settings }))).toEqual(['pass']);
  });

  it('is not applicable when the account has no IAM users (root only)', () => {
    expect(statuses(run(check, { iamCredentialReport: [aReport([aCredentialRow('<root_account>')])] }))).toEqual(['not_applicable']);
  });

  it('turns a failed report into an error', () => {
    const results = run(check, { iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
