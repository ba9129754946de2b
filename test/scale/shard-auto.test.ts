/** `scan --org --shard auto` end to end: the engine's variables choose the same accounts as `--shard K/N`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { run } from '../../src/program.js';
import { captureIo, mockOrganization, ORG_SCAN, resetOrganization } from './organization-fixture.js';

beforeEach(mockOrganization);
afterEach(resetOrganization);

async function accountsScanned(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; accounts: string[]; stderr: string }> {
  const io = { ...captureIo(), env };
  const code = await run(argv, io);
  const accounts = code === 2 ? [] : (JSON.parse(io.out()) as ScanResult).scan.accounts.map((account) => account.id);
  return { code, accounts, stderr: io.err() };
}

describe('scan --org --shard auto', () => {
  it.each([
    ['GitLab CI parallel', { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '2' }, '2/2'],
    ['a Kubernetes Indexed Job', { JOB_COMPLETION_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '2' }, '1/2'],
    ['an AWS Batch array job', { AWS_BATCH_JOB_ARRAY_INDEX: '1', AWS_BATCH_JOB_ARRAY_SIZE: '2' }, '2/2'],
    ['a GitHub Actions matrix', { DBGAP_AUDIT_SHARD_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '2' }, '1/2'],
  ])('under %s scans what --shard %s scans', async (_engine, env, explicit) => {
    const auto = await accountsScanned([...ORG_SCAN, '--shard', 'auto'], env);
    const fixed = await accountsScanned([...ORG_SCAN, '--shard', explicit]);
    expect(auto.accounts.length).toBeGreaterThan(0);
    expect(auto).toEqual(fixed);
  });

  it('logs where the shard came from unless --quiet', async () => {
    const withoutQuiet = ORG_SCAN.filter((flag) => flag !== '--quiet');
    const io = { ...captureIo(), env: { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2' } };
    await run([...withoutQuiet, '--shard', 'AUTO'], io);
    expect(io.err()).toContain('dbgap-audit: --shard auto: shard 1/2 from GitLab CI parallel (CI_NODE_INDEX=1, CI_NODE_TOTAL=2)\n');
  });

  it('outside a parallel job: exit 2 before any AWS call, naming the variables to set', async () => {
    const { code, stderr } = await accountsScanned([...ORG_SCAN, '--shard', 'auto']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dbgap-audit: --shard auto found no parallel-job index: set DBGAP_AUDIT_SHARD_INDEX/);
  });

  it('needs --org, like --shard K/N', async () => {
    const { code, stderr } = await accountsScanned(['scan', '--shard', 'auto', '-q'], { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2' });
    expect([code, stderr]).toEqual([2, 'dbgap-audit: --shard needs --org.\n']);
  });
});
