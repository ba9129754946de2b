/**
 * Candidate values for one request dimension: every value that can change a verdict and nothing else. For each kind
 * of value the candidates cover every cell of the partition the policy's own values draw:
 *
 * - strings and ARNs: one witness per realizable combination of the policy's patterns (witness.ts);
 * - numbers and dates: each boundary the policy names, a point between each pair, and one beyond each end;
 * - IP addresses: the first and last address of each range and the addresses just outside it, so every interval
 *   between range boundaries has a representative.
 *
 * Values an outsider cannot hold (a literal the policy names for an identity they do not own, an IP range the owner
 * can be presumed to hold) are left out by the caller's `owned` patterns and ranges.
 */
import { parseDate } from './conditions.js';
import { formatAddress, maxAddress, parseRange, rangeContains, type IpRange } from './ip-range.js';
import type { Pattern } from './pattern.js';
import { witnessClasses } from './witness.js';

export interface StringCandidates {
  readonly values: string[];
  readonly complete: boolean;
}

/**
 * One witness per combination of `patterns`, skipping combinations that match an `owned` pattern (values the caller
 * cannot use). `required` patterns describe the value's shape.
 */
export function stringCandidates(patterns: readonly Pattern[], owned: readonly Pattern[] = [], required: readonly Pattern[] = []): StringCandidates {
  const all = [...patterns, ...owned];
  const quick = literalCandidates(patterns, all, required) ?? onlyFresh(patterns, all, owned, required);
  if (quick) return quick;
  const { classes, complete } = witnessClasses(all, required);
  const values: string[] = [];
  for (const entry of classes) {
    if (entry.matches.slice(patterns.length).some(Boolean)) continue;
    values.push(readable(entry.witness, entry.matches, all, required));
  }
  return { values, complete };
}

/**
 * The common case without a search: every pattern is a plain literal (account ids, role names, endpoint ids). Each
 * literal is its own class; one value that is none of them is the remaining class.
 */
function literalCandidates(patterns: readonly Pattern[], all: readonly Pattern[], required: readonly Pattern[]): StringCandidates | undefined {
  if (!all.every((entry) => entry.literal !== undefined)) return undefined;
  const literals = new Set(all.map((entry) => entry.literal as string));
  const fitsShape = (value: string) => required.every((entry) => entry.test(value));
  const values: string[] = [];
  for (const literal of literals) {
    if (!fitsShape(literal)) continue;
    // Values that match an owned pattern are dropped by the caller's rule below.
    if (all.slice(patterns.length).some((entry) => entry.test(literal))) continue;
    values.push(literal);
  }
  const base = required.length === 0 ? 'example' : witnessClasses([], required).classes[0]?.witness;
  if (base === undefined) return { values, complete: true };
  const tries = [`${base.replace(/9+$/, '')}example`, base, `${base}example`];
  for (let index = 1; index < 60; index += 1) tries.push(base.length > 0 ? base.slice(0, -String(index).length) + String(index) : `example${index}`);
  const fresh = tries.find((value) => fitsShape(value) && !literals.has(value));
  if (fresh === undefined) return undefined;
  values.push(fresh);
  return { values, complete: true };
}

const isAnyRun = (token: Pattern['tokens'][number]) => token.run && token.cls.negated && token.cls.chars === '';

/** Does every value `pattern` matches also match `owner`? Decided for the shapes that occur: literals and `prefix*`. */
function subsumedBy(pattern: Pattern, owner: Pattern): boolean {
  if (pattern.literal !== undefined) return owner.test(pattern.literal);
  const last = owner.tokens[owner.tokens.length - 1];
  const prefix = owner.tokens.slice(0, -1);
  if (!last || !isAnyRun(last) || !prefix.every((token) => !token.run && !token.cls.negated && token.cls.chars.length === 1)) return false;
  return prefix.every((token, index) => {
    const other = pattern.tokens[index];
    return other !== undefined && !other.run && !other.cls.negated && other.cls.chars === token.cls.chars;
  });
}

/**
 * When every pattern is owned (or only matches owned values), the one class an outsider can reach is "none of them":
 * a fresh value that matches nothing, found without a search.
 */
