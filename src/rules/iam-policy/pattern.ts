/**
 * Patterns as IAM matches them, compiled once: literal strings (StringEquals), `*`/`?` wildcards (StringLike, Action,
 * principal names in settings), case-insensitive variants (StringEqualsIgnoreCase, actions), and ARNs matched segment
 * by segment (ArnLike/ArnEquals and the Resource element).
 *
 * A pattern is a list of tokens (a character class, or a run of zero or more characters of a class) so that the same
 * representation both tests values (through a RegExp built from it) and feeds the witness search (witness.ts).
 */

/** A set of characters (`negated` = every character except `chars`; negated with no chars = any character). */
export interface CharClass {
  readonly negated: boolean;
  readonly chars: string;
}

/** One character of `cls`, or (`run`) zero or more characters of `cls`. */
export interface Token {
  readonly run: boolean;
  readonly cls: CharClass;
}

export interface Pattern {
  /** Unique per compiled pattern (equal text and mode share one compiled pattern through the cache). */
  readonly id: number;
  readonly source: string;
  readonly tokens: readonly Token[];
  /** The pattern can match more than one string. */
  readonly hasWildcard: boolean;
  /** The one string the pattern matches, when it is a plain case-sensitive literal. */
  readonly literal?: string;
  test(value: string): boolean;
}

/** A character of a pattern before compilation: a literal, `*` or `?`. */
export type PatternChar = { readonly kind: 'literal'; readonly char: string } | { readonly kind: 'star' } | { readonly kind: 'one' };

const ANY: CharClass = { negated: true, chars: '' };
const NOT_COLON: CharClass = { negated: true, chars: ':' };

export function literalChars(text: string): PatternChar[] {
  return Array.from(text, (char) => ({ kind: 'literal', char }) as const);
}

/** `*` matches any run of characters and `?` exactly one; everything else is literal. */
export function wildcardChars(text: string): PatternChar[] {
  return Array.from(text, (char) => (char === '*' ? { kind: 'star' } : char === '?' ? { kind: 'one' } : { kind: 'literal', char }) as PatternChar);
}

function literalClass(char: string, ignoreCase: boolean): CharClass {
  if (!ignoreCase) return { negated: false, chars: char };
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  const chars = [...new Set([char, lower, upper].filter((entry) => entry.length === 1))].join('');
  return { negated: false, chars };
}

function tokensOf(chars: readonly PatternChar[], ignoreCase: boolean, wildcardClass: CharClass): Token[] {
  return chars.map((entry) => {
    if (entry.kind === 'star') return { run: true, cls: wildcardClass };
    if (entry.kind === 'one') return { run: false, cls: wildcardClass };
    return { run: false, cls: literalClass(entry.char, ignoreCase) };
  });
}

/**
 * ARN matching by segment: "Each of the six colon-delimited components of the ARN is checked separately and each can
 * include multi-character match wildcards (*) or single-character match wildcards (?)" (IAM User Guide, Condition
 * operators, "Amazon Resource Name (ARN) condition operators"). A wildcard in the first five components stays inside
 * its component; the sixth (resource) component is the rest of the ARN, colons included. A pattern with fewer than six
 * components is completed with `*` components (as IAM does for short resource ARNs), so `arn:*` covers every ARN.
 */
function arnTokens(chars: readonly PatternChar[]): Token[] {
  const segments: PatternChar[][] = [[]];
  for (const entry of chars) {
    if (entry.kind === 'literal' && entry.char === ':' && segments.length < 6) segments.push([]);
    else segments[segments.length - 1]?.push(entry);
  }
  while (segments.length < 6) segments.push([{ kind: 'star' }]);
  const tokens: Token[] = [];
  segments.forEach((segment, index) => {
    if (index > 0) tokens.push({ run: false, cls: { negated: false, chars: ':' } });
    tokens.push(...tokensOf(segment, false, index < 5 ? NOT_COLON : ANY));
  });
  return tokens;
}

