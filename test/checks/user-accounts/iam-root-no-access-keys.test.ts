import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-root-no-access-keys.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
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

describe('iam-root-no-access-keys with one reading missing: one verdict, never a pass a possible value would turn into a fail', () => {
  const denied = (api: string, action: string) => ({ items: [], failures: [aFailure({ api, action, code: 'AccessDenied', region: 'us-east-1' })] });
  const reportDenied = denied('iam.GetCredentialReport', 'iam:GetCredentialReport');
  const summaryDenied = denied('iam.GetAccountSummary', 'iam:GetAccountSummary');

  it.each<[string, FixtureKeys, string, RegExp]>([
    ['report denied, summary shows no keys: the live summary decides', { iamCredentialReport: reportDenied, iamAccountSummary: [aSummary()] }, 'pass', /could not be read/],
    ['report denied, summary shows keys: a certain failure', { iamCredentialReport: reportDenied, iamAccountSummary: [aSummary({ accountAccessKeysPresent: true })] }, 'fail', /AccountAccessKeysPresent/],
    ['summary denied, report shows a key: a certain failure', { iamCredentialReport: [aReport([root({ accessKey1Active: true })])], iamAccountSummary: summaryDenied }, 'fail', /access key 1/],
    ['summary denied, report clean: could be stale, so error', { iamCredentialReport: [aReport([root()])], iamAccountSummary: summaryDenied }, 'error', /iam:GetAccountSummary/],
    ['both denied: error naming both actions', { iamCredentialReport: reportDenied, iamAccountSummary: summaryDenied }, 'error', /iam:GetAccountSummary.*iam:GetCredentialReport/],
  ])('%s', (_name, keys, expected, message) => {
    const results = run(check, keys);
    expect(results).toHaveLength(1);
    expect(results[0]?.status).toBe(expected);
    expect(results[0]?.message).toMatch(message);
  });

  it('for every possible value of the unread summary, the verdict with it unread is error or the same verdict', () => {
    for (const row of [root(), root({ accessKey1Active: true }), root({ accessKey2Active: true })]) {
      const withUnknown = run(check, { iamCredentialReport: [aReport([row])], iamAccountSummary: summaryDenied })[0]?.status;
      for (const present of [true, false]) {
        const known = run(check, { iamCredentialReport: [aReport([row])], iamAccountSummary: [aSummary({ accountAccessKeysPresent: present })] })[0]?.status;
        expect(withUnknown === 'error' || withUnknown === known, `row ${JSON.stringify(row)} summary ${present}`).toBe(true);
      }
    }
  });
});
