/** Progress on stderr (issue 14): phases, a fixed total, elapsed and ETA on a terminal, a heartbeat in CI logs. A fake clock, no sleeps. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/collect/collect-inventory.js';
import { ProgressReporter, summarizeFailures, type ProgressClock } from '../../src/cli/progress-reporter.js';
import type { CollectionFailure } from '../../src/model/failure.js';
import { run } from '../../src/program.js';
import { captureIo, mockOrganization, ORG_SCAN, resetOrganization } from './organization-fixture.js';

/** A clock the test moves: `advance` runs the heartbeat as often as real time would have. */
function fakeClock(start = Date.parse('2026-12-01T10:00:00Z')) {
  let now = start;
  const timers: { every: number; next: number; tick: () => void; stopped: boolean }[] = [];
  const clock: ProgressClock = {
    now: () => now,
    every(milliseconds, tick) {
      const timer = { every: milliseconds, next: now + milliseconds, tick, stopped: false };
      timers.push(timer);
      return () => (timer.stopped = true);
    },
  };
  function advance(milliseconds: number): void {
    const end = now + milliseconds;
    for (;;) {
      const due = timers.filter((timer) => !timer.stopped && timer.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.every;
      due.tick();
    }
    now = end;
  }
  return { clock, advance, running: () => timers.filter((timer) => !timer.stopped).length };
}

function event(done: number, total: number, extra: Partial<ProgressEvent> = {}): ProgressEvent {
  return {
    done,
    total,
    failures: 0,
    accounts: { done: 0, total: 1 },
    regions: 2,
    services: 3,
    calls: { done: done * 2, started: done * 2 + 1 },
    current: { service: 'S3', region: 'us-east-1' },
    ...extra,
  };
}

const denied: CollectionFailure = { api: 'S3.GetBucketPolicy', action: 's3:GetBucketPolicy', code: 'AccessDenied', kind: 'access-denied', message: 'denied', region: 'us-east-1', resourceArn: 'arn:aws:s3:::a' };

describe('progress in a CI log (stderr not a terminal)', () => {
  it('writes a timestamped line at each phase change and at least every 10 s, even when nothing finishes', () => {
    const io = captureIo();
    const { clock, advance } = fakeClock();
    const progress = new ProgressReporter(io, clock);
    progress.phase('scoping');
    advance(3_000);
    progress.onCollection(event(0, 400));
    expect(io.err()).not.toContain('Scoping');
    // 36 s with no unit finishing (the silent stretch of the issue): still a line at least every 10 s.
    for (let second = 0; second < 36; second += 1) {
      advance(1_000);
      progress.onCollection(event(0, 400, { calls: { done: second, started: second + 4 } }));
    }
    progress.onCollection(event(400, 400));
    progress.phase('evaluating');
    advance(500);
    progress.phase('writing');
    progress.finish([denied, { ...denied, resourceArn: 'arn:aws:s3:::b' }]);
    const lines = io.err().trimEnd().split('\n');
    const stamps = lines.filter((line) => line.startsWith('[')).map((line) => Date.parse(line.slice(1, line.indexOf(']'))));
    for (let index = 1; index < stamps.length; index += 1) expect(stamps[index]! - stamps[index - 1]!).toBeLessThanOrEqual(10_000);
    expect(lines[0]).toBe('[2026-12-01T10:00:03Z] Collecting 0/400 units (0%), 0 errors, 0:03 elapsed · S3 us-east-1 · 0 calls');
    expect(lines.some((line) => line.includes('Evaluating the checks'))).toBe(true);
    expect(lines.some((line) => line.includes('Writing the reports'))).toBe(true);
    expect(io.err()).not.toContain('\r');
    // The final summary: each distinct error once, with its IAM action.
    expect(lines.slice(-2)).toEqual([
      '[2026-12-01T10:00:39Z] Finished in 0:40, 800 calls; 2 collection errors, 1 distinct (IAM action — error):',
      '  s3:GetBucketPolicy — AccessDenied (access-denied) in 2 resources, us-east-1 ×2',
    ]);
  });

  it('the total is fixed before collection starts, and the ETA follows from it', () => {
    const io = captureIo();
    const { clock, advance } = fakeClock();
    const progress = new ProgressReporter(io, clock);
    progress.onCollection(event(0, 100));
    advance(20_000);
    progress.onCollection(event(25, 100));
    advance(10_000);
    const last = io.err().trimEnd().split('\n').at(-1) ?? '';
    // 25 units in 20 s (the heartbeat line comes at 30 s, with the latest counts): 75 left at 0.8 s each.
    expect(last).toMatch(/25\/100 units \(25%\), 0 errors, 0:30 elapsed, ETA 1:30 · S3 us-east-1 · 50 calls$/);
    progress.stop();
  });

  it('says it is still scoping when that takes 10 s (a slow STS or Organizations answer)', () => {
    const io = captureIo();
    const { clock, advance } = fakeClock();
    const progress = new ProgressReporter(io, clock);
    progress.phase('scoping');
    advance(9_000);
    expect(io.err()).toBe('');
    advance(1_000);
    expect(io.err()).toBe('[2026-12-01T10:00:10Z] Scoping: credentials, regions and accounts; 0:10 elapsed\n');
    progress.stop();
  });
});

describe('progress on a terminal', () => {
  it('rewrites one line with phase, elapsed time and ETA (at most 10 times a second), and clears it before the report', () => {
    const io = captureIo({ tty: true });
    const { clock, advance } = fakeClock();
    const progress = new ProgressReporter(io, clock);
    progress.phase('scoping');
    for (let done = 0; done <= 100; done += 1) {
      advance(5);
      progress.onCollection(event(done, 100, { failures: done > 50 ? 1 : 0 }));
    }
    progress.phase('evaluating');
    progress.phase('writing');
    const text = io.err();
    expect(text).not.toContain('\n');
    expect(text.split('\r').length - 1).toBeLessThanOrEqual(12);
    expect(text).toMatch(/Collecting \d+\/100 units \(\d+%\), \d errors?, 0:00 elapsed, ETA 0:00 · S3 us-east-1/);
    expect(text).toContain('Evaluating the checks');
    // Writing: the line is cleared so the table on stdout starts on a clean line.
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
    progress.finish([]);
    expect(io.err().endsWith('Finished in 0:01, 200 calls; no collection errors\n')).toBe(true);
  });

  it('fits the terminal width', () => {
    const io = captureIo({ tty: true });
    (io.stderr as { columns?: number }).columns = 60;
    const { clock } = fakeClock();
    const progress = new ProgressReporter(io, clock);
    progress.onCollection(event(3, 100));
    const drawn = io.err().split('\r\x1b[2K').at(-1) ?? '';
    expect(drawn.length).toBeLessThanOrEqual(59);
    expect(drawn.endsWith('…')).toBe(true);
    progress.stop();
  });

  it('stops its heartbeat when the run ends', () => {
    const { clock, running } = fakeClock();
    const progress = new ProgressReporter(captureIo(), clock);
    expect(running()).toBe(1);
    progress.finish([]);
    expect(running()).toBe(0);
  });
});

describe('the error summary', () => {
  it('lists every distinct error once, sorted by IAM action, with where it happened', () => {
    const throttled: CollectionFailure = { api: 'EC2.DescribeVolumes', action: 'ec2:DescribeVolumes', code: 'Throttling', kind: 'throttled', message: 'slow', region: 'eu-west-1' };
    expect(summarizeFailures([denied, throttled, { ...throttled, region: 'us-east-1' }, denied])).toEqual([
      '  ec2:DescribeVolumes — Throttling (throttled) in 2 regions ×2',
      '  s3:GetBucketPolicy — AccessDenied (access-denied) in 1 resource, us-east-1 ×2',
    ]);
  });
});

describe('progress of an Organization scan', () => {
  beforeEach(mockOrganization);
  afterEach(resetOrganization);

  it('counts accounts (the fixed total), calls and errors; --quiet silences it', async () => {
    const io = captureIo();
    await run(ORG_SCAN.filter((flag) => flag !== '--quiet'), io);
    const lines = io.err().trim().split('\n');
    expect(lines[0]).toMatch(/^\[[\d-]+T[\d:]+Z\] Collecting /);
    expect(lines.some((line) => /Collecting \d\/4 accounts \(\d+%\), \d+ units, \d errors?, /.test(line))).toBe(true);
    expect(lines.some((line) => /Finished in \d+:\d\d, \d+ calls; 1 collection error, 1 distinct/.test(line))).toBe(true);
    const quiet = captureIo();
    await run(ORG_SCAN, quiet);
    expect(quiet.err()).toBe('');
  });
});
