import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-user-console-mfa.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aReport } from '../../helpers/iam.js';

describe('iam-user-console-mfa', () => {
  it.each([
    ['password and MFA', aCredentialRow('alice', { passwordEnabled: true, mfaActive: true }), ['pass']],
    ['password without MFA', aCredentialRow('alice', { passwordEnabled: true, mfaActive: false }), ['fail']],
    ['no password (keys only) is out of scope', aCredentialRow('alice', { passwordEnabled: false, accessKey1Active: true }), ['not_applicable']],
    ['password_enabled unknown (null) is out of scope', aCredentialRow('alice', { passwordEnabled: null }), ['not_applicable']],
  ])('%s → %s', (_name, row, expected) => {
    expect(statuses(run(check, { iamCredentialReport: [aReport([row])] }))).toEqual(expected);
  });

  it('ignores the root row (covered by iam-root-mfa-enabled) and reports one result per console user', () => {
    const results = run(check, {
      iamCredentialReport: [
        aReport([
          aCredentialRow('<root_account>', { mfaActive: false }),
          aCredentialRow('alice', { mfaActive: true }),
          aCredentialRow('bob', { mfaActive: false }),
        ]),
      ],
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      ['arn:aws:iam::123456789012:user/alice', 'pass'],
      ['arn:aws:iam::123456789012:user/bob', 'fail'],
    ]);
    expect(results[1]?.message).toMatch(/bob.*no active MFA/);
  });

  it('turns a failed credential report into an error, not a pass', () => {
    const results = run(check, { iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
