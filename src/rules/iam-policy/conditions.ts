/**
 * Condition evaluation, one operator family at a time, as the IAM User Guide's "IAM JSON policy elements: Condition
 * operators" and "Single-valued vs. multivalued context keys" define it:
 *
 * - A key absent from the request makes a condition false, except negated operators (StringNotLike, NotIpAddress,
 *   ArnNotEquals…), which are then true, and `...IfExists`, which is true ("This logic applies to all condition
 *   operators except ...IfExists and Null check").
 * - `ForAllValues:` is true when every request value matches, and also when the key is absent or empty;
 *   `ForAnyValue:` needs at least one matching value and is false when the key is absent.
 * - A multivalued request value tested with a single-valued operator matches nothing: multivalued keys require a set
 *   operator.
 * - Several values for one key are ORed (for a negated operator: the value matches none of them); the conditions of a
 *   statement are ANDed by the statement evaluator.
 *
 * An unknown operator, an unreadable value, or a key whose value is pending or unknown gives `U`.
 */
import { parseRange, rangeContains } from './ip-range.js';
import type { ParsedCondition } from './parse-policy.js';
import { compilePattern, pattern, type Pattern } from './pattern.js';
import { substitute, type VariableValue } from './policy-variables.js';
import { PENDING, UNKNOWN, type ContextEntry } from './request.js';
import { fromBoolean, type Truth } from './truth.js';

/** Reads a key of the request for policy variables (single values only: multivalued keys are not variables). */
export type VariableLookup = (key: string) => VariableValue;

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** ISO 8601 dates and times, or epoch (UNIX) seconds, as the Date operators accept them. */
export function parseDate(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return undefined;
  const value = Date.parse(trimmed);
  return Number.isNaN(value) ? undefined : value;
}

function compare(comparison: string, request: number, policy: number): boolean {
  switch (comparison) {
    case 'equals':
      return request === policy;
    case 'less':
      return request < policy;
    case 'less-or-equal':
      return request <= policy;
    case 'greater':
      return request > policy;
    case 'greater-or-equal':
      return request >= policy;
    default:
      return false;
  }
}

function stringPattern(condition: ParsedCondition, index: number, lookup: VariableLookup): Pattern | 'U' | undefined {
  const operator = condition.operator;
  const text = condition.values[index] as string;
  const parts = condition.variables[index];
  const mode =
    operator?.family === 'Arn'
      ? 'arn'
      : operator?.comparison === 'like'
        ? 'wildcard'
        : operator?.comparison === 'equals-ignore-case'
          ? 'literal-ignore-case'
          : 'literal';
  if (!parts) return pattern(text, mode);
  const resolved = substitute(parts, lookup, mode === 'arn' || mode === 'wildcard');
  if (resolved.kind === 'pending' || resolved.kind === 'unknown') return 'U';
  // Unresolved variables are handled by the statement evaluator (the statement does not apply).
  if (resolved.kind === 'unresolved') return undefined;
  return compilePattern(resolved.text, resolved.chars, mode);
}

/** Does one request value match one policy value (positive sense, before negation)? */
function matchesValue(condition: ParsedCondition, index: number, value: string, lookup: VariableLookup): Truth {
  const operator = condition.operator;
  if (!operator) return 'U';
  const policyValue = condition.values[index] as string;
  switch (operator.family) {
    case 'String':
    case 'Arn': {
      const compiled = stringPattern(condition, index, lookup);
      if (compiled === 'U') return 'U';
      if (compiled === undefined) return 'F';
      return fromBoolean(compiled.test(value));
    }
    case 'Numeric': {
      const request = parseNumber(value);
      const policy = parseNumber(policyValue);
      return fromBoolean(request !== undefined && policy !== undefined && compare(operator.comparison, request, policy));
    }
    case 'Date': {
      const request = parseDate(value);
      const policy = parseDate(policyValue);
      return fromBoolean(request !== undefined && policy !== undefined && compare(operator.comparison, request, policy));
    }
    case 'Bool':
      return fromBoolean(value.toLowerCase() === policyValue.toLowerCase());
    case 'Binary':
      return fromBoolean(value === policyValue);
    case 'IpAddress': {
      const range = parseRange(policyValue);
      const address = parseRange(value);
      return fromBoolean(range !== undefined && address !== undefined && address.first === address.last && rangeContains(range, address));
    }
    case 'Null':
      return 'F';
  }
}

/** The operator applied to one request value: any policy value matches (or, negated, none does). */
function matchesOne(condition: ParsedCondition, value: string, lookup: VariableLookup): Truth {
  let result: Truth = 'F';
  for (let index = 0; index < condition.values.length; index += 1) {
    const match = matchesValue(condition, index, value, lookup);
    if (match === 'T') {
      result = 'T';
      break;
    }
    if (match === 'U') result = 'U';
  }
  if (!condition.operator?.negated) return result;
  return result === 'T' ? 'F' : result === 'F' ? 'T' : 'U';
}

export function evaluateCondition(condition: ParsedCondition, entry: ContextEntry | undefined, lookup: VariableLookup): Truth {
  const operator = condition.operator;
  if (!operator || condition.problem !== undefined) return 'U';
  if (entry === PENDING || entry === UNKNOWN) return 'U';
  const present = entry !== undefined;
  if (operator.family === 'Null') {
    // Null: "true" asks that the key be absent, "false" that it be present.
    return fromBoolean(condition.values.some((value) => value.toLowerCase() === (present ? 'false' : 'true')));
  }
  if (!present) {
    if (operator.ifExists || operator.set === 'ForAllValues') return 'T';
    if (operator.set === 'ForAnyValue') return 'F';
    return fromBoolean(operator.negated);
  }
  if (operator.set) {
    const values = typeof entry === 'string' ? [entry] : entry;
    if (operator.set === 'ForAllValues') {
      let result: Truth = 'T';
      for (const value of values) {
        const match = matchesOne(condition, value, lookup);
        if (match === 'F') return 'F';
        if (match === 'U') result = 'U';
      }
      return result;
    }
    let result: Truth = 'F';
    for (const value of values) {
      const match = matchesOne(condition, value, lookup);
      if (match === 'T') return 'T';
      if (match === 'U') result = 'U';
    }
    return result;
  }
  if (typeof entry !== 'string') return 'F';
  return matchesOne(condition, entry, lookup);
}
