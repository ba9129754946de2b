import { describe, expect, it } from 'vitest';
import { SYNTHETIC_APIS, SyntheticAws, SyntheticAwsClients } from '../../bench/synthetic-aws.js';
import { collectInventory, RequestPool } from '../../src/collect/collect-inventory.js';
import { COLLECTORS } from '../../src/collect/collectors.js';
import type { InventoryKey } from '../../src/model/inventory.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const SHAPE = { regions: ['us-east-1', 'eu-west-1'], buckets: 12, iamUsers: 5, securityGroups: 30, kmsKeysPerRegion: 4, pageSize: 7 };
const ACCOUNT = { id: '123456789012', partition: 'aws' };

async function collectEverything(options: { concurrency: number; perClient?: number }) {
  const synthetic = new SyntheticAws(SHAPE, { accountId: ACCOUNT.id, delayMs: 1 });
  const clients = new SyntheticAwsClients({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1, timeoutMs: 5_000 }, synthetic);
  const pool = new RequestPool(options.concurrency, options.perClient);
  let peak = 0;
  let inFlight = 0;
  const inventory = await collectInventory({
    // Every collector the synthetic account can answer for.
    keys: (Object.keys(COLLECTORS) as InventoryKey[]).filter((key) => COLLECTORS[key].apis.every((api) => SYNTHETIC_APIS.has(api))),
    scope: { account: ACCOUNT, homeRegion: 'us-east-1', regions: SHAPE.regions, scopeFailures: [] },
    clients,
    settings: DEFAULT_SETTINGS,
    concurrency: options.concurrency,
    pool: {
      run: (task, target, scope) =>
        pool.run(async () => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          try {
            return await task();
          } finally {
            inFlight -= 1;
          }
        }, target, scope),
    } as RequestPool,
    sleep: async () => undefined,
  });
  clients.destroy();
  return { synthetic, inventory, peak };
}

describe('collection at scale', () => {
  it('calls every API once per resource (and region, and page), however many collectors share it', async () => {
    const { synthetic, inventory } = await collectEverything({ concurrency: 8 });
    const seen = new Map<string, number>();
    for (const call of synthetic.calls) {
      const key = `${call.service}.${call.command} ${call.region} ${JSON.stringify(call.input)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen.entries()].filter(([, count]) => count > 1)).toEqual([]);
    // Shared responses: one ListBuckets and one credential report for the whole account, ListKeys once per region.
    const count = (name: string) => synthetic.calls.filter((call) => `${call.service}.${call.command}` === name).length;
    expect(count('s3.ListBuckets')).toBe(1);
    expect(count('iam.GetCredentialReport')).toBe(1);
    expect(count('kms.ListKeys')).toBe(SHAPE.regions.length);
    expect(count('s3.GetBucketPolicy')).toBe(SHAPE.buckets);
    expect(count('ec2.DescribeSecurityGroups')).toBe(SHAPE.regions.length * Math.ceil(SHAPE.securityGroups / SHAPE.regions.length / SHAPE.pageSize));
    const failures = Object.values(inventory.keys).flatMap((data) => data?.failures ?? []);
    expect(failures).toEqual([]);
    expect(inventory.keys.s3Buckets?.items).toHaveLength(SHAPE.buckets);
    expect(inventory.keys.ec2SecurityGroups?.items).toHaveLength(SHAPE.securityGroups);
  });

  it('never has more requests in flight than --concurrency', async () => {
    const { peak } = await collectEverything({ concurrency: 3 });
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });
});

describe('RequestPool', () => {
  it('keeps each (service, region) client under its sub-limit while other clients use the rest of the pool', async () => {
    const pool = new RequestPool(10, 2);
    const inFlight = new Map<string, number>();
    const peaks = new Map<string, number>();
    // Every task holds its slot until the gate opens, so whatever the pool lets run at once is in flight together.
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const task = (client: string) => async () => {
      inFlight.set(client, (inFlight.get(client) ?? 0) + 1);
      peaks.set(client, Math.max(peaks.get(client) ?? 0, inFlight.get(client) ?? 0));
      await gate;
      inFlight.set(client, (inFlight.get(client) ?? 0) - 1);
    };
    const all = Promise.all([
      ...Array.from({ length: 10 }, () => pool.run(task('s3@us-east-1'), { api: 's3.GetBucketPolicy', region: 'us-east-1' })),
      ...Array.from({ length: 10 }, () => pool.run(task('s3@eu-west-1'), { api: 's3.GetBucketPolicy', region: 'eu-west-1' })),
      ...Array.from({ length: 10 }, () => pool.run(task('kms@us-east-1'), { api: 'kms.DescribeKey', region: 'us-east-1' })),
    ]);
    // The pool starts tasks in microtasks; once they have all run, everything it admits is waiting at the gate.
    await new Promise((resolve) => setImmediate(resolve));
    expect(Object.fromEntries(inFlight)).toEqual({ 's3@us-east-1': 2, 's3@eu-west-1': 2, 'kms@us-east-1': 2 });
    openGate();
    await all;
    expect(Object.fromEntries(peaks)).toEqual({ 's3@us-east-1': 2, 's3@eu-west-1': 2, 'kms@us-east-1': 2 });
    expect(pool.counters).toEqual({ started: 30, finished: 30 });
  });
});
