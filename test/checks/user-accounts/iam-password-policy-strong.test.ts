import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-password-policy-strong.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aPasswordPolicy, aReport, aStrongPasswordPolicy } from '../../helpers/iam.js';

const consoleUsers = [aReport([aCredentialRow('<root_account>'), aCredentialRow('alice', { passwordEnabled: true })])];
const ssoOnly = [aReport([aCredentialRow('<root_account>'), aCredentialRow('ci-bot', { passwordEnabled: false, accessKey1Active: true })])];

describe('iam-password-policy-strong', () => {
  it.each([
    ['a policy meeting every default setting', aStrongPasswordPolicy(), {}, 'pass', /meets/],
    ['no policy (NoSuchEntity)', null, {}, 'fail', /no password policy is set/],
    ['length 8', aStrongPasswordPolicy({ minimumPasswordLength: 8 }), {}, 'fail', /minimum length 8 < 14/],
    ['no symbols', aStrongPasswordPolicy({ requireSymbols: false }), {}, 'fail', /symbols not required/],
    ['no lowercase', aStrongPasswordPolicy({ requireLowercaseCharacters: false }), {}, 'fail', /lowercase/],
    ['reuse prevention 5', aStrongPasswordPolicy({ passwordReusePrevention: 5 }), {}, 'fail', /reuse prevention 5 < 24/],
    ['no expiry, expiry not required (maxAgeDays null)', aStrongPasswordPolicy(), { maxAgeDays: null }, 'pass', /meets/],
    ['no expiry when 90 days are required', aStrongPasswordPolicy(), { maxAgeDays: 90 }, 'fail', /never expire/],
    ['expiry 180 days when 90 are required', aStrongPasswordPolicy({ maxPasswordAge: 180 }), { maxAgeDays: 90 }, 'fail', /maximum age 180 > 90/],
    ['expiry 60 days when 90 are required', aStrongPasswordPolicy({ maxPasswordAge: 60 }), { maxAgeDays: 90 }, 'pass', /meets/],
    ['a 10-character policy with a 10-character setting', aStrongPasswordPolicy({ minimumPasswordLength: 10, passwordReusePrevention: 3 }), { minimumLength: 10, reusePrevention: 3 }, 'pass', /meets/],
  ])('%s → %s', (_name, policy, wanted, expected, message) => {
    const settings = { passwordPolicy: { ...DEFAULT_SETTINGS.passwordPolicy, ...wanted } };
    const results = run(check, { iamPasswordPolicy: [aPasswordPolicy(policy)], iamCredentialReport: consoleUsers }, { settings });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toMatch(message);
  });

  it('is not applicable when no IAM user has a password, but still says what the policy lacks', () => {
    const results = run(check, { iamPasswordPolicy: [aPasswordPolicy(null)], iamCredentialReport: ssoOnly });
    expect(statuses(results)).toEqual(['not_applicable']);
    expect(results[0]?.message).toMatch(/No IAM user has a console password.*no password policy/);
  });

  it('is an error when the password policy could not be read (AccessDenied is not "no policy")', () => {
    const results = run(check, {
      iamPasswordPolicy: { items: [], failures: [aFailure({ api: 'iam.GetAccountPasswordPolicy', action: 'iam:GetAccountPasswordPolicy' })] },
      iamCredentialReport: consoleUsers,
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/iam:GetAccountPasswordPolicy/);
  });

  it('is an error when the credential report is missing (cannot tell whether anyone uses passwords)', () => {
    const results = run(check, {
      iamPasswordPolicy: [aPasswordPolicy(aStrongPasswordPolicy())],
      iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] },
    });
    expect(statuses(results)).toContain('error');
  });
});