function escapeForClass(chars: string): string {
  let text = '';
  for (const char of chars) {
    text += /[A-Za-z0-9]/.test(char) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return text;
}

function classSource(cls: CharClass): string {
  if (cls.negated) return cls.chars === '' ? '[\\s\\S]' : `[^${escapeForClass(cls.chars)}]`;
  return cls.chars.length === 1 ? escapeForClass(cls.chars) : `[${escapeForClass(cls.chars)}]`;
}

let nextId = 0;

const isLiteralToken = (token: Token) => !token.run && !token.cls.negated && token.cls.chars.length === 1;
const isAnyRun = (token: Token) => token.run && token.cls.negated && token.cls.chars === '';

/**
 * `prefix*`, `*suffix` and `prefix*suffix` (the shapes of nearly every Resource and most StringLike values) tested
 * with string comparisons instead of a RegExp, which V8 compiles on first use.
 */
function affixTest(tokens: readonly Token[]): ((value: string) => boolean) | undefined {
  const star = tokens.findIndex(isAnyRun);
  if (star < 0 || tokens.some((token, index) => index !== star && !isLiteralToken(token))) return undefined;
  const prefix = tokens.slice(0, star).map((token) => token.cls.chars).join('');
  const suffix = tokens.slice(star + 1).map((token) => token.cls.chars).join('');
  const minimum = prefix.length + suffix.length;
  return (value) => value.length >= minimum && value.startsWith(prefix) && value.endsWith(suffix);
}

function compile(source: string, tokens: Token[]): Pattern {
  nextId += 1;
  const id = nextId;
  const hasWildcard = tokens.some((token) => token.run || token.cls.negated);
  if (tokens.every((token) => !token.run && !token.cls.negated && token.cls.chars.length === 1)) {
    // A plain literal: compare strings instead of running a RegExp.
    const literal = tokens.map((token) => token.cls.chars).join('');
    return { id, source, tokens, hasWildcard: false, literal, test: (value) => value === literal };
  }
  const shortcut = affixTest(tokens);
  if (shortcut) return { id, source, tokens, hasWildcard, test: shortcut };
  const expression = new RegExp(`^${tokens.map((token) => classSource(token.cls) + (token.run ? '*' : '')).join('')}$`);
  return { id, source, tokens, hasWildcard, test: (value) => expression.test(value) };
}

export type PatternMode = 'literal' | 'literal-ignore-case' | 'wildcard' | 'wildcard-ignore-case' | 'arn';

/** Compile already-substituted pattern characters (policy variables resolved) in one of the matching modes. */
export function compilePattern(source: string, chars: readonly PatternChar[], mode: PatternMode): Pattern {
  switch (mode) {
    case 'literal':
    case 'literal-ignore-case':
      return compile(
        source,
        tokensOf(
          chars.map((entry) => (entry.kind === 'literal' ? entry : { kind: 'literal', char: entry.kind === 'star' ? '*' : '?' })),
          mode === 'literal-ignore-case',
          ANY,
        ),
      );
    case 'wildcard':
    case 'wildcard-ignore-case':
      return compile(source, tokensOf(chars, mode === 'wildcard-ignore-case', ANY));
    case 'arn':
      // `*` alone is "every resource" (and every ARN value), whatever its shape.
      if (chars.length === 1 && chars[0]?.kind === 'star') return compile(source, [{ run: true, cls: ANY }]);
      return compile(source, arnTokens(chars));
  }
}

const cache = new Map<string, Pattern>();
const MAX_CACHED = 20_000;

/** A cached pattern compiled from policy text with no variables. */
export function pattern(text: string, mode: PatternMode): Pattern {
  const key = `${mode}\u0000${text}`;
  let compiled = cache.get(key);
  if (!compiled) {
    const chars = mode === 'literal' || mode === 'literal-ignore-case' ? literalChars(text) : wildcardChars(text);
    compiled = compilePattern(text, chars, mode);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

/** IAM-style wildcard match (`*`, `?`), case-sensitive unless asked otherwise. */
export function wildcardMatch(patternText: string, value: string, ignoreCase = false): boolean {
  return pattern(patternText, ignoreCase ? 'wildcard-ignore-case' : 'wildcard').test(value);
}

/** A pattern over a fixed-length string of one class (e.g. twelve digits for an account id). */
export function classPattern(source: string, cls: CharClass, length: number): Pattern {
  return compile(source, Array.from({ length }, () => ({ run: false, cls })));
}

/** A pattern of literal text followed by one or more characters of any kind (e.g. the keys of one bucket). */
const prefixCache = new Map<string, Pattern>();

export function prefixPattern(prefix: string): Pattern {
  const cached = prefixCache.get(prefix);
  if (cached) return cached;
  if (prefixCache.size > MAX_CACHED) prefixCache.clear();
  const compiled = compile(`${prefix}?*`, [...tokensOf(literalChars(prefix), false, ANY), { run: false, cls: ANY }, { run: true, cls: ANY }]);
  prefixCache.set(prefix, compiled);
  return compiled;
}
