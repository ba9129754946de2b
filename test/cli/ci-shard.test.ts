/** `--shard auto`: each engine's parallel-job variables, their precedence, and every way they can be wrong. */
import { describe, expect, it } from 'vitest';
import { shardFromEnvironment } from '../../src/cli/ci-shard.js';
import { isInShard } from '../../src/collect/organization-accounts.js';

describe('shardFromEnvironment', () => {
  it.each([
    // GitHub Actions: DBGAP_AUDIT_SHARD_INDEX: ${{ strategy.job-index }} (0-based), DBGAP_AUDIT_SHARD_COUNT: ${{ strategy.job-total }}
    ['GitHub Actions matrix (our variables)', { DBGAP_AUDIT_SHARD_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '4' }, { index: 1, count: 4 }],
    ['GitHub Actions, last job', { DBGAP_AUDIT_SHARD_INDEX: '3', DBGAP_AUDIT_SHARD_COUNT: '4', GITHUB_ACTIONS: 'true' }, { index: 4, count: 4 }],
    ['GitLab parallel (1-based)', { GITLAB_CI: 'true', CI_NODE_INDEX: '1', CI_NODE_TOTAL: '3' }, { index: 1, count: 3 }],
    ['GitLab parallel, last node', { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '3' }, { index: 3, count: 3 }],
    ['Kubernetes Indexed Job (0-based)', { JOB_COMPLETION_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '20' }, { index: 1, count: 20 }],
    ['Kubernetes Indexed Job, last index', { JOB_COMPLETION_INDEX: '19', DBGAP_AUDIT_SHARD_COUNT: '20' }, { index: 20, count: 20 }],
    ['AWS Batch array job (0-based)', { AWS_BATCH_JOB_ARRAY_INDEX: '7', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, { index: 8, count: 10 }],
    ['a single job', { DBGAP_AUDIT_SHARD_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '1' }, { index: 1, count: 1 }],
    ['surrounding blanks', { CI_NODE_INDEX: ' 2 ', CI_NODE_TOTAL: '2\n' }, { index: 2, count: 2 }],
  ])('%s', (_engine, env, shard) => {
    expect(shardFromEnvironment(env).shard).toEqual(shard);
  });

  it('says where the shard came from, for the job log', () => {
    expect(shardFromEnvironment({ CI_NODE_INDEX: '2', CI_NODE_TOTAL: '4' }).source).toBe('GitLab CI parallel (CI_NODE_INDEX=2, CI_NODE_TOTAL=4)');
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '5', DBGAP_AUDIT_SHARD_COUNT: '8' }).source).toBe('Kubernetes Indexed Job (JOB_COMPLETION_INDEX=5, DBGAP_AUDIT_SHARD_COUNT=8)');
  });

  it('our variables win over an engine\'s (an override), GitLab over Kubernetes over AWS Batch', () => {
    const everything = {
      DBGAP_AUDIT_SHARD_INDEX: '1',
      DBGAP_AUDIT_SHARD_COUNT: '2',
      CI_NODE_INDEX: '3',
      CI_NODE_TOTAL: '3',
      JOB_COMPLETION_INDEX: '0',
      AWS_BATCH_JOB_ARRAY_INDEX: '5',
      AWS_BATCH_JOB_ARRAY_SIZE: '6',
    };
    expect(shardFromEnvironment(everything).shard).toEqual({ index: 2, count: 2 });
    const { DBGAP_AUDIT_SHARD_INDEX: _ours, ...engines } = everything;
    expect(shardFromEnvironment(engines).shard).toEqual({ index: 3, count: 3 });
    const { CI_NODE_INDEX: _gitlab, ...kubernetesAndBatch } = engines;
    expect(shardFromEnvironment(kubernetesAndBatch).shard).toEqual({ index: 1, count: 2 });
    const { JOB_COMPLETION_INDEX: _kubernetes, ...batch } = kubernetesAndBatch;
    expect(shardFromEnvironment(batch).shard).toEqual({ index: 6, count: 6 });
  });

  it.each([
    ['no engine', {}, /--shard auto found no parallel-job index: set DBGAP_AUDIT_SHARD_INDEX \(0-based\) and DBGAP_AUDIT_SHARD_COUNT/],
    ['an empty index', { CI_NODE_INDEX: '', CI_NODE_TOTAL: '2' }, /found no parallel-job index/],
    ['GitLab without parallel: (no CI_NODE_INDEX)', { GITLAB_CI: 'true', CI_NODE_TOTAL: '1' }, /found no parallel-job index/],
    ['Kubernetes without a count', { JOB_COMPLETION_INDEX: '3' }, /JOB_COMPLETION_INDEX is set \(Kubernetes Indexed Job\) but DBGAP_AUDIT_SHARD_COUNT is not/],
    ['our index without our count', { DBGAP_AUDIT_SHARD_INDEX: '0' }, /DBGAP_AUDIT_SHARD_INDEX is set .* but DBGAP_AUDIT_SHARD_COUNT is not/],
    ['a negative index', { DBGAP_AUDIT_SHARD_INDEX: '-1', DBGAP_AUDIT_SHARD_COUNT: '4' }, /DBGAP_AUDIT_SHARD_INDEX='-1' is not a whole number/],
    ['a fraction', { CI_NODE_INDEX: '1.5', CI_NODE_TOTAL: '4' }, /CI_NODE_INDEX='1.5' is not a whole number/],
    ['an unexpanded expression', { DBGAP_AUDIT_SHARD_INDEX: '${{ strategy.job-index }}', DBGAP_AUDIT_SHARD_COUNT: '4' }, /is not a whole number/],
    ['a count of zero', { AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '0' }, /AWS_BATCH_JOB_ARRAY_INDEX=0 is outside 0\.\.-1/],
    ['an index equal to the count (0-based)', { JOB_COMPLETION_INDEX: '20', DBGAP_AUDIT_SHARD_COUNT: '20' }, /JOB_COMPLETION_INDEX=20 is outside 0\.\.19 for DBGAP_AUDIT_SHARD_COUNT=20/],
    ['GitLab index 0 (it is 1-based)', { CI_NODE_INDEX: '0', CI_NODE_TOTAL: '2' }, /CI_NODE_INDEX=0 is outside 1\.\.2/],
    ['a huge number', { DBGAP_AUDIT_SHARD_INDEX: '0', DBGAP_AUDIT_SHARD_COUNT: '1e308' }, /is not a whole number/],
  ])('%s is a usage error naming the variable', (_case, env, message) => {
    expect(() => shardFromEnvironment(env)).toThrow(message);
  });

  it('the jobs of every engine cover each account exactly once', () => {
    const accounts = Array.from({ length: 997 }, (_, index) => String(100000000000 + index * 7919));
    const engines = [
      (index: number, count: number) => ({ DBGAP_AUDIT_SHARD_INDEX: String(index), DBGAP_AUDIT_SHARD_COUNT: String(count) }),
      (index: number, count: number) => ({ CI_NODE_INDEX: String(index + 1), CI_NODE_TOTAL: String(count) }),
      (index: number, count: number) => ({ JOB_COMPLETION_INDEX: String(index), DBGAP_AUDIT_SHARD_COUNT: String(count) }),
      (index: number, count: number) => ({ AWS_BATCH_JOB_ARRAY_INDEX: String(index), AWS_BATCH_JOB_ARRAY_SIZE: String(count) }),
    ];
    for (const environment of engines) {
      const count = 7;
      const seen = Array.from({ length: count }, (_, index) => shardFromEnvironment(environment(index, count)).shard).flatMap((shard) =>
        accounts.filter((account) => isInShard(account, shard)),
      );
      expect(seen.sort()).toEqual([...accounts].sort());
    }
  });
});
