import { describe, expect, it } from 'vitest';
import { SYNTHETIC_APIS, SyntheticAws, SyntheticAwsClients } from '../../bench/synthetic-aws.js';
import { collectInventory } from '../../src/collect/collect-inventory.js';
import { RequestPool } from '../../src/collect/request-pool.js';
import { COLLECTORS } from '../../src/collect/collectors.js';
import type { InventoryKey } from '../../src/model/inventory.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const SHAPE = { regions: ['us-east-1', 'eu-west-1'], scale: 12 };
const ACCOUNT = { id: '123456789012', partition: 'aws' };

async function collectEverything(options: { concurrency: number; perClient?: number }) {
  const synthetic = new SyntheticAws(SHAPE, { accountId: ACCOUNT.id, delayMs: 1 });
  const clients = new SyntheticAwsClients({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }, maxAttempts: 1, timeoutMs: 5_000 }, synthetic);
  const pool = new RequestPool(options.concurrency, options.perClient);
  const inventory = await collectInventory({
    // Every collector the synthetic account can answer for.
    keys: (Object.keys(COLLECTORS) as InventoryKey[]).filter((key) => COLLECTORS[key].apis.every((api) => SYNTHETIC_APIS.has(api))),
    scope: { account: ACCOUNT, homeRegion: 'us-east-1', regions: SHAPE.regions, scopeFailures: [] },
    clients,
    settings: DEFAULT_SETTINGS,
    concurrency: options.concurrency,
    pool,
    sleep: async () => undefined,
  });
  clients.destroy();
  return { synthetic, inventory, peak: synthetic.peakInFlight };
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
    expect(count('s3.GetBucketPolicy')).toBe(SHAPE.scale);
    expect(count('ec2.DescribeSecurityGroups')).toBe(SHAPE.regions.length);
    const failures = Object.values(inventory.keys).flatMap((data) => data?.failures ?? []);
    expect(failures).toEqual([]);
    expect(inventory.keys.s3Buckets?.items).toHaveLength(SHAPE.scale);
    // One default group per region besides the account's own.
    expect(inventory.keys.ec2SecurityGroups?.items).toHaveLength(SHAPE.scale + SHAPE.regions.length);
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
    const task = (client: string) => async () => {
      inFlight.set(client, (inFlight.get(client) ?? 0) + 1);
      peaks.set(client, Math.max(peaks.get(client) ?? 0, inFlight.get(client) ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight.set(client, (inFlight.get(client) ?? 0) - 1);
    };
    await Promise.all([
      ...Array.from({ length: 10 }, () => pool.run(task('s3@us-east-1'), { api: 's3.GetBucketPolicy', region: 'us-east-1', scope: 'a' })),
      ...Array.from({ length: 10 }, () => pool.run(task('s3@eu-west-1'), { api: 's3.GetBucketPolicy', region: 'eu-west-1', scope: 'a' })),
      ...Array.from({ length: 10 }, () => pool.run(task('kms@us-east-1'), { api: 'kms.DescribeKey', region: 'us-east-1', scope: 'a' })),
    ]);
    expect(Object.fromEntries(peaks)).toEqual({ 's3@us-east-1': 2, 's3@eu-west-1': 2, 'kms@us-east-1': 2 });
    expect(pool.counters).toEqual({ started: 30, finished: 30 });
  });
});