function onlyFresh(patterns: readonly Pattern[], all: readonly Pattern[], owned: readonly Pattern[], required: readonly Pattern[]): StringCandidates | undefined {
  if (owned.length === 0 || !patterns.every((entry) => owned.some((owner) => subsumedBy(entry, owner)))) return undefined;
  const base = required.length === 0 ? '' : witnessClasses([], required).classes[0]?.witness ?? '';
  const fresh = [`${base.replace(/9+$/, '')}example`, base, `${base}dbgap-audit-probe`, 'dbgap-audit-probe'].find(
    (value) => required.every((entry) => entry.test(value)) && !all.some((entry) => entry.test(value)),
  );
  return fresh === undefined ? undefined : { values: [fresh], complete: true };
}

/**
 * The shortest witness is often a stand-in character (`role/9`, `vpce-`); a longer value of the same class reads
 * better in a finding (`role/example`, `vpce-example`). Only used when it matches exactly the same patterns.
 */
function readable(witness: string, matches: readonly boolean[], all: readonly Pattern[], required: readonly Pattern[]): string {
  for (const alternative of [`${witness.replace(/9+$/, '')}example`, `${witness}example`]) {
    if (alternative === witness) continue;
    if (required.every((entry) => entry.test(alternative)) && all.every((entry, index) => entry.test(alternative) === matches[index])) return alternative;
  }
  return witness;
}

function uniqueSorted(numbers: readonly number[]): number[] {
  return [...new Set(numbers.filter((value) => Number.isFinite(value)))].sort((a, b) => a - b);
}

/** Boundaries, midpoints and both outsides of the sorted policy numbers. */
export function numberCandidates(policyValues: readonly string[]): string[] {
  const numbers = uniqueSorted(policyValues.map((text) => Number(text.trim())));
  if (numbers.length === 0) return ['0'];
  const values: number[] = [(numbers[0] as number) - 1];
  numbers.forEach((value, index) => {
    values.push(value);
    const next = numbers[index + 1];
    values.push(next === undefined ? value + 1 : (value + next) / 2);
  });
  return [...new Set(values)].map(String);
}

/** The same for dates. */
export function dateCandidates(policyValues: readonly string[]): string[] {
  const instants = uniqueSorted(policyValues.map((text) => parseDate(text) ?? Number.NaN));
  const values: number[] = [];
  if (instants.length === 0) values.push(0);
  else {
    values.push((instants[0] as number) - 1000);
    instants.forEach((value, index) => {
      values.push(value);
      const next = instants[index + 1];
      values.push(next === undefined ? value + 1000 : Math.floor((value + next) / 2));
    });
  }
  return [...new Set(values)].map((value) => new Date(value).toISOString());
}

/** An address on the public internet reserved for documentation (RFC 5737, RFC 3849): a neutral "some caller". */
const EXAMPLE_ADDRESSES = { 4: '203.0.113.7', 6: '2001:db8::7' } as const;

/**
 * Source addresses: the boundaries of every range the policy names (and the addresses next to them), in both
 * families, minus the addresses inside `owned` ranges.
 */
export function addressCandidates(policyValues: readonly string[], owned: readonly IpRange[] = []): string[] {
  const ranges = policyValues.flatMap((text) => {
    const range = parseRange(text);
    return range ? [range] : [];
  });
  const points: Array<{ family: 4 | 6; value: bigint }> = [];
  for (const family of [4, 6] as const) {
    const example = parseRange(EXAMPLE_ADDRESSES[family]) as IpRange;
    points.push({ family, value: example.first });
    for (const range of ranges.filter((entry) => entry.family === family)) {
      for (const value of [range.first - 1n, range.first, range.last, range.last + 1n]) {
        if (value >= 0n && value <= maxAddress(family)) points.push({ family, value });
      }
    }
  }
  const seen = new Set<string>();
  const values: string[] = [];
  for (const point of points) {
    const address = { family: point.family, prefix: point.family === 4 ? 32 : 128, first: point.value, last: point.value, text: '' };
    if (owned.some((range) => rangeContains(range, address))) continue;
    const text = formatAddress(point.family, point.value);
    if (seen.has(text)) continue;
    seen.add(text);
    values.push(text);
  }
  return values;
}

/** Every subset of a few values (for multivalued keys), or, past `maxExact` values, each single value and all of them. */
export function subsets(values: readonly string[], maxExact = 6): { sets: string[][]; complete: boolean } {
  if (values.length <= maxExact) {
    const sets: string[][] = [];
    for (let mask = 0; mask < 1 << values.length; mask += 1) sets.push(values.filter((_, index) => (mask & (1 << index)) !== 0));
    return { sets, complete: true };
  }
  return { sets: [[], ...values.map((value) => [value]), [...values]], complete: false };
}
