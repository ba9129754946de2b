import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-root-not-recently-used.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, NOW, run, statuses } from '../../helpers/inventory.js';
import { aReport } from '../../helpers/iam.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';

const DEFAULT_THRESHOLDS = DEFAULT_SETTINGS.thresholds;

const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const root = (overrides = {}) => aCredentialRow('<root_account>', overrides);

describe('iam-root-not-recently-used', () => {
  it.each([
    ['never used (N/A / no_information parsed to null)', root(), {}, 'pass'],
    ['password used 2 days ago', root({ passwordLastUsed: daysAgo(2) }), {}, 'fail'],
    ['password used 200 days ago', root({ passwordLastUsed: daysAgo(200) }), {}, 'pass'],
    ['old password use but a key used yesterday', root({ passwordLastUsed: daysAgo(200), accessKey2LastUsed: daysAgo(1) }), {}, 'fail'],
    ['used 10 days ago with a 7-day window', root({ passwordLastUsed: daysAgo(10) }), { rootUseWindowDays: 7 }, 'pass'],
    ['used exactly at the window edge (30 days)', root({ passwordLastUsed: daysAgo(30) }), {}, 'pass'],
  ])('%s → %s', (_name, row, thresholds, expected) => {
    const settings = { thresholds: { ...(DEFAULT_THRESHOLDS), ...thresholds } };
    expect(statuses(run(check, { iamCredentialReport: [aReport([row])] }, { settings }))).toEqual([expected]);
  });

  it('is an error when the report has no root row', () => {
    expect(statuses(run(check, { iamCredentialReport: [aReport([aCredentialRow('alice')])] }))).toEqual(['error']);
  });

  it('turns a failed report into an error', () => {
    const results = run(check, { iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] } });
    expect(statuses(results)).toEqual(['error']);
  });
});
