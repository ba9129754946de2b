/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`), as IAM substitutes them in the
 * Resource element and in string and ARN condition values (IAM User Guide, "IAM policy elements: Variables and
 * tags"). Variables work only in policies with `"Version": "2012-10-17"`; in older policies `${...}` is literal text.
 * A substituted value is literal text (its `*` is not a wildcard); `${*}`, `${?}` and `${$}` stand for the literal
 * characters. A variable whose key is absent from the request (and that has no default) makes the value match
 * nothing, as IAM documents for a missing key.
 */
import { literalChars, wildcardChars, type PatternChar } from './pattern.js';

export type ValuePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'variable'; readonly key: string; readonly defaultValue?: string };

/** Parts of a policy value, or undefined when it holds no variable (the common case: match the text directly). */
export function parseVariables(text: string): ValuePart[] | undefined {
  if (!text.includes('${')) return undefined;
  const parts: ValuePart[] = [];
  let rest = text;
  let found = false;
  while (rest.length > 0) {
    const start = rest.indexOf('${');
    const end = start < 0 ? -1 : rest.indexOf('}', start + 2);
    if (start < 0 || end < 0) {
      parts.push({ kind: 'text', text: rest });
      break;
    }
    if (start > 0) parts.push({ kind: 'text', text: rest.slice(0, start) });
    const body = rest.slice(start + 2, end).trim();
    rest = rest.slice(end + 1);
    if (body === '*' || body === '?' || body === '$') {
      parts.push({ kind: 'text', text: `\u0000${body}` });
      found = true;
      continue;
    }
    const match = /^([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(body);
    if (!match?.[1]) {
      parts.push({ kind: 'text', text: `\${${body}}` });
      continue;
    }
    found = true;
    const variable: ValuePart = match[2] === undefined ? { kind: 'variable', key: match[1].toLowerCase() } : { kind: 'variable', key: match[1].toLowerCase(), defaultValue: match[2] };
    parts.push(variable);
  }
  return found ? parts : undefined;
}

/** The keys a value's variables read. */
export function variableKeys(parts: readonly ValuePart[]): string[] {
  return parts.flatMap((part) => (part.kind === 'variable' ? [part.key] : []));
}

/** What a variable lookup found: a single value, an absent key, or a key whose value is not known yet. */
export type VariableValue = string | undefined | 'pending' | 'unknown';

export type Resolved = { readonly kind: 'chars'; readonly chars: PatternChar[]; readonly text: string } | { readonly kind: 'unresolved' } | { readonly kind: 'pending' } | { readonly kind: 'unknown' };

/**
 * Substitute the variables. `wildcards` says whether `*` and `?` in the policy text are wildcards (StringLike,
 * ArnLike, Resource) or literal (StringEquals).
 */
export function substitute(parts: readonly ValuePart[], lookup: (key: string) => VariableValue, wildcards: boolean): Resolved {
  const chars: PatternChar[] = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      if (part.text.startsWith('\u0000')) {
        chars.push({ kind: 'literal', char: part.text.slice(1) });
        text += part.text.slice(1);
        continue;
      }
      chars.push(...(wildcards ? wildcardChars(part.text) : literalChars(part.text)));
      text += part.text;
      continue;
    }
    const value = lookup(part.key);
    if (value === 'pending' || value === 'unknown') return { kind: value };
    const resolved = value ?? part.defaultValue;
    if (resolved === undefined) return { kind: 'unresolved' };
    chars.push(...literalChars(resolved));
    text += resolved;
  }
  return { kind: 'chars', chars, text };
}
