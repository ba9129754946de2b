import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/efs-tls-required.js';
import { anEfsFileSystem, anEfsPolicy, efsArn, tlsOnlyStatement } from '../../helpers/efs.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allowClients = { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: efsArn('fs-1') };

function verdict(document: unknown, fileSystem = anEfsFileSystem('fs-1')) {
  return run(check, { efsFileSystems: [fileSystem], efsFileSystemPolicies: [anEfsPolicy('fs-1', document)] });
}

// EFS User Guide, "Enforcing encryption in transit": a file system policy denying every action when
// aws:SecureTransport is false makes every NFS client mount with TLS.
describe('efs-tls-required', () => {
  it('passes a policy that denies every principal every action without TLS', () => {
    const results = verdict(policy(allowClients, tlsOnlyStatement()));
    expect(statuses(results)).toEqual(['pass']);
  });

  it('passes with Principal "*" and elasticfilesystem:* in the Deny', () => {
    expect(statuses(verdict(policy(tlsOnlyStatement({ Principal: '*', Action: 'elasticfilesystem:*' }))))).toEqual(['pass']);
  });

  it('fails a file system without a policy (PolicyNotFound), at high severity for dbGaP data', () => {
    const [result] = verdict(null);
    expect(result?.status).toBe('fail');
    expect(result?.severity).toBe('high');
    expect(result?.message).toContain('no file system policy');
  });

  it('fails low for a file system that is not dbGaP data', () => {
    const [result] = verdict(null, anEfsFileSystem('fs-1', { tags: {} }));
    expect([result?.status, result?.severity]).toEqual(['fail', 'low']);
  });

  it('fails a Deny limited to one principal (not TLS-only for everyone)', () => {
    const results = verdict(policy(allowClients, tlsOnlyStatement({ Principal: { AWS: 'arn:aws:iam::123456789012:role/analyst' } })));
    expect(statuses(results)).toEqual(['fail']);
  });

  it('fails a Deny limited to one action (ClientWrite only: mounts and reads stay open over plain NFS)', () => {
    const results = verdict(policy(allowClients, tlsOnlyStatement({ Action: 'elasticfilesystem:ClientWrite' })));
    expect(statuses(results)).toEqual(['fail']);
    expect(results[0]?.message).toContain('ClientMount');
  });

  it('fails an Allow conditioned on SecureTransport true instead of a Deny (identity policies can still allow plain NFS)', () => {
    const results = verdict(policy({ ...allowClients, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }));
    expect(statuses(results)).toEqual(['fail']);
  });

  it('fails a Deny whose condition is misspelt as SecureTransport true', () => {
    expect(statuses(verdict(policy(allowClients, tlsOnlyStatement({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))))).toEqual(['fail']);
  });

  it('is an error when the policy is not a policy document', () => {
    expect(statuses(verdict('<html>not a policy</html>'))).toEqual(['error']);
  });

  it('is an error, never a pass, when DescribeFileSystemPolicy was denied', () => {
    const results = run(check, {
      efsFileSystems: [anEfsFileSystem('fs-1')],
      efsFileSystemPolicies: {
        items: [],
        failures: [aFailure({ api: 'efs.DescribeFileSystemPolicy', action: 'elasticfilesystem:DescribeFileSystemPolicy', resourceArn: efsArn('fs-1') })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('elasticfilesystem:DescribeFileSystemPolicy');
  });

  it('is not applicable without file systems', () => {
    expect(statuses(run(check, { efsFileSystems: [], efsFileSystemPolicies: [] }))).toEqual(['not_applicable']);
  });
});
