/**
 * `npm run bench`: (1) evaluation of synthetic inventories of 1k, 10k and 100k resources through the real evaluator,
 * each in a fresh process so that its peak memory is its own; (2) collection of a synthetic account over 4 regions
 * through the real collectors and SDK clients answering after a fixed delay; (3) the same with 5% of requests
 * throttled once and retried by the SDK's real adaptive retry strategy. Ends with one line per target.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import { CHECKS } from '../checks/index.js';
import { collectInventory } from '../src/collect/collect-inventory.js';
import { DEFAULT_CONCURRENCY, RequestPool } from '../src/collect/request-pool.js';
import { COLLECTORS } from '../src/collect/collectors.js';
import type { InventoryKey } from '../src/model/inventory.js';
import { DEFAULT_SETTINGS } from '../src/model/settings.js';
import { buildScanResult } from '../src/scan.js';
import { SYNTHETIC_APIS, BENCH_SHAPE, SyntheticAws, SyntheticAwsClients } from './synthetic-aws.js';
import { BENCH_ACCOUNT, countResources, syntheticInventory } from './synthetic-inventory.js';

const EVALUATION_SIZES = [1_000, 10_000, 100_000];
const DELAY_MS = 20;
const MAX_ATTEMPTS = 8;
const TARGETS = { evaluationSeconds: 2, evaluationMiB: 1024, collectionRatio: 1.5 };
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

function evaluateInChild(size: number): EvaluationFigures {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--evaluate', String(size)], { encoding: 'utf8' });
  return JSON.parse(output) as EvaluationFigures;
}

interface CollectionFigures {
  calls: number;
  cpuSeconds: number;
  throttled: number;
  seconds: number;
  idealSeconds: number;
  ratio: number;
  errorResults: number;
  failures: number;
}

type RetryMode = 'adaptive' | 'standard';

/** The SDK's real retry strategy (adaptive, as the scanner uses), with a short backoff so a retry waits milliseconds. */
function shortBackoffRetries(mode: RetryMode) {
  return (client: { config: Record<string, unknown> }): void => {
    const options = {
      maxAttempts: MAX_ATTEMPTS,
      backoff: { computeNextBackoffDelay: () => 5 + Math.floor(Math.random() * 10), setDelayBase: () => undefined },
    };
    const strategy = mode === 'adaptive' ? new AdaptiveRetryStrategy(MAX_ATTEMPTS, options) : new StandardRetryStrategy(options);
    client.config.retryStrategy = async () => strategy;
  };
}

async function collectSynthetic(throttleRate: number, mode: RetryMode = 'adaptive'): Promise<CollectionFigures> {
  const synthetic = new SyntheticAws(BENCH_SHAPE, { accountId: BENCH_ACCOUNT.id, delayMs: DELAY_MS, throttleRate });
  const clients = new SyntheticAwsClients(
    { credentials: { accessKeyId: 'AKIDBENCHMARK', secretAccessKey: 'benchmark' }, maxAttempts: MAX_ATTEMPTS, timeoutMs: 30_000 },
    synthetic,
    shortBackoffRetries(mode),
  );
  // Every collector the synthetic account can answer for.
  const keys = (Object.keys(COLLECTORS) as InventoryKey[]).filter((key) => COLLECTORS[key].apis.every((api) => SYNTHETIC_APIS.has(api)));
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const inventory = await collectInventory({
    keys,
    scope: { account: BENCH_ACCOUNT, homeRegion: BENCH_SHAPE.regions[0] ?? 'us-east-1', regions: BENCH_SHAPE.regions, scopeFailures: [] },
    clients,
    settings: DEFAULT_SETTINGS,
    concurrency: DEFAULT_CONCURRENCY,
    pool: new RequestPool(DEFAULT_CONCURRENCY),
    now: () => NOW,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  clients.destroy();
  // Only the checks whose inventory was collected: the others would be `error` for want of data, not throttling.
  const collected = new Set<string>(keys);
  const checks = CHECKS.filter((check) => check.needs.every((key) => collected.has(key)));
  const result = buildScanResult(inventory, { checks, source: 'live', startedAt: NOW, now: NOW });
  const calls = synthetic.calls.length;
  const idealSeconds = (calls * DELAY_MS) / DEFAULT_CONCURRENCY / 1000;
  return {
    calls,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    throttled: synthetic.throttled,
    seconds,
    idealSeconds,
    ratio: seconds / idealSeconds,
    errorResults: result.results.filter((entry) => entry.status === 'error').length,
    failures: result.collectionErrors.length,
  };
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function main(): Promise<void> {
  const [flag, size] = process.argv.slice(2);
  if (flag === '--evaluate') {
    process.stdout.write(`${JSON.stringify(evaluateOnce(Number(size)))}\n`);
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

  const shape = BENCH_SHAPE;
  console.log(
    `\n2. Collection of a synthetic account: ${shape.buckets} buckets, ${shape.iamUsers} IAM users, ${shape.securityGroups} security groups, ` +
      `${shape.kmsKeysPerRegion} KMS keys per region, ${shape.regions.length} regions; every call answers after ${DELAY_MS} ms; concurrency ${DEFAULT_CONCURRENCY}`,
  );
  const plain = await collectSynthetic(0);
  console.log(
    `   ${plain.calls} API calls in ${fixed(plain.seconds)} s; ideal (calls × ${DELAY_MS} ms ÷ ${DEFAULT_CONCURRENCY}) ${fixed(plain.idealSeconds)} s; ` +
      `ratio ${fixed(plain.ratio)}; ${plain.failures} collection failures`,
  );
  console.log(
    `   CPU time ${fixed(plain.cpuSeconds)} s (SDK serialization, endpoint rules and our pool, ${fixed((plain.cpuSeconds / plain.calls) * 1000)} ms per call); ` +
      `load average ${loadavg().map((value) => fixed(value, 1)).join(' ')} on ${availableParallelism()} CPUs`,
  );
  target('collection within 1.5× of ideal', plain.ratio <= TARGETS.collectionRatio && plain.failures === 0, `${fixed(plain.ratio)}× ideal`);

  console.log('\n3. The same with 5% of requests throttled once (ThrottlingException, retried by the SDK adaptive retry strategy)');
  const throttled = await collectSynthetic(0.05);
  console.log(
    `   ${throttled.calls} API calls (${throttled.throttled} throttled) in ${fixed(throttled.seconds)} s; ratio to ideal ${fixed(throttled.ratio)}; ` +
      `${throttled.failures} collection failures, ${throttled.errorResults} error results`,
  );
  target(
    'throttled run with no error results',
    throttled.errorResults === 0 && throttled.failures === 0 && throttled.throttled > 0,
    `${throttled.errorResults} error results, ${throttled.throttled} throttled calls retried`,
  );

  const standard = await collectSynthetic(0.05, 'standard');
  console.log(
    `   for comparison, standard retry mode: ${standard.calls} API calls (${standard.throttled} throttled) in ${fixed(standard.seconds)} s; ` +
      `ratio to ideal ${fixed(standard.ratio)}; ${standard.errorResults} error results (adaptive mode's client-side rate limiter is what costs the time)`,
  );

  console.log(`\n${targets.join('\n')}`);
}

await main();
