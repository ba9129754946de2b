import type { ProgressEvent } from '../collect/collect-inventory.js';
import type { Io } from './io.js';

/**
 * Progress on stderr: on a TTY one status line rewritten in place (at most every 100 ms); otherwise a plain line
 * every 10% of the work (CI logs). `--quiet` turns it off.
 */
export function progressReporter(io: Io, clock: () => number = Date.now): (event: ProgressEvent) => void {
  let lastDecile = -1;
  let lastDrawn = 0;
  let finished = false;
  return (event) => {
    const complete = event.accounts.done === event.accounts.total && event.done === event.total && event.total > 0;
    if (finished) return;
    const accounts = event.accounts.total > 1 ? `${event.accounts.done}/${event.accounts.total} accounts, ` : '';
    const text =
      `Collecting: ${accounts}${event.regions} region(s), ${event.services} service(s), ` +
      `${event.done}/${event.total} units, ${event.calls.done}/${event.calls.started} calls, ${event.failures} error(s)`;
    if (io.stderr.isTTY) {
      if (!complete && clock() - lastDrawn < 100) return;
      lastDrawn = clock();
      io.stderr.write(`\r\x1b[2K${text}${complete ? '\n' : ''}`);
    } else {
      const decile = event.total === 0 ? 0 : Math.floor((event.done / event.total) * 10);
      if (decile === lastDecile && !complete) return;
      lastDecile = decile;
      io.stderr.write(`${text}\n`);
    }
    finished = complete;
  };
}
