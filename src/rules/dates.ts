export const DAY_MS = 86_400_000;

/** Whole days from an ISO date to `now` (fractional days rounded down). */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);
}

/** The most recent of several ISO dates (nulls ignored); null when none is set. */
export function latestDate(...dates: Array<string | null | undefined>): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date && (latest === null || Date.parse(date) > Date.parse(latest))) latest = date;
  return latest;
}

/**
 * When a stopped instance was stopped, from its StateTransitionReason, e.g. `User initiated (2026-10-01 12:00:00 GMT)`
 * (the only place EC2 records it). Null when the reason carries no timestamp.
 */
export function stoppedAt(reason: string | undefined): Date | null {
  const match = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/.exec(reason ?? '');
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The day (YYYY-MM-DD) an expiry tag names, or null when the value is not an ISO date. A full ISO timestamp is
 * accepted and read as its UTC day.
 */
export function expiryDay(value: string | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value?.trim() ?? '');
  if (!match?.[1]) return null;
  const parsed = new Date(`${match[1]}T00:00:00.000Z`);
  // Reject impossible days such as 2026-02-30, which Date silently rolls over.
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== match[1] ? null : match[1];
}

/** The data use ends at the end of the expiry day: data is past expiry from the next UTC day on. */
export function isPastExpiry(day: string, now: Date): boolean {
  return day < now.toISOString().slice(0, 10);
}

/** Default retention length in days (a year counts as 365 days, as S3 does). */
export function retentionDays(retention: { days?: number; years?: number }): number {
  return (retention.days ?? 0) + (retention.years ?? 0) * 365;
}
