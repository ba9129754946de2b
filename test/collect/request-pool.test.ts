import { describe, expect, it } from 'vitest';
import { RequestPool, SERVICE_LIMITS } from '../../src/collect/request-pool.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe('RequestPool', () => {
  it('keeps the global limit full: a client at its cap never holds back another client\'s requests', async () => {
    const pool = new RequestPool(4, 2);
    const gates = Array.from({ length: 6 }, deferred);
    const started: string[] = [];
    const run = (label: string, api: string, region: string, gate: ReturnType<typeof deferred>) =>
      pool.run(async () => {
        started.push(label);
        await gate.promise;
      }, { api, region, scope: 'a' });
    const all = [
      run('s3-1', 's3.GetBucketAcl', 'us-east-1', gates[0]!),
      run('s3-2', 's3.GetBucketAcl', 'us-east-1', gates[1]!),
      run('s3-3', 's3.GetBucketAcl', 'us-east-1', gates[2]!),
      run('kms-1', 'kms.DescribeKey', 'us-east-1', gates[3]!),
      run('kms-2', 'kms.DescribeKey', 'us-east-1', gates[4]!),
      run('kms-3', 'kms.DescribeKey', 'us-east-1', gates[5]!),
    ];
    await Promise.resolve();
    // Two per client (the cap), the third S3 request waits while KMS requests fill the global slots.
    expect(started).toEqual(['s3-1', 's3-2', 'kms-1', 'kms-2']);
    gates[0]!.release();
    await all[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['s3-1', 's3-2', 'kms-1', 'kms-2', 's3-3']);
    for (const gate of gates) gate.release();
    await Promise.all(all);
    expect(pool.counters).toEqual({ started: 6, finished: 6 });
  });

  it('paces a rate-limited API to its documented burst and refill, per (account, region, API)', async () => {
    let now = 0;
    const pool = new RequestPool(50, 50, undefined, { ec2: { rate: { burst: 3, perSecond: 1000 } } }, () => now);
    const startedAt: number[] = [];
    const other: number[] = [];
    const calls = Array.from({ length: 6 }, () => pool.run(async () => void startedAt.push(now), { api: 'ec2.DescribeSnapshotAttribute', region: 'us-east-1', scope: 'a' }));
    const unrelated = pool.run(async () => void other.push(now), { api: 'ec2.DescribeImageAttribute', region: 'us-east-1', scope: 'a' });
    await Promise.resolve();
    // The burst goes at once; the other API has its own bucket and is not held back.
    expect(startedAt).toEqual([0, 0, 0]);
    await unrelated;
    expect(other).toEqual([0]);
    // Time passes: one token per millisecond.
    for (let step = 0; step < 20 && startedAt.length < 6; step += 1) {
      now += 1;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.all(calls);
    expect(startedAt).toHaveLength(6);
    expect(startedAt.slice(3).every((time) => time >= 1)).toBe(true);
  });

  it('takes its rates from AWS\'s published guidance (EC2 non-mutating: 100 burst, 20 per second; CloudTrail: 10 per second)', () => {
    expect(SERVICE_LIMITS.ec2?.rate).toEqual({ burst: 100, perSecond: 20 });
    expect(SERVICE_LIMITS.cloudtrail?.rate).toEqual({ burst: 10, perSecond: 10 });
  });

  it('passes a task\'s rejection on and frees its slot', async () => {
    const pool = new RequestPool(1);
    await expect(pool.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pool.run(async () => 'next')).resolves.toBe('next');
  });
});
