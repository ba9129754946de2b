import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isInShard, parseShard, selectAccounts } from '../../src/collect/organization-accounts.js';
import type { ScanResult } from '../../src/model/scan-result.js';
import { run } from '../../src/program.js';
import { captureIo, mockOrganization, ORG_SCAN, resetOrganization } from './organization-fixture.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-shards-'));
});
afterAll(async () => rm(directory, { recursive: true, force: true }));
beforeEach(mockOrganization);
afterEach(resetOrganization);

const accountId = fc.bigInt({ min: 0n, max: 999_999_999_999n }).map((id) => id.toString().padStart(12, '0'));

describe('--shard K/N', () => {
  it('puts every account in exactly one of the N shards', () => {
    fc.assert(
      fc.property(fc.uniqueArray(accountId, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (ids, count) => {
        const accounts = ids.map((id) => ({ id }));
        const shards = Array.from({ length: count }, (_, index) => selectAccounts(accounts, { shard: { index: index + 1, count } }).map((account) => account.id));
        expect(shards.flat().sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('depends on the account id only, not on which other accounts exist', () => {
    fc.assert(
      fc.property(accountId, fc.integer({ min: 1, max: 12 }), (id, count) => {
        const owners = Array.from({ length: count }, (_, index) => index + 1).filter((index) => isInShard(id, { index, count }));
        expect(owners).toEqual([(Number(id) % count) + 1]);
      }),
    );
  });

  it.each(['0/2', '3/2', '1/0', 'a/b', '1-2', '1/2/3'])('rejects %s', (text) => {
    expect(() => parseShard(text)).toThrow(/must be K\/N/);
  });
});

async function scanToFile(name: string, extra: string[]): Promise<string> {
  const path = join(directory, name);
  const io = captureIo();
  const exitCode = await run([...ORG_SCAN, ...extra, '--output', path], io);
  expect([0, 3]).toContain(exitCode);
  return path;
}

/** The report minus what differs between runs by design (times). */
function timeless(report: ScanResult): unknown {
  const { startedAt: _s, finishedAt: _f, inventoryCollectedAt: _i, ...scan } = report.scan;
  return { ...report, scan };
}

describe('merge', () => {
  it.each([2, 4])('of the %i shard reports equals the unsharded report (times aside)', async (count) => {
    const whole = JSON.parse(await readFile(await scanToFile(`whole-${count}.json`, []), 'utf8')) as ScanResult;
    const shards: string[] = [];
    for (let index = 1; index <= count; index += 1) shards.push(await scanToFile(`shard-${index}-of-${count}.json`, ['--shard', `${index}/${count}`]));
    const shardReports = await Promise.all(shards.map(async (path) => JSON.parse(await readFile(path, 'utf8')) as ScanResult));
    expect(shardReports.map((report) => report.scan.accounts.length)).toEqual(count === 2 ? [2, 2] : [1, 1, 1, 1]);

    const io = captureIo();
    const exitCode = await run(['merge', ...shards.reverse(), '--format', 'json'], io);
    expect(io.err()).toBe('');
    expect(exitCode).toBe(3); // the unreachable account's errors survive the merge
    const merged = JSON.parse(io.out()) as ScanResult;
    expect(timeless(merged)).toEqual(timeless(whole));
  });

  it('writes a table with the per-account summary', async () => {
    const shards = [await scanToFile('t1.json', ['--shard', '1/2']), await scanToFile('t2.json', ['--shard', '2/2'])];
    const io = captureIo();
    await run(['merge', ...shards, '--no-color'], io);
    expect(io.out()).toContain('4 accounts (aws)');
    expect(io.out()).toContain('Per account:');
  });

  it.each([
    ['not JSON', 'not json', /The report .*bad\.json is not valid JSON/],
    ['another JSON document', '{"hello":1}', /The report file .*bad\.json is not a dbgap-audit JSON report: field schemaVersion/],
  ])('rejects a file that is %s with one line naming it (exit 2)', async (_label, content, message) => {
    const good = await scanToFile('good.json', ['--shard', '1/2']);
    const bad = join(directory, 'bad.json');
    await writeFile(bad, content);
    const io = captureIo();
    expect(await run(['merge', good, bad], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('rejects a missing file and reports that cover the same account', async () => {
    const io = captureIo();
    expect(await run(['merge', join(directory, 'missing.json')], io)).toBe(2);
    expect(io.err()).toMatch(/missing\.json does not exist/);
    const shard = await scanToFile('dup.json', ['--shard', '1/2']);
    const twice = captureIo();
    expect(await run(['merge', shard, shard], twice)).toBe(2);
    expect(twice.err()).toMatch(/Account \d{12} is in both .*dup\.json and .*dup\.json/);
  });
});
