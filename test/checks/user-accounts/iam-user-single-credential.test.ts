import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-user-single-credential.js';
import { aCredentialRow, aReport } from '../../helpers/iam.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const user = (overrides = {}) => aCredentialRow('alice', { passwordEnabled: false, ...overrides });

describe('iam-user-single-credential', () => {
  it.each([
    ['a console password only', user({ passwordEnabled: true }), 'pass', /console password only/],
    ['one active access key only', user({ accessKey1Active: true }), 'pass', /one active access key only/],
    ['only the second key active', user({ accessKey2Active: true }), 'pass', /one active access key only/],
    ['nothing at all', user(), 'pass', /no password and no active access key/],
    ['a password and an inactive key', user({ passwordEnabled: true, accessKey1Active: false }), 'pass', /console password only/],
    ['two active keys', user({ accessKey1Active: true, accessKey2Active: true }), 'fail', /two active access keys/],
    ['a password and an active key', user({ passwordEnabled: true, accessKey2Active: true }), 'fail', /console password and an active access key/],
    ['a password and two active keys: both named', user({ passwordEnabled: true, accessKey1Active: true, accessKey2Active: true }), 'fail', /two active access keys and both/],
  ])('%s → %s', (_name, row, expected, message) => {
    const results = run(check, { iamCredentialReport: [aReport([aCredentialRow('<root_account>', { accessKey1Active: true, accessKey2Active: true }), row])] });
    expect(results).toEqual([expect.objectContaining({ status: expected, severity: 'low', resourceArn: 'arn:aws:iam::123456789012:user/alice' })]);
    expect(results[0]?.message).toMatch(message);
  });

  it('is not applicable with no IAM users (the root row is another check\'s)', () => {
    expect(statuses(run(check, { iamCredentialReport: [aReport([aCredentialRow('<root_account>', { accessKey1Active: true })])] }))).toEqual(['not_applicable']);
  });

  it('is an error, never a pass, when the credential report could not be read', () => {
    const results = run(check, { iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/iam:GetCredentialReport/);
  });
});
