/**
 * The terminal report, the only writer that knows about colour. It leads with what matters:
 *   1. a header (tool version, account, regions, scan time);
 *   2. a summary: severity × status counts, then counts per dbGaP control area;
 *   3. failures, by severity then check, each check with its one-sentence fix and documentation link;
 *   4. errors, each cause once, with the IAM action it lacked;
 *   5. what is not shown (passes, not applicable, attestation items) with the flag that shows it;
 *   6. waivers, baseline, per-account counts, and the one-line summary last (for `tail -1` in CI logs).
 * Every line fits the given width (except rows with `wide`, which keep one finding per line for grep). Resources are
 * named by the shortest tail of their ARN that is unique in the report; the full ARN follows once per resource.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import { RESULT_STATUSES, type ResultStatus } from '../src/model/check.js';
import { describeFailure, type CollectionFailure } from '../src/model/failure.js';
import type { CheckResult, CheckSummary, ScanResult } from '../src/model/scan-result.js';
import { SEVERITIES, severityRank, type Severity } from '../src/model/severity.js';
import { checkHelpUri } from './common.js';

export interface TableOptions {
  color: boolean;
  /** Also list passing results (default: counted, not listed). */
  showPassed?: boolean;
  /** Print the attestation items (default: one line pointing to them). */
  showManual?: boolean;
  /** Rows with the full ARN, one finding per line, not wrapped. */
  wide?: boolean;
  /** Terminal width in columns (default 80). */
  width?: number;
  /** `--status`: list only results with these statuses (default: fail and error, plus the show flags). */
  statuses?: readonly ResultStatus[];
  /** `--severity`: list only results of these severities. The summary still counts everything. */
  severities?: readonly Severity[];
}

export const DEFAULT_WIDTH = 80;
/** Narrower than this the count tables cannot fit: the table is laid out for this width and lines may exceed the terminal. */
export const MIN_WIDTH = 60;

/**
 * The width to lay the table out for: the terminal's when stdout is one; otherwise `COLUMNS` (POSIX: it overrides
 * the terminal width), otherwise 80. Trivy does not measure the terminal at all (its tables grow to fit the
 * content, up to 60 columns per cell); a pipe or CI log has no width, so 80 is the safe reading width.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = {}): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
}

// ---------- text helpers (plain text in, plain text out; colour is applied after layout) ----------

/** Resource names and messages come from AWS: control characters (an ESC could drive the terminal) are shown escaped. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Display width in columns, counting code points (dbgap-audit's own text and AWS names are not East Asian wide). */
function displayWidth(text: string): number {
  return Array.from(text).length;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Greedy word wrap; a word longer than the width (an ARN, a policy) is broken at the width. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of sanitize(text).split(' ').filter(Boolean)) {
    let rest = Array.from(word);
    if (line && displayWidth(line) + 1 + rest.length <= limit) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit).join(''));
      rest = rest.slice(limit);
    }
    line = rest.join('');
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Wraps `text` after a first-line prefix, continuing under the text (a hanging indent). */
function hangingWrap(prefix: string, text: string, width: number, indent = displayWidth(prefix)): string[] {
  const wrapped = wrapText(text, width - indent);
  return wrapped.map((line, index) => (index === 0 ? padEnd(prefix, indent) : ' '.repeat(indent)) + line);
}

/** The first sentence of a remediation summary: the one-line fix shown under a failing check. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return match?.[1] ?? text.trim();
}

/**
 * The shortest tail of each ARN, cut after a `:` or `/`, that no other ARN in the list ends with.
 * `arn:aws:ec2:us-east-1:1:security-group/sg-1` → `sg-1`; two `…:account` ARNs → `us-east-1:1:account`.
 * With `accountId` (a single-account report, whose header names the account) that account's id is left out of the
 * ARN first: `arn:aws:ec2:us-west-2:1:account` → `ec2:us-west-2:account`.
 */
