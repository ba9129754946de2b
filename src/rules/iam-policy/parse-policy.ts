/**
 * Parse and normalize a policy document once: IAM, S3, KMS and trust policies, given as an object, a JSON string or a
 * URL-encoded JSON string (IAM returns documents URL-encoded). Scalar-or-array fields become arrays, condition keys
 * are lower-cased (keys are case-insensitive), condition values become strings (`true` and `"true"` are the same to
 * IAM), operators keep their spelling (they are case-sensitive). Nothing is evaluated here.
 */
import { parseOperator, type ConditionOperator } from './operators.js';
import { parseVariables, variableKeys, type ValuePart } from './policy-variables.js';

export interface PrincipalSpec {
  /** `"*"` or `{"AWS": "*"}`: every principal, anonymous callers included (IAM User Guide, "Principal" element). */
  readonly everyone: boolean;
  readonly aws: readonly string[];
  readonly service: readonly string[];
  readonly federated: readonly string[];
  readonly canonicalUser: readonly string[];
}

export interface ParsedCondition {
  /** The operator as written. */
  readonly operatorName: string;
  /** undefined when the operator is unknown: the condition is then neither true nor false. */
  readonly operator: ConditionOperator | undefined;
  /** Lower-cased condition key, e.g. `aws:securetransport`. */
  readonly key: string;
  /** The key as written, for messages. */
  readonly keyName: string;
  readonly values: readonly string[];
  /** Values with policy variables, parsed (index-aligned with `values`; undefined entries have none). */
  readonly variables: readonly (readonly ValuePart[] | undefined)[];
  /** Why the condition cannot be read (a value that is an object, no values): it then evaluates to unknown. */
  readonly problem?: string;
}

export interface ParsedStatement {
  readonly index: number;
  readonly sid: string | undefined;
  /** The Sid, or `#n` (1-based) for a statement without one. */
  readonly label: string;
  readonly effect: 'Allow' | 'Deny';
  readonly principal: PrincipalSpec | undefined;
  readonly notPrincipal: PrincipalSpec | undefined;
  readonly actions: readonly string[] | undefined;
  readonly notActions: readonly string[] | undefined;
  readonly resources: readonly string[] | undefined;
  readonly notResources: readonly string[] | undefined;
  readonly conditions: readonly ParsedCondition[];
  /** Every context key the statement reads: condition keys and the keys of policy variables. */
  readonly keys: readonly string[];
}

