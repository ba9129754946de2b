/**
 * Exhaustive witnesses for a set of patterns: one string for every combination of patterns that some string matches
 * (and fails the others). A condition, Resource or Principal only ever asks "does the value match pattern P?", so two
 * values that match exactly the same patterns are interchangeable for every statement of the policy: one witness per
 * realizable combination covers every value a caller could send. This is what makes the adversarial search
 * exhaustive rather than sampled.
 *
 * The search walks the product of the patterns' automata breadth-first over one representative character per class
 * of characters that no pattern tells apart, so it finds every realizable combination (and the shortest string for it).
 */
import type { CharClass, Pattern } from './pattern.js';

export interface WitnessClass {
  readonly witness: string;
  /** matches[i]: does the witness match patterns[i]? */
  readonly matches: readonly boolean[];
}

export interface Witnesses {
  readonly classes: readonly WitnessClass[];
  /** false when the state limit was reached before every combination was seen. */
  readonly complete: boolean;
}

/** Readable characters tried first as the stand-in for "any other character". */
const PREFERRED = '9xzqkwjvy_-7';

function inClass(cls: CharClass, char: string): boolean {
  return cls.chars.includes(char) !== cls.negated;
}

/** One character per group of characters that belong to exactly the same classes. */
function representativeAlphabet(allClasses: readonly CharClass[]): string[] {
  const classes = [...new Map(allClasses.map((cls) => [`${cls.negated ? '^' : ''}${cls.chars}`, cls])).values()];
  const mentioned = new Set<string>();
  for (const cls of classes) for (const char of cls.chars) mentioned.add(char);
  let fresh: string | undefined;
  for (const char of PREFERRED) {
    if (!mentioned.has(char)) {
      fresh = char;
      break;
    }
  }
  for (let code = 0x4e00; fresh === undefined; code += 1) {
    const char = String.fromCharCode(code);
    if (!mentioned.has(char)) fresh = char;
  }
  const seen = new Set<string>();
  const alphabet: string[] = [];
  for (const char of [...PREFERRED, ...mentioned, fresh]) {
    if (!mentioned.has(char) && char !== fresh) continue;
    const signature = classes.map((cls) => (inClass(cls, char) ? '1' : '0')).join('');
    if (seen.has(signature)) continue;
    seen.add(signature);
    alphabet.push(char);
  }
  return alphabet;
}

function closure(pattern: Pattern, states: number[]): number[] {
  const result = new Set(states);
  const queue = [...states];
  while (queue.length > 0) {
    const state = queue.pop() as number;
    const token = pattern.tokens[state];
    if (token?.run && !result.has(state + 1)) {
      result.add(state + 1);
      queue.push(state + 1);
    }
  }
  return [...result].sort((a, b) => a - b);
}

function step(pattern: Pattern, states: readonly number[], char: string): number[] {
  const next: number[] = [];
  for (const state of states) {
    const token = pattern.tokens[state];
    if (!token || !inClass(token.cls, char)) continue;
    next.push(token.run ? state : state + 1);
  }
  return next.length === 0 ? next : closure(pattern, [...new Set(next)]);
}

/** The one character every required pattern accepts next, when they all sit on a literal character. */
function forcedChar(required: readonly Pattern[], states: readonly number[][]): string[] | undefined {
  let forced: string | undefined;
  for (let position = 0; position < required.length; position += 1) {
    const set = states[position] as number[];
    const token = set.length === 1 ? (required[position] as Pattern).tokens[set[0] as number] : undefined;
    if (!token || token.run || token.cls.negated || token.cls.chars.length !== 1) return undefined;
    if (forced !== undefined && forced !== token.cls.chars) return [];
    forced = token.cls.chars;
  }
  return forced === undefined ? undefined : [forced];
}

const memo = new Map<string, Witnesses>();
const MAX_MEMO = 5000;

/**
 * Every realizable match combination of `patterns`, each with its shortest witness. `required` patterns must match
 * (they describe the value's shape: twelve digits, the keys of one bucket); their bits are not part of the classes.
 */
export function witnessClasses(patterns: readonly Pattern[], required: readonly Pattern[] = [], limit = 4000): Witnesses {
  const memoKey = `${required.map((entry) => entry.id).join(',')}|${patterns.map((entry) => entry.id).join(',')}|${limit}`;
  const cached = memo.get(memoKey);
  if (cached) return cached;
  const result = computeWitnessClasses(patterns, required, limit);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(memoKey, result);
  return result;
}

/** From `state`, does the pattern accept every continuation (only runs of any character remain)? */
function acceptsEverything(pattern: Pattern, states: readonly number[]): boolean {
  return states.some((state) => pattern.tokens.slice(state).every((token) => token.run && token.cls.negated && token.cls.chars === ''));
}

