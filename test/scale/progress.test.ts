import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/collect/collect-inventory.js';
import { progressReporter } from '../../src/cli/progress-reporter.js';
import { run } from '../../src/program.js';
import { captureIo, mockOrganization, ORG_SCAN, resetOrganization } from './organization-fixture.js';

function event(done: number, total: number, extra: Partial<ProgressEvent> = {}): ProgressEvent {
  return { done, total, failures: 0, accounts: { done: done === total ? 3 : 1, total: 3 }, regions: 2, services: 2, calls: { done: done * 2, started: done * 2 + 1 }, ...extra };
}

describe('progress on stderr', () => {
  it('on a TTY rewrites one line (throttled to 10 per second) and ends it once', () => {
    const io = captureIo({ tty: true });
    let clock = 0;
    const report = progressReporter(io, () => clock);
    for (let done = 1; done <= 100; done += 1) {
      clock += 5;
      report(event(done, 100, { failures: done > 50 ? 1 : 0 }));
    }
    report(event(100, 100));
    const text = io.err();
    expect(text.split('\r').length - 1).toBeLessThanOrEqual(7);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.match(/\n/g)).toHaveLength(1);
    expect(text).toContain('Collecting: 3/3 accounts, 2 region(s), 2 service(s), 100/100 units, 200/201 calls, 1 error(s)');
  });

  it('in a log writes a plain line every 10% of the work', () => {
    const io = captureIo();
    const report = progressReporter(io);
    for (let done = 1; done <= 1000; done += 1) report(event(done, 1000, { accounts: { done: 0, total: 1 } }));
    const lines = io.err().trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(io.err()).not.toContain('\r');
    // One account: no account counter.
    expect(lines[0]).toMatch(/^Collecting: 2 region\(s\)/);
  });
});

describe('progress of an Organization scan', () => {
  beforeEach(mockOrganization);
  afterEach(resetOrganization);

  it('counts accounts, calls and errors; --quiet silences it', async () => {
    const io = captureIo();
    await run(ORG_SCAN.filter((flag) => flag !== '--quiet'), io);
    const last = io.err().trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^Collecting: 4\/4 accounts, 2 region\(s\), \d+ service\(s\), (\d+)\/\1 units, (\d+)\/\2 calls, 1 error\(s\)$/);
    const quiet = captureIo();
    await run(ORG_SCAN, quiet);
    expect(quiet.err()).toBe('');
  });
});