export interface ParsedPolicy {
  readonly version: string | undefined;
  readonly statements: readonly ParsedStatement[];
  /** Policy variables are substituted only in `"Version": "2012-10-17"` policies. */
  readonly variablesEnabled: boolean;
  /** Statements dropped or elements ignored because IAM would reject them. */
  readonly problems: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A scalar-or-array element as a list of strings; undefined if any entry is not a scalar. */
function stringList(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const texts: string[] = [];
  for (const entry of list) {
    const text = scalarText(entry);
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return texts;
}

function parsePrincipal(value: unknown, problems: string[], where: string): PrincipalSpec | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return { everyone: true, aws: ['*'], service: [], federated: [], canonicalUser: [] };
  const principal = { everyone: false, aws: [] as string[], service: [] as string[], federated: [] as string[], canonicalUser: [] as string[] };
  if (!isRecord(value)) {
    problems.push(`${where}: the principal is neither "*" nor an object; it matches nobody`);
    return principal;
  }
  for (const [type, entries] of Object.entries(value)) {
    const list = stringList(entries) ?? [];
    // Principal types are written AWS, Service, Federated, CanonicalUser; accept any case rather than drop a grant.
    switch (type.toLowerCase()) {
      case 'aws':
        principal.aws.push(...list);
        break;
      case 'service':
        principal.service.push(...list);
        break;
      case 'federated':
        principal.federated.push(...list);
        break;
      case 'canonicaluser':
        principal.canonicalUser.push(...list);
        break;
      default:
        problems.push(`${where}: unknown principal type ${type}`);
    }
  }
  principal.everyone = principal.aws.includes('*');
  return principal;
}

function parseConditions(value: unknown, problems: string[], where: string, variablesEnabled: boolean): ParsedCondition[] {
  if (value === undefined) return [];
  if (!isRecord(value)) {
    problems.push(`${where}: the Condition element is not an object`);
    return [{ operatorName: '(unreadable)', operator: undefined, key: '(unreadable)', keyName: '(unreadable)', values: [], variables: [], problem: 'the Condition element is not an object' }];
  }
  const conditions: ParsedCondition[] = [];
  for (const [operatorName, block] of Object.entries(value)) {
    const operator = parseOperator(operatorName);
    if (!isRecord(block)) {
      conditions.push({ operatorName, operator, key: '(unreadable)', keyName: '(unreadable)', values: [], variables: [], problem: `the ${operatorName} block is not an object` });
      continue;
    }
    for (const [keyName, raw] of Object.entries(block)) {
      const values = stringList(raw);
      const base = { operatorName, operator, key: keyName.toLowerCase(), keyName };
      if (values === undefined) {
        conditions.push({ ...base, values: [], variables: [], problem: `${operatorName} ${keyName} has a value that is not a string, number or boolean` });
      } else if (values.length === 0) {
        conditions.push({ ...base, values, variables: [], problem: `${operatorName} ${keyName} has no values` });
      } else {
        conditions.push({ ...base, values, variables: values.map((text) => (variablesEnabled ? parseVariables(text) : undefined)) });
      }
    }
  }
  return conditions;
}

function optionalList(statement: Record<string, unknown>, field: string, problems: string[], where: string): string[] | undefined {
  if (statement[field] === undefined) return undefined;
  const list = stringList(statement[field]);
  if (list === undefined) {
    problems.push(`${where}: ${field} holds something other than strings; it matches nothing`);
    return [];
  }
  return list;
}

function statementKeys(conditions: readonly ParsedCondition[], resources: readonly string[], variablesEnabled: boolean): string[] {
  const keys = new Set<string>();
  for (const condition of conditions) {
    keys.add(condition.key);
    for (const parts of condition.variables) if (parts) for (const key of variableKeys(parts)) keys.add(key);
  }
  if (variablesEnabled) {
    for (const resource of resources) {
      const parts = parseVariables(resource);
      if (parts) for (const key of variableKeys(parts)) keys.add(key);
    }
  }
  return [...keys];
}

function parseStatement(raw: unknown, index: number, problems: string[], variablesEnabled: boolean): ParsedStatement | undefined {
  const where = `statement #${index + 1}`;
  if (!isRecord(raw)) {
    problems.push(`${where} is not an object; ignored`);
    return undefined;
  }
  const sid = typeof raw.Sid === 'string' && raw.Sid !== '' ? raw.Sid : undefined;
  const label = sid ?? `#${index + 1}`;
  // Effect values are case-sensitive: anything but Allow or Deny makes IAM reject the policy.
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') {
    problems.push(`statement ${label} has Effect ${JSON.stringify(raw.Effect)}; ignored`);
    return undefined;
  }
  const resources = optionalList(raw, 'Resource', problems, where);
  const notResources = optionalList(raw, 'NotResource', problems, where);
  const conditions = parseConditions(raw.Condition, problems, where, variablesEnabled);
  return {
    index,
    sid,
    label,
    effect: raw.Effect,
    principal: parsePrincipal(raw.Principal, problems, where),
    notPrincipal: parsePrincipal(raw.NotPrincipal, problems, where),
    actions: optionalList(raw, 'Action', problems, where),
    notActions: optionalList(raw, 'NotAction', problems, where),
    resources,
    notResources,
    conditions,
    keys: statementKeys(conditions, [...(resources ?? []), ...(notResources ?? [])], variablesEnabled),
  };
}

function parseDocumentText(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(decodeURIComponent(trimmed));
    } catch {
      return undefined;
    }
  }
}

function parseUncached(document: unknown): ParsedPolicy | null {
  const parsed = typeof document === 'string' ? parseDocumentText(document) : document;
  if (!isRecord(parsed) || !('Statement' in parsed)) return null;
  const version = typeof parsed.Version === 'string' ? parsed.Version : undefined;
  const variablesEnabled = version === '2012-10-17';
  const problems: string[] = [];
  const rawStatements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  const statements = rawStatements.flatMap((raw, index) => {
    const statement = parseStatement(raw, index, problems, variablesEnabled);
    return statement ? [statement] : [];
  });
  return { version, statements, variablesEnabled, problems };
}

const cache = new WeakMap<object, ParsedPolicy | null>();
const textCache = new Map<string, ParsedPolicy | null>();
const MAX_TEXT_CACHE = 2000;

/**
 * The parsed policy, or null for null/undefined, text that is not JSON, or JSON without a Statement. Never throws.
 * Several checks read the same inventory object: it is parsed once. Callers never mutate the result.
 */
export function parsePolicy(document: unknown): ParsedPolicy | null {
  if (typeof document === 'object' && document !== null) {
    const cached = cache.get(document);
    if (cached !== undefined) return cached;
    const policy = parseUncached(document);
    cache.set(document, policy);
    return policy;
  }
  if (typeof document === 'string') {
    const cached = textCache.get(document);
    if (cached !== undefined) return cached;
    const policy = parseUncached(document);
    if (textCache.size >= MAX_TEXT_CACHE) textCache.clear();
    textCache.set(document, policy);
    return policy;
  }
  return null;
}
