import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-root-no-access-keys.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aReport, aSummary } from '../../helpers/iam.js';

const root = (overrides = {}) => aCredentialRow('<root_account>', overrides);

describe('iam-root-no-access-keys', () => {
  it.each([
    ['no keys in report or summary', [aReport([root()])], [aSummary()], 'pass'],
    ['key 1 active', [aReport([root({ accessKey1Active: true, accessKey1LastUsed: '2026-11-01T00:00:00.000Z' })])], [aSummary({ accountAccessKeysPresent: true })], 'fail'],
    ['key 2 active, summary stale', [aReport([root({ accessKey2Active: true })])], [aSummary()], 'fail'],
    ['report clean but live summary shows keys', [aReport([root()])], [aSummary({ accountAccessKeysPresent: true })], 'fail'],
    ['inactive keys only', [aReport([root({ accessKey1Active: false })])], [aSummary()], 'pass'],
    ['no root row, summary shows no keys', [aReport([])], [aSummary()], 'pass'],
    ['no root row and no summary', [aReport([])], [], 'error'],
  ])('%s → %s', (_name, reports, summaries, expected) => {
    expect(statuses(run(check, { iamCredentialReport: reports, iamAccountSummary: summaries }))).toEqual([expected]);
  });

  it('names the last use of an active root key', () => {
    const [result] = run(check, { iamCredentialReport: [aReport([root({ accessKey1Active: true, accessKey1LastUsed: '2026-11-01T00:00:00.000Z' })])], iamAccountSummary: [] });
    expect(result?.message).toMatch(/access key 1.*2026-11-01/);
  });

  it('reports a denied GetAccountSummary as an error', () => {
    const results = run(check, {
      iamCredentialReport: [aReport([root()])],
      iamAccountSummary: { items: [], failures: [aFailure({ api: 'iam.GetAccountSummary', action: 'iam:GetAccountSummary' })] },
    });
    expect(statuses(results)).toContain('error');
  });
});
