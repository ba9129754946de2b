/**
 * Condition operator names, parsed once. Names are case-sensitive: `StringEquals` is an operator, `stringequals` is
 * not (IAM rejects it), so an unrecognized spelling is an unknown operator, which the evaluator treats as "unknown"
 * rather than guessing (IAM User Guide, "IAM JSON policy elements: Condition operators").
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export type Comparison =
  | 'equals'
  | 'equals-ignore-case'
  | 'like'
  | 'less'
  | 'less-or-equal'
  | 'greater'
  | 'greater-or-equal'
  | 'in-range'
  | 'null';

export interface ConditionOperator {
  /** The operator as written, e.g. `ForAnyValue:StringNotLikeIfExists`. */
  readonly name: string;
  readonly family: OperatorFamily;
  readonly comparison: Comparison;
  /** StringNotEquals, NotIpAddress, ArnNotLike…: true when the value matches none of the policy values. */
  readonly negated: boolean;
  readonly ifExists: boolean;
  readonly set: 'ForAllValues' | 'ForAnyValue' | undefined;
}

const BASES: Record<string, { family: OperatorFamily; comparison: Comparison; negated: boolean }> = {
  StringEquals: { family: 'String', comparison: 'equals', negated: false },
  StringNotEquals: { family: 'String', comparison: 'equals', negated: true },
  StringEqualsIgnoreCase: { family: 'String', comparison: 'equals-ignore-case', negated: false },
  StringNotEqualsIgnoreCase: { family: 'String', comparison: 'equals-ignore-case', negated: true },
  StringLike: { family: 'String', comparison: 'like', negated: false },
  StringNotLike: { family: 'String', comparison: 'like', negated: true },
  NumericEquals: { family: 'Numeric', comparison: 'equals', negated: false },
  NumericNotEquals: { family: 'Numeric', comparison: 'equals', negated: true },
  NumericLessThan: { family: 'Numeric', comparison: 'less', negated: false },
  NumericLessThanEquals: { family: 'Numeric', comparison: 'less-or-equal', negated: false },
  NumericGreaterThan: { family: 'Numeric', comparison: 'greater', negated: false },
  NumericGreaterThanEquals: { family: 'Numeric', comparison: 'greater-or-equal', negated: false },
  DateEquals: { family: 'Date', comparison: 'equals', negated: false },
  DateNotEquals: { family: 'Date', comparison: 'equals', negated: true },
  DateLessThan: { family: 'Date', comparison: 'less', negated: false },
  DateLessThanEquals: { family: 'Date', comparison: 'less-or-equal', negated: false },
  DateGreaterThan: { family: 'Date', comparison: 'greater', negated: false },
  DateGreaterThanEquals: { family: 'Date', comparison: 'greater-or-equal', negated: false },
  Bool: { family: 'Bool', comparison: 'equals', negated: false },
  BinaryEquals: { family: 'Binary', comparison: 'equals', negated: false },
  IpAddress: { family: 'IpAddress', comparison: 'in-range', negated: false },
  NotIpAddress: { family: 'IpAddress', comparison: 'in-range', negated: true },
  ArnEquals: { family: 'Arn', comparison: 'like', negated: false },
  ArnNotEquals: { family: 'Arn', comparison: 'like', negated: true },
  ArnLike: { family: 'Arn', comparison: 'like', negated: false },
  ArnNotLike: { family: 'Arn', comparison: 'like', negated: true },
  Null: { family: 'Null', comparison: 'null', negated: false },
};

const parsed = new Map<string, ConditionOperator | null>();

/** The operator a name denotes, or undefined when IAM has no such operator. */
export function parseOperator(name: string): ConditionOperator | undefined {
  const cached = parsed.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const operator = parseUncached(name);
  parsed.set(name, operator ?? null);
  return operator;
}

function parseUncached(name: string): ConditionOperator | undefined {
  let rest = name;
  let set: ConditionOperator['set'];
  if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  } else if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  const base = BASES[rest];
  if (!base) return undefined;
  // "You can't use the Null condition operator with ...IfExists" and a set operator has no meaning for Null.
  if (base.family === 'Null' && (ifExists || set)) return undefined;
  return { name, ...base, ifExists, set };
}
