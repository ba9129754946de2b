/**
 * `npm run bench`: (1) evaluation of synthetic inventories of 1k, 10k and 100k resources through the real evaluator,
 * each in a fresh process so that its peak memory is its own; (2) latency-bound collection of a synthetic account
 * (bench/synthetic-aws.ts) at scales 10 and 100, every request answered after 50 ms, through the real collectors,
 * SDK clients, retry strategy and request pool: requests, wall time, wall ÷ ideal and requests per bucket; and the
 * same behind an endpoint that ignores OwnerIds=self; (3) every request throttled once, in standard and in
 * adaptive retry mode, with the SDK's real back-off. Ends with one line per target.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { CHECKS } from '../checks/index.js';
import { collectInventory } from '../src/collect/collect-inventory.js';
import { DEFAULT_CONCURRENCY, RequestPool } from '../src/collect/request-pool.js';
import { DEFAULT_SETTINGS } from '../src/model/settings.js';
import type { RetryMode } from '../src/collect/retry-strategy.js';
import { buildScanResult, neededKeys } from '../src/scan.js';
import { BENCH_REGIONS, benchShape, SyntheticAws, SyntheticAwsClients } from './synthetic-aws.js';
import { BENCH_ACCOUNT, countResources, syntheticInventory } from './synthetic-inventory.js';
import { benchPolicies, type PolicyFigures } from './policy-bench.js';

const POLICY_COUNT = 10_000;

const EVALUATION_SIZES = [1_000, 10_000, 100_000];
const COLLECTION_SCALES = [10, 100];
/** Per request: a realistic round trip to an AWS endpoint. */
const DELAY_MS = 50;
const MAX_ATTEMPTS = 8;
const FOREIGN_SNAPSHOTS = 2_348;
const TARGETS = { evaluationSeconds: 2, evaluationMiB: 1024, collectionRatio: 1.3, requestsPerBucket: 10 };
const NOW = new Date('2026-11-23T00:00:00Z');
const MiB = 1024 * 1024;

interface EvaluationFigures {
  resources: number;
  results: number;
  seconds: number;
  perSecond: number;
  peakRssMiB: number;
  peakHeapMiB: number;
}

/** Runs in a child process: builds one inventory, evaluates it, prints the figures as JSON. */
function evaluateOnce(size: number): EvaluationFigures {
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const inventory = syntheticInventory(size);
  sample();
  const started = process.hrtime.bigint();
  const result = buildScanResult(inventory, { checks: CHECKS, source: 'inventory', startedAt: NOW, now: NOW });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sample();
  const resources = countResources(inventory);
  return {
    resources,
    results: result.results.length,
    seconds,
    perSecond: resources / seconds,
    // maxRSS is the operating system's high-water mark for this process (KiB).
    peakRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
    peakHeapMiB: peakHeap / MiB,
  };
}

function policiesInChild(count: number): PolicyFigures {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--policies', String(count)], { encoding: 'utf8' });
  return JSON.parse(output) as PolicyFigures;
}

function evaluateInChild(size: number): EvaluationFigures {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--evaluate', String(size)], { encoding: 'utf8' });
  return JSON.parse(output) as EvaluationFigures;
}

interface CollectionFigures {
  requests: number;
  throttled: number;
  seconds: number;
  idealSeconds: number;
  ratio: number;
  cpuSeconds: number;
  /** S3 requests that name a bucket, per bucket. */
  perBucket: number;
  buckets: number;
  failures: number;
  errorResults: number;
  notOwned: number;
  peakInFlight: number;
}

/**
 * Collects the synthetic account of `scale` resources of each kind, every call answering after DELAY_MS, for the
 * default check set (every check), through the production clients, retry strategy and request pool.
 */
