import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/iam-root-mfa-enabled.js';
import { evaluateCheck } from '../../../src/evaluate.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aCredentialRow } from '../../helpers/iam.js';
import { aFailure, anInventory, NOW, run, statuses } from '../../helpers/inventory.js';
import { aReport, aSummary, aVirtualMfa, ROOT_ARN } from '../../helpers/iam.js';

const root = aCredentialRow;

describe('iam-root-mfa-enabled', () => {
  it.each([
    ['hardware MFA (no virtual device on root)', [root('<root_account>', { mfaActive: true })], aSummary(), [], 'pass', 'critical'],
    ['virtual MFA on root', [root('<root_account>', { mfaActive: true })], aSummary(), [aVirtualMfa(ROOT_ARN)], 'fail', 'medium'],
    ['a virtual device assigned to a user, not root', [root('<root_account>', { mfaActive: true })], aSummary(), [aVirtualMfa('arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:mfa/alice')], 'pass', 'critical'],
    ['no MFA, password not_supported (null)', [root('<root_account>', { mfaActive: false })], aSummary({ accountMfaEnabled: false }), [], 'fail', 'critical'],
    ['no MFA but active root keys', [root('<root_account>', { passwordEnabled: false, accessKey1Active: true })], aSummary({ accountMfaEnabled: false }), [], 'fail', 'critical'],
    ['no MFA and no credentials (removed centrally)', [root('<root_account>', { passwordEnabled: false })], aSummary({ accountMfaEnabled: false }), [], 'pass', 'critical'],
    ['stale report says MFA, live summary says none', [root('<root_account>', { mfaActive: true })], aSummary({ accountMfaEnabled: false }), [], 'fail', 'critical'],
  ])('%s → %s', (_name, rows, summary, devices, expected, severity) => {
    const results = run(check, { iamCredentialReport: [aReport(rows)], iamAccountSummary: [summary], iamVirtualMfaDevices: devices });
    expect(results).toEqual([expect.objectContaining({ status: expected, severity, resourceArn: ROOT_ARN })]);
  });

  it('falls back to the credential report when the summary is missing', () => {
    const results = run(check, { iamCredentialReport: [aReport([root('<root_account>', { mfaActive: false })])], iamAccountSummary: [], iamVirtualMfaDevices: [] });
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toMatch(/credential report/);
  });

  it('is an error, never a pass, when the report has no root row', () => {
    const results = run(check, { iamCredentialReport: [aReport([root('alice', { mfaActive: true })])], iamAccountSummary: [aSummary()], iamVirtualMfaDevices: [] });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/root_account/);
  });

  it('is not applicable in aws-us-gov (no root user with console credentials)', () => {
    const inventory = anInventory(
      { iamCredentialReport: [aReport([])], iamAccountSummary: [], iamVirtualMfaDevices: [] },
      { account: { id: '123456789012', partition: 'aws-us-gov' } },
    );
    const results = evaluateCheck(check, inventory, { account: inventory.account, regions: inventory.regions, settings: DEFAULT_SETTINGS, now: NOW });
    expect(statuses(results)).toEqual(['not_applicable']);
    expect(results[0]?.resourceArn).toBe('arn:aws-us-gov:iam::123456789012:root');
  });

  it('adds an error when the virtual MFA device list could not be read (hardware cannot be confirmed)', () => {
    const results = run(check, {
      iamCredentialReport: [aReport([root('<root_account>', { mfaActive: true })])],
      iamAccountSummary: [aSummary()],
      iamVirtualMfaDevices: { items: [], failures: [aFailure({ api: 'iam.ListVirtualMFADevices', action: 'iam:ListVirtualMFADevices' })] },
    });
    expect(statuses(results)).toContain('error');
    expect(results.find((result) => result.status === 'error')?.message).toMatch(/iam:ListVirtualMFADevices/);
  });

  it('turns a failed credential report into an error', () => {
    const results = run(check, {
      iamCredentialReport: { items: [], failures: [aFailure({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport' })] },
      iamAccountSummary: [aSummary()],
      iamVirtualMfaDevices: [],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/iam:GetCredentialReport/);
  });
});
