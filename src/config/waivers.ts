/**
 * The waivers file (`dbgap-audit.waivers.yml` in the working directory, or `--waivers FILE`): accepted risks, each
 * with a reason, an approver and an expiry date. Validated on load; a wrong waiver is one sentence naming the file,
 * the waiver (position and checkId) and the field (exit 2). Applying waivers is a pure function of the results.
 */
import { DAY_MS } from '../rules/dates.js';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { CHECKS } from '../../checks/index.js';
import { InputFileError } from '../errors.js';
import { checkYamlDepth, readInputFile } from '../files/read-input-file.js';
import type { CheckResult, Waiver, WaiverStatus } from '../model/scan-result.js';

export const DEFAULT_WAIVERS_FILE = 'dbgap-audit.waivers.yml';
export const DEFAULT_WAIVER_WARNING_DAYS = 14;


function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const knownCheckIds = new Set(CHECKS.map((check) => check.id));

const waiverSchema = z.strictObject({
  checkId: z.string().refine((id) => knownCheckIds.has(id), { message: 'is not a known check id (see dbgap-audit list-checks)' }),
  resources: z.array(z.string().min(1, 'must not contain an empty pattern')).min(1, 'must list at least one ARN or glob'),
  reason: z.string().trim().min(1, 'must not be empty'),
  approvedBy: z.string().trim().min(1, 'must not be empty'),
  expires: z.string().refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD' }),
  ticket: z.string().min(1).optional(),
});

const waiversFileSchema = z.strictObject({ waivers: z.array(z.unknown()) });

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${(issue as { keys: string[] }).keys[0]}`;
  const field = issue.path.map(String).join('.');
  // zod does not keep the input on an issue; a missing field is an invalid_type whose input was undefined.
  if (issue.code === 'invalid_type' && field && issue.message.endsWith('received undefined')) return `field ${field} is missing`;
  return `field ${field || '(top level)'} ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** Parses and validates the waivers file text. Every error names `source`. */
export function parseWaivers(text: string, source: string): Waiver[] {
  checkYamlDepth(text, `The waivers file ${source}`);
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    throw new InputFileError(`The waivers file ${source} is not valid YAML (${document.errors[0]?.message.split('\n')[0]}).`);
  }
  let data: unknown;
  try {
    // Aliases are refused outright: waivers never need them, and they enable "billion laughs" expansion.
    data = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    throw new InputFileError(`The waivers file ${source} could not be read: ${(error as Error).message.split('\n')[0]}.`);
  }
  const file = waiversFileSchema.safeParse(data ?? {});
  if (!file.success) {
    const first = file.error.issues[0];
    throw new InputFileError(`The waivers file ${source}: ${first ? describeIssue(first) : 'is invalid'} (expected a top-level 'waivers:' list).`);
  }
  return file.data.waivers.map((entry, position) => {
    const checked = waiverSchema.safeParse(entry);
    if (checked.success) {
      const { ticket, ...rest } = checked.data;
      return ticket === undefined ? rest : { ...rest, ticket };
    }
    const checkId = (entry as { checkId?: unknown } | null)?.checkId;
    const label = `waiver #${position + 1}${typeof checkId === 'string' ? ` (${checkId})` : ''}`;
    const first = checked.error.issues[0];
    throw new InputFileError(`The waivers file ${source}, ${label}: ${first ? describeIssue(first) : 'is invalid'}.`);
  });
}

/**
 * Loads `path` when given (it must exist), else `dbgap-audit.waivers.yml` in `cwd` when present, else nothing.
 */
export async function loadWaivers(path: string | undefined, cwd: string): Promise<{ waivers: Waiver[]; source: string } | undefined> {
  const candidate = path ?? join(cwd, DEFAULT_WAIVERS_FILE);
  const text = await readInputFile(candidate, { what: 'waivers file', optional: path === undefined });
  if (text === undefined) return undefined;
  return { waivers: parseWaivers(text, candidate), source: candidate };
}

/** `*` matches any run of characters (`:` and `/` included); everything else is literal and case-sensitive. */
export function arnPattern(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's');
}

export function waiverMatches(waiver: Waiver, result: CheckResult): boolean {
  return result.status === 'fail' && result.checkId === waiver.checkId && waiver.resources.some((glob) => arnPattern(glob).test(result.resourceArn));
}

/** Whole days from the scan date (UTC) to the expiry date: 0 on the expiry day, -1 the day after. */
export function daysUntilExpiry(waiver: Waiver, now: Date): number {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((Date.parse(`${waiver.expires}T00:00:00Z`) - today) / DAY_MS);
}

export interface WaiverOptions {
  now: Date;
  /** Applied waivers expiring within this many days are reported as `expiring`. */
  warningDays: number;
}

/**
 * Marks every failing result that an unexpired waiver covers (the first such waiver in file order wins) and reports
 * each waiver's status. A waiver is valid through its `expires` day (UTC); an expired one is not applied.
 */
export function applyWaivers(
  results: readonly CheckResult[],
  waivers: readonly Waiver[],
  options: WaiverOptions,
): { results: CheckResult[]; statuses: WaiverStatus[] } {
  const daysLeft = waivers.map((waiver) => daysUntilExpiry(waiver, options.now));
  const matched = waivers.map(() => 0);
  const updated = results.map((result) => {
    let applied: Waiver | undefined;
    waivers.forEach((waiver, position) => {
      if (!waiverMatches(waiver, result)) return;
      matched[position] = (matched[position] ?? 0) + 1;
      if (!applied && (daysLeft[position] ?? -1) >= 0) applied = waiver;
    });
    return applied ? { ...result, waiver: applied } : result;
  });
  const statuses = waivers.map((waiver, position): WaiverStatus => {
    const left = daysLeft[position] ?? 0;
    const count = matched[position] ?? 0;
    const status = left < 0 ? 'expired' : count === 0 ? 'unused' : left <= options.warningDays ? 'expiring' : 'applied';
    return { ...waiver, index: position + 1, status, matched: count, daysLeft: left };
  });
  return { results: updated, statuses };
}

/** One warning line per waiver that needs attention (expired, unused, expiring soon). */
export function describeWaiverWarnings(statuses: readonly WaiverStatus[], source: string): string[] {
  return statuses.flatMap((waiver) => {
    const label = `waiver #${waiver.index} (${waiver.checkId}) in ${source}`;
    switch (waiver.status) {
      case 'expired':
        return [`${label} expired on ${waiver.expires} and was not applied (${waiver.matched} failing result(s) it would cover).`];
      case 'unused':
        return [`${label} matches no failing result; remove it or fix its resources.`];
      case 'expiring':
        return [`${label} expires on ${waiver.expires} (${waiver.daysLeft === 0 ? 'today' : `in ${waiver.daysLeft} day(s)`}); renew or fix.`];
      default:
        return [];
    }
  });
}