async function collectSynthetic(scale: number, options: { throttleRate?: number; retryMode?: RetryMode; foreignSnapshots?: number } = {}): Promise<CollectionFigures> {
  const shape = { ...benchShape(scale), ...(options.foreignSnapshots ? { foreignSnapshots: options.foreignSnapshots } : {}) };
  const synthetic = new SyntheticAws(shape, { accountId: BENCH_ACCOUNT.id, delayMs: DELAY_MS, ...(options.throttleRate ? { throttleRate: options.throttleRate } : {}) });
  const clients = new SyntheticAwsClients(
    { credentials: { accessKeyId: 'AKIDBENCHMARK', secretAccessKey: 'benchmark' }, maxAttempts: MAX_ATTEMPTS, timeoutMs: 30_000, retryMode: options.retryMode ?? 'standard' },
    synthetic,
  );
  const keys = neededKeys(CHECKS);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const inventory = await collectInventory({
    keys,
    scope: { account: BENCH_ACCOUNT, homeRegion: synthetic.home, regions: shape.regions, scopeFailures: [] },
    clients,
    settings: DEFAULT_SETTINGS,
    concurrency: DEFAULT_CONCURRENCY,
    pool: new RequestPool(DEFAULT_CONCURRENCY),
    now: () => NOW,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  clients.destroy();
  const result = buildScanResult(inventory, { checks: CHECKS, source: 'live', startedAt: NOW, now: NOW });
  const requests = synthetic.calls.length;
  const idealSeconds = (requests * DELAY_MS) / DEFAULT_CONCURRENCY / 1000;
  const bucketRequests = synthetic.calls.filter((call) => call.service === 's3' && typeof (call.input as { Bucket?: unknown }).Bucket === 'string').length;
  return {
    requests,
    throttled: synthetic.throttled,
    seconds,
    idealSeconds,
    ratio: seconds / idealSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    perBucket: bucketRequests / scale,
    buckets: scale,
    failures: result.collectionErrors.length,
    errorResults: result.results.filter((entry) => entry.status === 'error').length,
    notOwned: (inventory.notOwned ?? []).reduce((sum, entry) => sum + entry.count, 0),
    peakInFlight: synthetic.peakInFlight,
  };
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function main(): Promise<void> {
  const [flag, size] = process.argv.slice(2);
  if (flag === '--evaluate') {
    process.stdout.write(`${JSON.stringify(evaluateOnce(Number(size)))}\n`);
    return;
  }
  if (flag === '--policies') {
    process.stdout.write(`${JSON.stringify(benchPolicies(Number(size)))}\n`);
    return;
  }
  const targets: string[] = [];
  const target = (name: string, met: boolean, figure: string) => targets.push(`target ${name}: ${met ? 'met' : 'NOT MET'} (${figure})`);

  console.log(`dbgap-audit benchmark — Node ${process.version}, ${CHECKS.length} checks\n`);
  console.log('1. Evaluation of synthetic inventories (buildScanResult with every check; one fresh process per size)');
  let largest: EvaluationFigures | undefined;
  for (const evaluationSize of EVALUATION_SIZES) {
    const figures = evaluateInChild(evaluationSize);
    largest = figures;
    console.log(
      `   ${String(figures.resources).padStart(7)} resources → ${String(figures.results).padStart(7)} results in ${fixed(figures.seconds, 3)} s ` +
        `(${Math.round(figures.perSecond).toLocaleString('en-US')} resources/s), peak RSS ${fixed(figures.peakRssMiB, 0)} MiB, peak heap used ${fixed(figures.peakHeapMiB, 0)} MiB`,
    );
  }
  if (largest) {
    target('evaluation of 100k resources under 2 s', largest.seconds < TARGETS.evaluationSeconds, `${fixed(largest.seconds, 3)} s`);
    target('evaluation of 100k resources under 1 GiB', largest.peakRssMiB < TARGETS.evaluationMiB, `peak RSS ${fixed(largest.peakRssMiB, 0)} MiB`);
  }

  console.log(`\n1b. The IAM policy engine: ${POLICY_COUNT.toLocaleString('en-US')} distinct bucket, key and role-trust policies, every question the checks ask (fresh process)`);
  const policyFigures = policiesInChild(POLICY_COUNT);
  const { buckets, keys, roles } = policyFigures.policies;
  console.log(
    `   ${buckets} bucket + ${keys} key + ${roles} trust policies, ${policyFigures.questions.toLocaleString('en-US')} questions, ${policyFigures.exposed.toLocaleString('en-US')} exposures found, ` +
      `in ${fixed(policyFigures.seconds, 3)} s (${fixed(policyFigures.microsecondsPerPolicy, 0)} µs per policy, action catalogue load included)`,
  );
  console.log(`   e.g. ${policyFigures.example}`);

  console.log(
    `\n2. Latency-bound collection of a synthetic account (every check; ${BENCH_REGIONS.length} regions; every request answers after ${DELAY_MS} ms; ` +
      `AWS's default page sizes; concurrency ${DEFAULT_CONCURRENCY}; ideal = requests × ${DELAY_MS} ms ÷ ${DEFAULT_CONCURRENCY})`,
  );
  const unthrottled = new Map<number, CollectionFigures>();
  for (const scale of COLLECTION_SCALES) {
    const figures = await collectSynthetic(scale);
    unthrottled.set(scale, figures);
    console.log(
      `   scale ${String(scale).padStart(3)} (${scale} buckets, IAM users, volumes, snapshots, security groups, KMS keys): ${figures.requests} requests in ${fixed(figures.seconds)} s; ` +
        `ideal ${fixed(figures.idealSeconds)} s; wall ÷ ideal ${fixed(figures.ratio)}; ${fixed(figures.perBucket, 1)} requests per bucket; ` +
        `peak ${figures.peakInFlight} in flight; ${figures.failures} collection failures; CPU ${fixed(figures.cpuSeconds)} s`,
    );
    target(`scale ${scale}: wall ≤ ${TARGETS.collectionRatio} × ideal`, figures.ratio <= TARGETS.collectionRatio && figures.failures === 0, `${fixed(figures.ratio)}× ideal`);
    target(`scale ${scale}: ≤ ${TARGETS.requestsPerBucket} requests per bucket`, figures.perBucket <= TARGETS.requestsPerBucket, `${fixed(figures.perBucket, 1)} per bucket`);
  }
  const foreign = await collectSynthetic(10, { foreignSnapshots: FOREIGN_SNAPSHOTS });
  console.log(
    `   scale  10 behind an endpoint that ignores OwnerIds=self and lists ${FOREIGN_SNAPSHOTS} public snapshots of other accounts: ${foreign.requests} requests ` +
      `(${unthrottled.get(10)?.requests ?? 0} without them), ${foreign.notOwned} snapshots dropped before any per-snapshot call; ${fixed(foreign.seconds)} s`,
  );
  target('no per-resource call for resources the account does not own', foreign.requests === (unthrottled.get(10)?.requests ?? -1) && foreign.notOwned === FOREIGN_SNAPSHOTS, `${foreign.requests - (unthrottled.get(10)?.requests ?? 0)} extra requests`);
  console.log(`   load average ${loadavg().map((value) => fixed(value, 1)).join(' ')} on ${availableParallelism()} CPUs`);

  console.log('\n3. Every request throttled once (ThrottlingException, then success), scale 10, through the SDK\'s real back-off');
  const base = unthrottled.get(10);
  for (const mode of ['standard', 'adaptive'] as const) {
    const figures = await collectSynthetic(10, { throttleRate: 1, retryMode: mode });
    console.log(
      `   ${mode.padEnd(8)} retry mode: ${figures.requests} requests (${figures.throttled} throttled) in ${fixed(figures.seconds)} s, ` +
        `${fixed(base ? figures.seconds / base.seconds : 0)}× the unthrottled run; ${figures.failures} collection failures, ${figures.errorResults} error results`,
    );
    if (mode === 'standard') {
      target('throttled once, standard mode: no error results', figures.errorResults === 0 && figures.failures === 0 && figures.throttled > 0, `${figures.errorResults} error results`);
    }
  }

  console.log(`\n${targets.join('\n')}`);
}

await main();