/** …every continuation of at least one character (one any-character token, then runs of any character)? */
function acceptsEveryNonEmpty(pattern: Pattern, states: readonly number[]): boolean {
  if (acceptsEverything(pattern, states)) return true;
  return states.some((state) => {
    const [first, ...rest] = pattern.tokens.slice(state);
    return first !== undefined && !first.run && first.cls.negated && first.cls.chars === '' && rest.every((token) => token.run && token.cls.negated && token.cls.chars === '');
  });
}

/**
 * The common case, answered without a search: after the literal prefix every required pattern imposes (the keys of
 * one bucket), each pattern either matches every continuation or none, so there is a single class.
 */
function singleClass(patterns: readonly Pattern[], required: readonly Pattern[], start: number[][]): Witnesses | undefined {
  let states = start;
  let prefix = '';
  for (;;) {
    const forced = forcedChar(required, states);
    if (!forced || forced.length !== 1) break;
    const char = forced[0] as string;
    states = states.map((set, position) => step((position < required.length ? required[position] : patterns[position - required.length]) as Pattern, set, char));
    prefix += char;
  }
  if (!required.every((pattern, position) => acceptsEveryNonEmpty(pattern, states[position] as number[]))) return undefined;
  const matches: boolean[] = [];
  for (let position = 0; position < patterns.length; position += 1) {
    const set = states[required.length + position] as number[];
    if (set.length === 0) matches.push(false);
    else if (acceptsEverything(patterns[position] as Pattern, set)) matches.push(true);
    else return undefined;
  }
  // Every continuation is equivalent here: use a readable one.
  return { classes: [{ witness: `${prefix}9`, matches }], complete: true };
}

/** One pattern, no shape: a shortest match, and a value it does not match if there is one. */
function singlePattern(pattern: Pattern): Witnesses {
  const representative = (cls: CharClass) => (cls.negated ? [...PREFERRED].find((char) => !cls.chars.includes(char)) ?? '~' : cls.chars[0] ?? '');
  const match = pattern.tokens.map((token) => (token.run ? '' : representative(token.cls))).join('');
  const classes: WitnessClass[] = [{ witness: match, matches: [true] }];
  const miss = ['', 'example', 'dbgap-audit-probe', '9', `${match}~`].find((value) => !pattern.test(value));
  if (miss !== undefined) classes.push({ witness: miss, matches: [false] });
  return { classes, complete: miss !== undefined || pattern.tokens.every((token) => token.run && token.cls.negated && token.cls.chars === '') };
}

function computeWitnessClasses(patterns: readonly Pattern[], required: readonly Pattern[], limit: number): Witnesses {
  if (required.length === 0 && patterns.length === 1) {
    const quick = singlePattern(patterns[0] as Pattern);
    if (quick.complete) return quick;
  }
  const all = [...required, ...patterns];
  const start = all.map((pattern) => closure(pattern, [0]));
  if (required.length > 0) {
    const quick = singleClass(patterns, required, start);
    if (quick) return quick;
  }
  const alphabet = representativeAlphabet(all.flatMap((pattern) => pattern.tokens.map((token) => token.cls)));
  const key = (states: number[][]) => states.map((set) => set.join(',')).join('|');
  const visited = new Set<string>([key(start)]);
  const queue: Array<{ states: number[][]; text: string }> = [{ states: start, text: '' }];
  const classes = new Map<string, WitnessClass>();
  let complete = true;
  for (let index = 0; index < queue.length; index += 1) {
    const { states, text } = queue[index] as { states: number[][]; text: string };
    const accepts = states.map((set, position) => set.includes((all[position] as Pattern).tokens.length));
    if (accepts.slice(0, required.length).every(Boolean)) {
      const matches = accepts.slice(required.length);
      const signature = matches.map((bit) => (bit ? '1' : '0')).join('');
      if (!classes.has(signature)) classes.set(signature, { witness: text, matches });
    }
    // A required pattern that can no longer match makes every longer string useless.
    if (states.slice(0, required.length).some((set) => set.length === 0)) continue;
    for (const char of forcedChar(required, states) ?? alphabet) {
      const next: number[][] = [];
      let dead = false;
      for (let position = 0; position < all.length; position += 1) {
        const set = step(all[position] as Pattern, states[position] as number[], char);
        if (position < required.length && set.length === 0) {
          dead = true;
          break;
        }
        next.push(set);
      }
      if (dead) continue;
      const nextKey = key(next);
      if (visited.has(nextKey)) continue;
      if (visited.size >= limit) {
        complete = false;
        continue;
      }
      visited.add(nextKey);
      queue.push({ states: next, text: text + char });
    }
  }
  return { classes: [...classes.values()], complete };
}