export function uniqueTails(arns: Iterable<string>, accountId?: string): Map<string, string> {
  const withoutAccount = (arn: string): string => {
    const fields = arn.split(':');
    return accountId !== undefined && fields.length > 5 && fields[0] === 'arn' && fields[4] === accountId ? [...fields.slice(0, 4), ...fields.slice(5)].join(':') : arn;
  };
  const originals = [...new Set(arns)];
  const shortened = new Map(originals.map((arn) => [arn, withoutAccount(arn)]));
  const distinct = [...new Set(shortened.values())];
  const suffixes = (arn: string): string[] => {
    const found: string[] = [];
    for (let index = arn.length - 1; index > 0; index -= 1) {
      const char = arn[index - 1];
      if ((char === ':' || char === '/') && arn[index] !== ':' && arn[index] !== '/') found.push(arn.slice(index));
    }
    found.push(arn);
    return found;
  };
  const counts = new Map<string, number>();
  const candidates = new Map<string, string[]>();
  for (const arn of distinct) {
    const list = [...new Set(suffixes(arn))];
    candidates.set(arn, list);
    for (const suffix of list) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  const tails = new Map<string, string>();
  for (const arn of originals) {
    const short = shortened.get(arn) ?? arn;
    tails.set(arn, candidates.get(short)?.find((suffix) => counts.get(suffix) === 1) ?? short);
  }
  return tails;
}

/** Cuts text to one line of `width` columns at a word boundary, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  const clean = sanitize(text);
  if (displayWidth(clean) <= width) return clean;
  const chars = Array.from(clean).slice(0, Math.max(0, width - 1));
  const cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}

/**
 * A tail longer than its column loses its middle (`cloudtrail:…:account`), or, as one word, its end (ids and names
 * are read from the start); the full ARN is printed below it.
 */
export function fitTail(tail: string, width: number): string {
  const chars = Array.from(tail);
  if (chars.length <= width) return tail;
  const firstSeparator = chars.findIndex((char) => char === ':' || char === '/');
  const lastSeparator = Math.max(chars.lastIndexOf(':'), chars.lastIndexOf('/'));
  if (firstSeparator > 0 && lastSeparator > firstSeparator) {
    const elided = `${chars.slice(0, firstSeparator + 1).join('')}…${chars.slice(lastSeparator).join('')}`;
    if (displayWidth(elided) <= width) return elided;
  }
  return `${chars.slice(0, width - 1).join('')}…`;
}

// ---------- colour ----------

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  informational: 'INFO',
};

/** Severity labels are at most 8 columns wide: CRITICAL is never cut. */
const SEVERITY_WIDTH = 8;

/** Colour by severity and by row label: lookup tables, so the two palettes read side by side. */
const SEVERITY_STYLE: Record<Severity, (chalk: ChalkInstance) => ChalkInstance> = {
  critical: (chalk) => chalk.bgRed.white.bold,
  high: (chalk) => chalk.red.bold,
  medium: (chalk) => chalk.yellow,
  low: (chalk) => chalk.cyan,
  informational: (chalk) => chalk.gray,
};

function paintSeverity(chalk: ChalkInstance, severity: Severity, text: string = SEVERITY_LABEL[severity]): string {
  return SEVERITY_STYLE[severity](chalk)(text);
}

type RowLabel = 'FAIL' | 'WAIVED' | 'ERROR' | 'PASS' | 'N/A' | 'MANUAL';

const LABEL_STYLE: Record<RowLabel, (chalk: ChalkInstance) => ChalkInstance> = {
  FAIL: (chalk) => chalk.red,
  WAIVED: (chalk) => chalk.magenta,
  ERROR: (chalk) => chalk.yellow.bold,
  PASS: (chalk) => chalk.green,
  'N/A': (chalk) => chalk.gray,
  MANUAL: (chalk) => chalk.blue,
};

function rowLabel(result: CheckResult): RowLabel {
  if (result.waiver) return 'WAIVED';
  const labels: Record<ResultStatus, RowLabel> = { fail: 'FAIL', error: 'ERROR', pass: 'PASS', not_applicable: 'N/A', manual: 'MANUAL' };
  return labels[result.status];
}

function paintLabel(chalk: ChalkInstance, label: RowLabel, text: string): string {
  return LABEL_STYLE[label](chalk)(text);
}

// ---------- sections ----------

