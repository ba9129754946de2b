import type { ProgressEvent } from '../collect/collect-inventory.js';
import type { CollectionFailure } from '../model/failure.js';
import type { Io } from './io.js';

/**
 * Progress of a live run on stderr, in the phases a user waits through: scoping (credentials, regions, accounts),
 * collecting (which service in which region, units done of a total fixed before collection starts, calls, errors),
 * evaluating, writing. On a terminal: one status line rewritten in place (at most every 100 ms) with elapsed time
 * and an ETA. In a log (CI): a timestamped line at each phase change and at least every 10 s, whether or not
 * anything finished (a scan waiting on a slow region still says so). At the end, every distinct collection error
 * once, with the IAM action it needs. `--quiet` turns all of it off.
 */
export type Phase = 'scoping' | 'collecting' | 'evaluating' | 'writing';

export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `milliseconds`; returns how to stop. */
  every(milliseconds: number, tick: () => void): () => void;
}

const systemClock: ProgressClock = {
  now: Date.now,
  every(milliseconds, tick) {
    const timer = setInterval(tick, milliseconds);
    // The heartbeat never keeps the process alive on its own.
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** A log line at least this often (the issue's CI requirement). */
export const HEARTBEAT_MS = 10_000;
const TTY_REDRAW_MS = 100;

export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Each distinct error once (by IAM action, error code and kind), with where it happened. */
export function summarizeFailures(failures: readonly CollectionFailure[]): string[] {
  const groups = new Map<string, { failure: CollectionFailure; regions: Set<string>; resources: Set<string>; count: number }>();
  for (const failure of failures) {
    const key = `${failure.action}|${failure.code}|${failure.kind}`;
    const group = groups.get(key) ?? { failure, regions: new Set<string>(), resources: new Set<string>(), count: 0 };
    group.count += 1;
    if (failure.region) group.regions.add(failure.region);
    if (failure.resourceArn) group.resources.add(failure.resourceArn);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.failure.action.localeCompare(b.failure.action) || a.failure.code.localeCompare(b.failure.code))
    .map(({ failure, regions, resources, count }) => {
      const where = [
        resources.size > 0 ? `${resources.size} resource${resources.size === 1 ? '' : 's'}` : '',
        regions.size > 0 ? `${regions.size === 1 ? [...regions][0] : `${regions.size} regions`}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const times = count > 1 ? ` ×${count}` : '';
      return `  ${failure.action} — ${failure.code} (${failure.kind})${where ? ` in ${where}` : ''}${times}`;
    });
}

export class ProgressReporter {
  private current: Phase | undefined;
  private readonly started: number;
  private collectingSince: number | undefined;
  private latest: ProgressEvent | undefined;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private lastLogged = Number.NEGATIVE_INFINITY;
  private lineOpen = false;
  private readonly stopHeartbeat: () => void;

  constructor(
    private readonly io: Pick<Io, 'stderr'>,
    private readonly clock: ProgressClock = systemClock,
  ) {
    this.started = clock.now();
    // Every second: a terminal redraws its elapsed time; a log line is due 10 s after the last one, not up to 15.
    this.stopHeartbeat = clock.every(1000, () => this.heartbeat());
  }

  private get tty(): boolean {
    return Boolean(this.io.stderr.isTTY);
  }

  phase(phase: Phase): void {
    if (phase === this.current) return;
    this.current = phase;
    if (phase === 'collecting') this.collectingSince ??= this.clock.now();
    // The report may follow on stdout: a terminal's status line is cleared rather than left half-drawn above it.
    if (this.tty && phase === 'writing') return this.clearLine();
    // Scoping is where bad credentials, profiles and regions are found: a log says so only if it takes 10 s, so a
    // refused run stays one sentence.
    if (!this.tty && phase === 'scoping') {
      this.lastLogged = this.clock.now();
      return;
    }
    this.show(true);
  }

  /** Give this to the collection (`onProgress`). */
  readonly onCollection = (event: ProgressEvent): void => {
    this.latest = event;
    if (this.current !== 'collecting') this.phase('collecting');
    else this.show(false);
  };

  /** Ends the status line and lists every distinct collection error once, with its IAM action. */
  finish(failures: readonly CollectionFailure[]): void {
    this.stopHeartbeat();
    this.clearLine();
    const elapsed = formatDuration(this.clock.now() - this.started);
    const calls = this.latest ? `, ${this.latest.calls.done} calls` : '';
    const lines = summarizeFailures(failures);
    const errors = lines.length === 0 ? 'no collection errors' : `${failures.length} collection error${failures.length === 1 ? '' : 's'}, ${lines.length} distinct (IAM action — error):`;
    this.io.stderr.write(`${this.prefix()}Finished in ${elapsed}${calls}; ${errors}\n${lines.map((line) => `${line}\n`).join('')}`);
  }

  /** Stops the heartbeat without a summary (a run that failed). */
  stop(): void {
    this.stopHeartbeat();
    this.clearLine();
  }

  private heartbeat(): void {
    if (this.current === undefined) return;
    if (this.tty) this.show(true);
    else if (this.clock.now() - this.lastLogged >= HEARTBEAT_MS) this.show(true);
  }

  private clearLine(): void {
    if (this.tty && this.lineOpen) this.io.stderr.write('\r\x1b[2K');
    this.lineOpen = false;
  }

  private prefix(): string {
    return this.tty ? '' : `[${new Date(this.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')}] `;
  }

  /** `force`: a phase change or a heartbeat; otherwise a collection event, throttled. */
  private show(force: boolean): void {
    const now = this.clock.now();
    if (this.tty) {
      if (!force && now - this.lastDrawn < TTY_REDRAW_MS) return;
      this.lastDrawn = now;
      const width = Math.max(20, ((this.io.stderr as { columns?: number }).columns ?? 80) - 1);
      const text = this.describe(now);
      this.io.stderr.write(`\r\x1b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      this.lineOpen = true;
      return;
    }
    // In a log, collection events alone never add a line: the heartbeat and phase changes do.
    if (!force) return;
    this.lastLogged = now;
    this.io.stderr.write(`${this.prefix()}${this.describe(now)}\n`);
  }

  private describe(now: number): string {
    const elapsed = `${formatDuration(now - this.started)} elapsed`;
    const event = this.latest;
    switch (this.current) {
      case 'scoping':
        return `Scoping: credentials, regions and accounts; ${elapsed}`;
      case 'evaluating':
        return `Evaluating the checks; ${elapsed}`;
      case 'writing':
        return `Writing the reports; ${elapsed}`;
      default: {
        if (!event) return `Collecting; ${elapsed}`;
        const manyAccounts = event.accounts.total > 1;
        // One account: the units are all known before the first is collected. Several: accounts are the fixed total.
        const [done, total] = manyAccounts ? [event.accounts.done, event.accounts.total] : [event.done, event.total];
        const share = total > 0 ? Math.floor((done / total) * 100) : 0;
        const counted = manyAccounts ? `${done}/${total} accounts (${share}%), ${event.done} units` : `${done}/${total} units (${share}%)`;
        const since = this.collectingSince ?? this.started;
        const eta = done > 0 && done < total ? `, ETA ${formatDuration(((now - since) / done) * (total - done))}` : '';
        const errors = `${event.failures} error${event.failures === 1 ? '' : 's'}`;
        const where = event.current ? ` · ${event.current.service} ${event.current.region}` : '';
        // What matters most comes first: a narrow terminal cuts the end of the line.
        return `Collecting ${counted}, ${errors}, ${elapsed}${eta}${where} · ${event.calls.done} calls`;
      }
    }
  }
}
