import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/backup-vault-policy-not-public.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aVaultPolicy } from '../../helpers/backup.js';

const statement = (extra: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'backup:*', Resource: '*', ...extra }] });

describe('backup-vault-policy-not-public', () => {
  it.each([
    ['no access policy (ResourceNotFoundException)', null, 'pass'],
    ['Principal * without a condition', statement({}), 'fail'],
    // aws:UserAgent is the caller's to choose: it confines nothing.
    ['Principal * with a condition the caller chooses', statement({ Condition: { StringLike: { 'aws:UserAgent': '*' } } }), 'fail'],
    ['Principal * confined to the organization', statement({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }), 'pass'],
    ['a named account', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'backup:*', Resource: '*' }] }, 'pass'],
    ['a Deny-only protection policy', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] }, 'pass'],
    ['text that is not a policy', 'not json', 'error'],
  ])('%s → %s', (_name, policy, expected) => {
    expect(statuses(run(check, { backupVaultPolicies: [aVaultPolicy('v', policy)] }))).toEqual([expected]);
  });

  it('is not applicable without vaults, and an error naming backup:GetBackupVaultAccessPolicy when denied', () => {
    expect(statuses(run(check, { backupVaultPolicies: [] }))).toEqual(['not_applicable']);
    const results = run(check, { backupVaultPolicies: { items: [], failures: [aFailure({ api: 'backup.GetBackupVaultAccessPolicy', action: 'backup:GetBackupVaultAccessPolicy' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('backup:GetBackupVaultAccessPolicy');
  });
});
