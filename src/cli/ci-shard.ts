/**
 * `--shard auto`: the shard of this job, read from the parallel-job variables of the engine it runs on, so one job
 * definition serves every index. Engines and their variables, first match wins:
 *
 * | engine | index | count |
 * | --- | --- | --- |
 * | any (GitHub Actions: `strategy.job-index` / `strategy.job-total`) | `DBGAP_AUDIT_SHARD_INDEX` (0-based) | `DBGAP_AUDIT_SHARD_COUNT` |
 * | GitLab CI `parallel:` | `CI_NODE_INDEX` (1-based) | `CI_NODE_TOTAL` |
 * | Kubernetes Indexed Job | `JOB_COMPLETION_INDEX` (0-based) | `DBGAP_AUDIT_SHARD_COUNT` (= `spec.completions`) |
 * | AWS Batch array job | `AWS_BATCH_JOB_ARRAY_INDEX` (0-based) | `AWS_BATCH_JOB_ARRAY_SIZE` |
 *
 * Our own variables come first so that a user can always override what an engine says. GitHub Actions exposes the
 * matrix position only as expressions, and Kubernetes does not expose `completions` to the pod, hence the count
 * variable. A value that is not a whole number, or an index outside the count, is a usage error naming the variable.
 */
import type { Shard } from '../collect/organization-accounts.js';
import { UsageError } from '../errors.js';

export const SHARD_INDEX_VARIABLE = 'DBGAP_AUDIT_SHARD_INDEX';
export const SHARD_COUNT_VARIABLE = 'DBGAP_AUDIT_SHARD_COUNT';

interface EngineVariables {
  engine: string;
  index: string;
  count: string;
  /** The first index: 1 for GitLab, 0 elsewhere. */
  base: 0 | 1;
}

export const SHARD_ENGINES: readonly EngineVariables[] = [
  { engine: 'DBGAP_AUDIT_SHARD_INDEX/COUNT', index: SHARD_INDEX_VARIABLE, count: SHARD_COUNT_VARIABLE, base: 0 },
  { engine: 'GitLab CI parallel', index: 'CI_NODE_INDEX', count: 'CI_NODE_TOTAL', base: 1 },
  { engine: 'Kubernetes Indexed Job', index: 'JOB_COMPLETION_INDEX', count: SHARD_COUNT_VARIABLE, base: 0 },
  { engine: 'AWS Batch array job', index: 'AWS_BATCH_JOB_ARRAY_INDEX', count: 'AWS_BATCH_JOB_ARRAY_SIZE', base: 0 },
];

export interface DetectedShard {
  shard: Shard;
  /** Where it came from, for the log: `GitLab CI parallel (CI_NODE_INDEX=2, CI_NODE_TOTAL=4)`. */
  source: string;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number {
  const text = (env[name] ?? '').trim();
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--shard auto: ${name}='${env[name] ?? ''}' is not a whole number.`);
  return Number(text);
}

function isSet(env: NodeJS.ProcessEnv, name: string): boolean {
  return (env[name] ?? '').trim() !== '';
}

export function shardFromEnvironment(env: NodeJS.ProcessEnv): DetectedShard {
  const engine = SHARD_ENGINES.find((candidate) => isSet(env, candidate.index));
  if (!engine) {
    throw new UsageError(
      `--shard auto found no parallel-job index: set ${SHARD_INDEX_VARIABLE} (0-based) and ${SHARD_COUNT_VARIABLE}, or run as a GitLab parallel job, a Kubernetes Indexed Job or an AWS Batch array job.`,
    );
  }
  if (!isSet(env, engine.count)) {
    throw new UsageError(`--shard auto: ${engine.index} is set (${engine.engine}) but ${engine.count} is not; set it to the number of parallel jobs.`);
  }
  const index = wholeNumber(env, engine.index);
  const count = wholeNumber(env, engine.count);
  const first = engine.base;
  if (count < 1 || index < first || index > count - 1 + first) {
    throw new UsageError(`--shard auto: ${engine.index}=${index} is outside ${first}..${count - 1 + first} for ${engine.count}=${count}.`);
  }
  return {
    shard: { index: index - first + 1, count },
    source: `${engine.engine} (${engine.index}=${index}, ${engine.count}=${count})`,
  };
}