interface Layout {
  chalk: ChalkInstance;
  width: number;
  wide: boolean;
  checks: Map<string, CheckSummary>;
  tails: Map<string, string>;
  /** Resources whose full ARN has been printed (keyed by account and ARN). */
  printed: Set<string>;
}

function compareRows(a: CheckResult, b: CheckResult): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    Number(Boolean(a.waiver)) - Number(Boolean(b.waiver)) ||
    a.accountId.localeCompare(b.accountId) ||
    a.resourceArn.localeCompare(b.resourceArn)
  );
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `2026-11-20T14:30:00.000Z` → `2026-11-20 14:30 UTC`. */
function utc(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function renderHeader(result: ScanResult, layout: Layout): string[] {
  const { chalk, width } = layout;
  const { account, accounts, regions } = result.scan;
  const who =
    accounts.length > 1
      ? `${accounts.length} accounts (${account.partition})`
      : `account ${account.id} (${[account.alias, account.partition].filter(Boolean).join(', ')})`;
  const lines = wrapText(`dbgap-audit ${result.tool.version} · ${who}`, width).map((line) => chalk.bold(line));
  lines.push(...hangingWrap(`Regions (${regions.length}): `, regions.join(', ') || 'none', width));
  if (result.scan.skippedRegions?.length) lines.push(...hangingWrap('Skipped (not enabled): ', result.scan.skippedRegions.join(', '), width));
  const seconds = Math.round((Date.parse(result.scan.finishedAt) - Date.parse(result.scan.startedAt)) / 1000);
  const source =
    result.scan.source === 'live'
      ? `live, ${Number.isFinite(seconds) ? `${seconds} s` : 'duration unknown'}`
      : `inventory collected ${utc(result.scan.inventoryCollectedAt)}`;
  lines.push(...wrapText(`Scanned ${utc(result.scan.startedAt)}; ${source}`, width));
  if (result.dataInventory) {
    const count = result.dataInventory.length;
    lines.push(...wrapText(`${plural(count, 'data store')} hold${count === 1 ? 's' : ''} or may hold dbGaP data (evidence bundle, --format json)`, width));
  }
  return lines;
}

const SUMMARY_COLUMNS: Array<{ label: string; count: (results: CheckResult[]) => number }> = [
  { label: 'FAIL', count: (results) => results.filter((entry) => entry.status === 'fail' && !entry.waiver).length },
  { label: 'WAIVED', count: (results) => results.filter((entry) => entry.status === 'fail' && entry.waiver).length },
  { label: 'ERROR', count: (results) => results.filter((entry) => entry.status === 'error').length },
  { label: 'PASS', count: (results) => results.filter((entry) => entry.status === 'pass').length },
  { label: 'N/A', count: (results) => results.filter((entry) => entry.status === 'not_applicable').length },
  { label: 'MANUAL', count: (results) => results.filter((entry) => entry.status === 'manual').length },
  { label: 'TOTAL', count: (results) => results.length },
];

/**
 * A borderless count table, one line per row: a label column (cut with `…` when the terminal is narrow: the area
 * number still names it), then right-aligned counts, each column as wide as its heading or its largest count.
 */
function countTable(
  heading: string,
  rows: Array<{ label: string; paint?: (text: string) => string; results: CheckResult[] }>,
  layout: Layout,
): string[] {
  const { chalk, width } = layout;
  const cells = rows.map((row) => SUMMARY_COLUMNS.map((column) => column.count(row.results)));
  const columnWidths = SUMMARY_COLUMNS.map((column, index) => 1 + Math.max(column.label.length, ...cells.map((counts) => String(counts[index]).length)));
  const numbers = columnWidths.reduce((total, columnWidth) => total + columnWidth, 0);
  const labelWidth = Math.max(8, Math.min(Math.max(displayWidth(heading), ...rows.map((row) => displayWidth(row.label))), width - numbers));
  const lines = [chalk.bold(padEnd(heading, labelWidth) + SUMMARY_COLUMNS.map((column, index) => padStart(column.label, columnWidths[index] ?? 0)).join(''))];
  rows.forEach((row, rowIndex) => {
    const label = truncate(row.label, labelWidth);
    const counts = SUMMARY_COLUMNS.map((column, index) => {
      const count = cells[rowIndex]?.[index] ?? 0;
      const text = padStart(String(count), columnWidths[index] ?? 0);
      if (count === 0) return chalk.gray(text);
      return column.label === 'FAIL' ? chalk.red(text) : column.label === 'ERROR' ? chalk.yellow(text) : text;
    });
    lines.push((row.paint ? row.paint(label) : label) + ' '.repeat(labelWidth - displayWidth(label)) + counts.join(''));
  });
  return lines;
}

function renderSummaryTables(result: ScanResult, layout: Layout): string[] {
  const { chalk } = layout;
  const bySeverity = SEVERITIES.map((severity) => ({
    label: SEVERITY_LABEL[severity],
    paint: (text: string) => paintSeverity(chalk, severity, text),
    results: result.results.filter((entry) => entry.severity === severity),
  }));
  const byArea = CONTROL_AREAS.map((area) => ({
    label: `${String(area.number).padStart(2)}. ${area.title}`,
    results: result.results.filter((entry) => entry.controlArea === area.id),
  })).filter((row) => row.results.length > 0);
  return [
    ...countTable('Severity', [...bySeverity, { label: 'Total', results: result.results }], layout),
    '',
    ...countTable('Control area', byArea, layout),
  ];
}

/** One finding: STATUS  tail  message (wrapped), then the full ARN the first time the resource appears. */
function renderRow(entry: CheckResult, layout: Layout, tailWidth: number, tails: Map<string, string>, note?: string): string[] {
  const { chalk, width, wide } = layout;
  const label = rowLabel(entry);
  const status = paintLabel(chalk, label, padEnd(label, 6));
  const marker = entry.baseline === 'new' ? '[new] ' : entry.baseline === 'existing' ? '[existing] ' : '';
  const message = sanitize(marker + entry.message + (note ? ` ${note}` : ''));
  const arn = sanitize(entry.resourceArn);
  if (wide) return [`  ${status}  ${padEnd(arn, tailWidth)}  ${message}`];
  const tail = tails.get(entry.resourceArn) ?? fitTail(sanitize(entry.resourceArn), tailWidth);
  const indent = 2 + 6 + 2 + tailWidth + 2;
  const messageLines = wrapText(message, width - indent);
  const lines = messageLines.map((line, index) =>
    index === 0 ? `  ${status}  ${padEnd(tail, tailWidth)}  ${line}` : `${' '.repeat(indent)}${line}`,
  );
  const key = `${entry.accountId}\u0000${entry.resourceArn}`;
  // Once per resource, and not when the tail or the message already shows the whole ARN.
  if (!layout.printed.has(key) && tail !== arn && !message.includes(arn)) {
    layout.printed.add(key);
    lines.push(...wrapText(arn, width - 10).map((line) => chalk.dim(`${' '.repeat(10)}${line}`)));
  }
  return lines;
}

function tailColumnWidth(rows: readonly CheckResult[], layout: Layout): number {
  if (layout.wide) return Math.max(0, ...rows.map((entry) => displayWidth(sanitize(entry.resourceArn))));
  const longest = Math.max(4, ...rows.map((entry) => displayWidth(sanitize(layout.tails.get(entry.resourceArn) ?? entry.resourceArn))));
  // Up to 30% of the line, and never under 24 columns: EC2 ids (snap-0123456789abcdef0) and regional account
  // settings (ec2:us-west-2:account) fit whole.
  return Math.min(longest, Math.max(24, Math.floor((layout.width - 12) * 0.3)));
}

/** Each row's tail fitted to the column; two ARNs whose fitted tails would read the same keep their ends instead. */
function fittedTails(rows: readonly CheckResult[], layout: Layout, width: number): Map<string, string> {
  const arns = [...new Set(rows.map((entry) => entry.resourceArn))];
  const tailOf = (arn: string) => sanitize(layout.tails.get(arn) ?? arn);
  const fitted = new Map(arns.map((arn) => [arn, fitTail(tailOf(arn), width)]));
  const seen = new Map<string, number>();
  for (const text of fitted.values()) seen.set(text, (seen.get(text) ?? 0) + 1);
  for (const [arn, text] of fitted) {
    if ((seen.get(text) ?? 0) < 2) continue;
    const chars = Array.from(tailOf(arn));
    fitted.set(arn, `…${chars.slice(chars.length - width + 1).join('')}`);
  }
  return fitted;
}

function waiverNote(entry: CheckResult): string | undefined {
  if (!entry.waiver) return undefined;
  const ticket = entry.waiver.ticket ? ` (${entry.waiver.ticket})` : '';
  return `Waived until ${entry.waiver.expires} by ${entry.waiver.approvedBy}${ticket}: ${entry.waiver.reason}`;
}

/**
 * Rows grouped by severity and check: a heading line (severity, check id, title), for failures the fix and its
 * documentation link, then one row per finding.
 */
function renderGroupedRows(rows: CheckResult[], layout: Layout, withFix: boolean): string[] {
  const { chalk, width } = layout;
  const lines: string[] = [];
  const sorted = [...rows].sort(compareRows);
  const tailWidth = tailColumnWidth(sorted, layout);
  const tails = fittedTails(sorted, layout, tailWidth);
  let group = '';
  for (const entry of sorted) {
    const key = `${entry.severity}\u0000${entry.checkId}`;
    if (key !== group) {
      group = key;
      const check = layout.checks.get(entry.checkId);
      const count = sorted.filter((other) => other.severity === entry.severity && other.checkId === entry.checkId).length;
      // One heading line: the check id whole (wrapped if the terminal is very narrow), the title cut to fit.
      const name = `${entry.checkId} (${count})`;
      const room = width - SEVERITY_WIDTH - 1 - displayWidth(name) - 1;
      const heading = check && room >= 12 ? [`${name} ${truncate(check.title, room)}`] : wrapText(name, width - SEVERITY_WIDTH - 1);
      lines.push(
        ...heading.map((line, index) =>
          index === 0
            ? `${paintSeverity(chalk, entry.severity)}${' '.repeat(SEVERITY_WIDTH + 1 - SEVERITY_LABEL[entry.severity].length)}${chalk.bold(line)}`
            : `${' '.repeat(SEVERITY_WIDTH + 1)}${chalk.bold(line)}`,
        ),
      );
      if (withFix && check) {
        lines.push(`  Fix:  ${truncate(firstSentence(check.remediation.summary), width - 8)}`);
        // A URL is never broken: a terminal keeps a long one clickable by soft-wrapping it, a broken one is dead.
        lines.push(chalk.dim(`  Docs: ${check.remediation.docUrl ?? checkHelpUri(check.id)}`));
      }
    }
    lines.push(...renderRow(entry, layout, tailWidth, tails, waiverNote(entry)));
  }
  return lines;
}

function sectionHeading(chalk: ChalkInstance, text: string, width: number): string[] {
  return ['', ...wrapText(text, width).map((line) => chalk.bold.underline(line))];
}

/** Collection failures grouped by cause (API, error code, IAM action): one entry however many regions or resources. */
interface ErrorCause {
  failure: CollectionFailure;
  regions: Set<string>;
  resources: Set<string>;
  checks: Set<string>;
  results: number;
}

/** `check-a, check-b` and, when some check has several, the number of results. */
function affected(checks: Set<string>, results: number): string {
  return `${[...checks].sort().join(', ')}${results > checks.size ? ` (${results} results)` : ''}`;
}

function renderErrors(result: ScanResult, errors: CheckResult[], layout: Layout): string[] {
  const { chalk, width } = layout;
  if (errors.length === 0 && result.collectionErrors.length === 0) return [];
  const causes = new Map<string, ErrorCause>();
  // The evaluator words an error result from its failure (src/evaluate.ts): a result whose message holds that
  // wording was caused by it.
  const byWording: Array<[string, ErrorCause]> = [];
  for (const failure of result.collectionErrors) {
    const key = [failure.api, failure.code, failure.kind, failure.action].join('\u0000');
    const cause = causes.get(key) ?? { failure, regions: new Set(), resources: new Set(), checks: new Set(), results: 0 };
    if (failure.region) cause.regions.add(failure.region);
    if (failure.resourceArn) cause.resources.add(failure.resourceArn);
    causes.set(key, cause);
    byWording.push([describeFailure(failure), cause]);
  }
  const other = new Map<string, { message: string; checks: Set<string>; results: number }>();
  for (const entry of errors) {
    const cause = byWording.find(([wording]) => entry.message.includes(wording))?.[1];
    if (cause) {
      cause.checks.add(entry.checkId);
      cause.results += 1;
      continue;
    }
    const item = other.get(entry.message) ?? { message: entry.message, checks: new Set<string>(), results: 0 };
    item.checks.add(entry.checkId);
    item.results += 1;
    other.set(entry.message, item);
  }
  const lines = sectionHeading(
    chalk,
    `Errors: ${plural(errors.length, 'result')} not evaluated, ${plural(result.collectionErrors.length, 'collection error')} (the scan is incomplete)`,
    width,
  );
  const tails = uniqueTails([...causes.values()].flatMap((cause) => [...cause.resources]));
  for (const cause of [...causes.values()].sort((a, b) => a.failure.api.localeCompare(b.failure.api) || a.failure.code.localeCompare(b.failure.code))) {
    const { failure } = cause;
    const where = [
      cause.regions.size > 0 ? `in ${[...cause.regions].sort().join(', ')}` : '',
      cause.resources.size === 1 ? `for ${tails.get([...cause.resources][0] ?? '') ?? ''}` : cause.resources.size > 1 ? `for ${cause.resources.size} resources` : '',
    ].filter(Boolean);
    const why =
      failure.kind === 'access-denied'
        ? `needs ${failure.action}`
        : failure.kind === 'throttled'
          ? 'still throttled after retries'
          : failure.kind === 'timeout'
            ? 'timed out'
            : failure.kind === 'region-disabled'
              ? 'region not enabled'
              : failure.message;
    const affects = cause.checks.size > 0 ? ` · affects ${affected(cause.checks, cause.results)}` : '';
    lines.push(...hangingWrap(`  ${chalk.yellow.bold('ERROR')}  `, `${failure.api}${where.length ? ` ${where.join(' ')}` : ''}: ${failure.code}`, width, 9));
    lines.push(...hangingWrap('         ', `${why}${affects}`, width).map((line) => chalk.dim(line)));
  }
  for (const item of other.values()) {
    lines.push(...hangingWrap(`  ${chalk.yellow.bold('ERROR')}  `, item.message, width, 9));
    lines.push(...hangingWrap('         ', `affects ${affected(item.checks, item.results)}`, width).map((line) => chalk.dim(line)));
  }
  const actions = [...new Set(result.collectionErrors.filter((failure) => failure.kind === 'access-denied').map((failure) => failure.action))].sort();
  if (actions.length > 0) {
    lines.push(...hangingWrap('Missing IAM permissions: ', actions.join(', '), width));
    lines.push(...wrapText('`dbgap-audit policy` prints a policy with every action the checks need.', width));
  }
  return lines;
}

function renderManualItems(rows: CheckResult[], layout: Layout): string[] {
  const { chalk, width } = layout;
  const lines = sectionHeading(chalk, `Attestation items (${rows.length}): no API can show these; answer each in your security plan or the evidence bundle`, width);
  for (const entry of [...rows].sort(compareRows)) {
    const check = layout.checks.get(entry.checkId);
    lines.push('', ...wrapText(`${entry.checkId}${check ? `: ${check.title}` : ''}`, width).map((line) => chalk.blue.bold(line)));
    lines.push(...hangingWrap('  ', entry.message, width));
    if (check) lines.push(...hangingWrap('  Evidence: ', check.remediation.summary, width).map((line) => chalk.dim(line)));
  }
  return lines;
}

function renderWaiverSection(result: ScanResult, layout: Layout): string[] {
  const { chalk, width } = layout;
  const waivers = result.waivers;
  if (!waivers || waivers.length === 0) return [];
  const count = (status: string) => waivers.filter((waiver) => waiver.status === status).length;
  const lines = sectionHeading(
    chalk,
    `Waivers: ${count('applied') + count('expiring')} applied (${count('expiring')} expiring soon), ${count('expired')} expired, ${count('unused')} unused`,
    width,
  );
  for (const waiver of waivers) {
    const where = `#${waiver.index} ${waiver.checkId} [${waiver.resources.join(', ')}]`;
    if (waiver.status === 'expired') lines.push(...hangingWrap('  EXPIRED   ', `${where}: expired ${waiver.expires}, not applied to ${waiver.matched} failing result(s)`, width).map((line) => chalk.red(line)));
    if (waiver.status === 'expiring') lines.push(...hangingWrap('  EXPIRING  ', `${where}: expires ${waiver.expires} (${waiver.daysLeft} day(s) left)`, width).map((line) => chalk.yellow(line)));
    if (waiver.status === 'unused') lines.push(...hangingWrap('  UNUSED    ', `${where}: matches no failing result`, width).map((line) => chalk.gray(line)));
  }
  return lines;
}

function renderBaselineSection(result: ScanResult, layout: Layout): string[] {
  const { chalk, width } = layout;
  const baseline = result.baseline;
  if (!baseline) return [];
  const lines = sectionHeading(
    chalk,
    `Compared with baseline ${baseline.file} (scan of ${baseline.baselineStartedAt}): ${baseline.new} new, ${baseline.existing} existing failure(s), ${baseline.fixed.length} fixed`,
    width,
  );
  for (const area of CONTROL_AREAS) {
    const fixed = baseline.fixed.filter((entry) => entry.controlArea === area.id);
    if (fixed.length === 0) continue;
    lines.push(...wrapText(`  ${area.number}. ${area.title}`, width));
    for (const entry of fixed) {
      const now = entry.now === 'absent' ? 'gone' : entry.now.replace('_', ' ');
      lines.push(...hangingWrap('    FIXED  ', `${entry.checkId}  ${sanitize(entry.resourceArn)}  (now ${now})`, width).map((line) => chalk.green(line)));
    }
  }
  return lines;
}

/** Multi-account reports: one line of counts per account. */
function renderAccountSummary(result: ScanResult): string[] {
  if (!result.summaryByAccount) return [];
  const table = new Table({ head: ['Account', 'Pass', 'Fail', 'Error', 'N/A', 'Manual', 'Waived'], style: { head: [], border: [] } });
  for (const account of result.scan.accounts) {
    const counts = result.summaryByAccount[account.id];
    if (counts) table.push([account.id, counts.pass, counts.fail, counts.error, counts.not_applicable, counts.manual, counts.waived]);
  }
  return ['', 'Per account:', table.toString()];
}

export function renderSummaryLine(result: ScanResult, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const { summary } = result;
  const parts = [
    chalk.green(`${summary.pass} passed`),
    chalk.red(`${summary.fail} failed`) + (summary.waived ? ` (${summary.waived} waived)` : ''),
    chalk.yellow(`${summary.error} errors`),
    `${summary.not_applicable} not applicable`,
    chalk.blue(`${summary.manual} manual`),
  ];
  return `Summary: ${parts.join(', ')} — ${summary.total} results from ${result.checks.length} checks`;
}

/** Which statuses are listed row by row: `--status` (default: failures and errors), plus what the show flags add. */
export function displayedStatuses(options: Pick<TableOptions, 'statuses' | 'showPassed' | 'showManual'>): Set<ResultStatus> {
  const shown = new Set<ResultStatus>(options.statuses && options.statuses.length > 0 ? options.statuses : ['fail', 'error']);
  if (options.showPassed) shown.add('pass');
  if (options.showManual) shown.add('manual');
  return shown;
}

export function renderTable(result: ScanResult, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const statuses = displayedStatuses(options);
  const severities = options.severities && options.severities.length > 0 ? new Set(options.severities) : undefined;
  const isShown = (entry: CheckResult) => statuses.has(entry.status) && (!severities || severities.has(entry.severity));
  const shown = result.results.filter(isShown);
  const layout: Layout = {
    chalk,
    width,
    wide: options.wide ?? false,
    checks: new Map(result.checks.map((check) => [check.id, check])),
    tails: uniqueTails(result.results.map((entry) => entry.resourceArn), result.scan.accounts.length === 1 ? result.scan.account.id : undefined),
    printed: new Set(),
  };
  const lines: string[] = [...renderHeader(result, layout), '', ...renderSummaryTables(result, layout)];

  const failures = shown.filter((entry) => entry.status === 'fail');
  if (failures.length > 0) {
    const waived = failures.filter((entry) => entry.waiver).length;
    lines.push(
      ...sectionHeading(chalk, `Failures: ${failures.length - waived} to fix${waived ? `, ${waived} waived` : ''} (by severity, then check)`, width),
      ...renderGroupedRows(failures, layout, true),
    );
  }
  if (statuses.has('error')) {
    const errors = shown.filter((entry) => entry.status === 'error');
    // With --severity, the collection errors behind hidden rows are not listed either.
    lines.push(...renderErrors(severities ? { ...result, collectionErrors: errors.length > 0 ? result.collectionErrors : [] } : result, errors, layout));
  }
  for (const [status, title] of [['pass', 'Passed'], ['not_applicable', 'Not applicable']] as const) {
    const rows = shown.filter((entry) => entry.status === status);
    if (rows.length > 0) lines.push(...sectionHeading(chalk, `${title}: ${rows.length}`, width), ...renderGroupedRows(rows, layout, false));
  }
  const manual = shown.filter((entry) => entry.status === 'manual');
  if (manual.length > 0) lines.push(...renderManualItems(manual, layout));

  // What is not listed, and the flag that lists it.
  const hidden = (status: ResultStatus) => result.results.filter((entry) => entry.status === status && !isShown(entry)).length;
  const notShown: string[] = [];
  const flagFor: Record<ResultStatus, string> = {
    pass: '--show-passed',
    fail: '--status fail',
    error: '--status error',
    not_applicable: '--status not_applicable',
    manual: '--show-manual',
  };
  for (const status of RESULT_STATUSES) {
    if (status === 'manual') continue;
    const count = hidden(status);
    if (count > 0) notShown.push(`${count} ${status === 'not_applicable' ? 'not applicable' : status === 'pass' ? 'passed' : status === 'fail' ? 'failed' : 'error'} (${severities && statuses.has(status) ? '--severity' : flagFor[status]})`);
  }
  if (notShown.length > 0 || hidden('manual') > 0) lines.push('');
  if (notShown.length > 0) lines.push(...wrapText(`Hidden: ${notShown.join(', ')}.`, width));
  const hiddenManual = hidden('manual');
  if (hiddenManual > 0) {
    const one = hiddenManual === 1;
    lines.push(...wrapText(`${plural(hiddenManual, 'attestation item')} (manual) need${one ? 's' : ''} a signed answer: --show-manual prints ${one ? 'it' : 'them'}.`, width));
  }

  lines.push(...renderWaiverSection(result, layout), ...renderBaselineSection(result, layout), ...renderAccountSummary(result));
  const summary = wrapText(renderSummaryLine(result), width);
  lines.push('', ...(summary.length === 1 ? [renderSummaryLine(result, chalk)] : summary));
  return `${lines.join('\n')}\n`;
}

/** `scan --quiet` with the table format: the summary, the gating counts and the errors, nothing else. */
export function renderQuietTable(result: ScanResult): string {
  const lines: string[] = [];
  const errors = result.results.filter((entry) => entry.status === 'error');
  for (const entry of errors) lines.push(`ERROR ${entry.checkId} ${sanitize(entry.resourceArn)}: ${sanitize(entry.message)}`);
  if (result.collectionErrors.length > 0) lines.push(`The scan is incomplete: ${result.collectionErrors.length} collection error(s).`);
  if (result.baseline) lines.push(`Baseline: ${result.baseline.new} new, ${result.baseline.existing} existing failure(s), ${result.baseline.fixed.length} fixed.`);
  lines.push(renderSummaryLine(result, new Chalk({ level: 0 })));
  return `${lines.join('\n')}\n`;
}
