/**
 * One normalizer for IAM, S3 and KMS policy documents. AWS accepts many spellings of the same policy:
 * scalar-or-array fields, URL-encoded documents (IAM), condition values as booleans, numbers, strings or arrays.
 * Checks read the normalized form only, so every check treats those spellings alike.
 * Rules: condition operators are case-sensitive, condition keys are case-insensitive (kept lower-cased here),
 * action names are case-insensitive, resource ARNs are case-sensitive.
 */

export interface PolicyPrincipal {
  /** `Principal: "*"` or `{"AWS": "*"}`. */
  everyone: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export interface PolicyCondition {
  operator: string;
  /** Lower-cased condition key, e.g. `aws:securetransport`. */
  key: string;
  values: string[];
}

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: PolicyPrincipal;
  notPrincipal?: PolicyPrincipal;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  conditions: PolicyCondition[];
}

export interface NormalizedPolicy {
  version?: string;
  statements: PolicyStatement[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toStringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((entry) =>
    typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean' ? [String(entry)] : [],
  );
}

function optionalList(statement: Record<string, unknown>, field: string): string[] | undefined {
  return field in statement ? toStringList(statement[field]) : undefined;
}

function normalizePrincipal(value: unknown): PolicyPrincipal | undefined {
  if (value === undefined) return undefined;
  const principal: PolicyPrincipal = { everyone: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (value === '*') {
    principal.everyone = true;
    principal.aws = ['*'];
    return principal;
  }
  if (!isRecord(value)) return principal;
  for (const [type, entries] of Object.entries(value)) {
    const list = toStringList(entries);
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
        break;
    }
  }
  principal.everyone = principal.aws.includes('*');
  return principal;
}

function normalizeConditions(value: unknown): PolicyCondition[] {
  if (!isRecord(value)) return [];
  const conditions: PolicyCondition[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isRecord(block)) continue;
    for (const [key, values] of Object.entries(block)) {
      conditions.push({ operator, key: key.toLowerCase(), values: toStringList(values) });
    }
  }
  return conditions;
}

function normalizeStatement(raw: unknown): PolicyStatement | undefined {
  if (!isRecord(raw)) return undefined;
  const effect = typeof raw.Effect === 'string' ? raw.Effect : '';
  // Effect values are case-sensitive in AWS; anything else makes the statement invalid, so it grants nothing.
  if (effect !== 'Allow' && effect !== 'Deny') return undefined;
  const statement: PolicyStatement = { effect, conditions: normalizeConditions(raw.Condition) };
  if (typeof raw.Sid === 'string') statement.sid = raw.Sid;
  const principal = normalizePrincipal(raw.Principal);
  if (principal) statement.principal = principal;
  const notPrincipal = normalizePrincipal(raw.NotPrincipal);
  if (notPrincipal) statement.notPrincipal = notPrincipal;
  const actions = optionalList(raw, 'Action');
  if (actions) statement.actions = actions;
  const notActions = optionalList(raw, 'NotAction');
  if (notActions) statement.notActions = notActions;
  const resources = optionalList(raw, 'Resource');
  if (resources) statement.resources = resources;
  const notResources = optionalList(raw, 'NotResource');
  if (notResources) statement.notResources = notResources;
  return statement;
}

function parseDocumentText(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    // IAM returns policy documents URL-encoded (GetAccountAuthorizationDetails, role trust policies).
    try {
      return JSON.parse(decodeURIComponent(trimmed));
    } catch {
      return undefined;
    }
  }
}

/**
 * Normalize a policy given as an object, a JSON string or a URL-encoded JSON string.
 * Returns null for null/undefined or for text that is not a policy; never throws.
 */
export function normalizePolicy(document: unknown): NormalizedPolicy | null {
  // Several checks read the same policy object from the inventory: normalize it once. Callers never mutate the result.
  if (typeof document === 'object' && document !== null) {
    const cached = normalizedPolicies.get(document);
    if (cached !== undefined) return cached;
    const normalized = normalizeUncached(document);
    normalizedPolicies.set(document, normalized);
    return normalized;
  }
  return normalizeUncached(document);
}

const normalizedPolicies = new WeakMap<object, NormalizedPolicy | null>();

function normalizeUncached(document: unknown): NormalizedPolicy | null {
  const parsed = typeof document === 'string' ? parseDocumentText(document) : document;
  if (!isRecord(parsed)) return null;
  const rawStatements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  const statements = rawStatements.flatMap((raw) => {
    const statement = normalizeStatement(raw);
    return statement ? [statement] : [];
  });
  const policy: NormalizedPolicy = { statements };
  if (typeof parsed.Version === 'string') policy.version = parsed.Version;
  return policy;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns: the same few patterns (`s3:*`, `*`, bucket ARNs) are matched against every resource. */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 10_000;

/** IAM-style wildcard match: `*` any run of characters, `?` one character. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return caseInsensitive ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const cacheKey = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let expression = compiledPatterns.get(cacheKey);
  if (!expression) {
    const source = `^${escapeRegExp(pattern).replace(/\*/g, '.*').replace(/\?/g, '.')}$`;
    expression = new RegExp(source, caseInsensitive ? 'is' : 's');
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(cacheKey, expression);
  }
  return expression.test(value);
}

/** Does an action pattern from a policy (e.g. `s3:*`, `*`, `s3:Get*`) cover `action`? Case-insensitive. */
export function actionPatternCovers(pattern: string, action: string): boolean {
  return wildcardMatch(pattern, action, true);
}

/** Does the statement apply to `action` (honouring NotAction)? */
export function statementCoversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.actions) return statement.actions.some((pattern) => actionPatternCovers(pattern, action));
  if (statement.notActions) return !statement.notActions.some((pattern) => actionPatternCovers(pattern, action));
  return false;
}

/** Does the statement apply to the resource ARN (honouring NotResource)? Resource-less statements (trust policies) apply. */
export function statementCoversResource(statement: PolicyStatement, arn: string): boolean {
  if (statement.resources) return statement.resources.some((pattern) => wildcardMatch(pattern, arn));
  if (statement.notResources) return !statement.notResources.some((pattern) => wildcardMatch(pattern, arn));
  return true;
}

/** Values of a condition key (case-insensitive) under operators accepted by `operatorMatches`. */
export function conditionValues(
  statement: PolicyStatement,
  key: string,
  operatorMatches: (operator: string) => boolean,
): string[] | undefined {
  const wanted = key.toLowerCase();
  const matching = statement.conditions.filter((c) => c.key === wanted && operatorMatches(c.operator));
  return matching.length > 0 ? matching.flatMap((c) => c.values) : undefined;
}

/** Strip the `ForAllValues:`/`ForAnyValue:` set qualifier and the `IfExists` suffix: `StringEquals`. */
export function baseOperator(operator: string): string {
  return operator.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
}

/**
 * The 12-digit account id an AWS principal names: a bare account id, or an IAM/STS ARN
 * (`arn:aws:iam::111122223333:root|user/…|role/…`, `arn:aws:sts::111122223333:assumed-role/…`).
 * undefined for `*`, unique ids (AIDA…/AROA…, left behind by deleted principals) and anything else.
 */
export function principalAccountId(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal);
  return match?.[1];
}

/**
 * Does an Allow statement grant full administrative access: Action `*` (or `*:*`) on Resource `*`, or
 * NotAction on Resource `*` (everything except a few actions is still administrator access in practice)?
 */
export function grantsFullAdmin(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || !statement.resources?.includes('*')) return false;
  if (statement.actions) return statement.actions.some((action) => action === '*' || action === '*:*');
  return statement.notActions !== undefined;
}

/**
 * The values of every condition on `key` (case-insensitive) under an equality/like operator (String*, Arn*),
 * ignoring negated operators, which do not bound who may act.
 */
export function boundingConditionValues(statement: PolicyStatement, key: string): string[] | undefined {
  return conditionValues(statement, key, (operator) => {
    const base = baseOperator(operator);
    return /^(String|Arn)(Equals|Like)$/.test(base) || base === 'StringEqualsIgnoreCase';
  });
}

/** The 12-digit account id in an ARN's account field, or undefined (S3 bucket ARNs, wildcards…). */
export function arnAccountId(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

/**
 * Accounts named by bounding conditions on `keys` (e.g. aws:PrincipalAccount, aws:SourceArn). ARN-valued keys
 * contribute the ARN's account id, or the ARN itself when it has none (so a wildcard ARN never looks trusted).
 * undefined when no such condition exists.
 */
export function conditionBoundAccounts(statement: PolicyStatement, keys: readonly string[]): string[] | undefined {
  const values = keys.flatMap((key) => {
    const found = boundingConditionValues(statement, key) ?? [];
    return key.toLowerCase().endsWith('arn') ? found.map((value) => arnAccountId(value) ?? value) : found;
  });
  return values.length > 0 ? values : undefined;
}

// ---------- Public-access evaluation (S3 "is this policy public?", approximating AWS's own rules) ----------

/**
 * Condition keys that, with fixed (wildcard-free) values under a positive operator, confine a statement to known
 * callers or networks; AWS's Block Public Access does not call such a policy public.
 */
const RESTRICTING_CONDITION_KEYS = new Set([
  'aws:sourceip',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:userid',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
]);

function isPositiveOperator(operator: string): boolean {
  const base = baseOperator(operator);
  return /^(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress)$/.test(base);
}

function isFixedValue(key: string, value: string): boolean {
  if (value.includes('*') || value.includes('?')) return false;
  // 0.0.0.0/0 and ::/0 restrict nothing.
  if (key === 'aws:sourceip') return !/\/0$/.test(value.trim());
  return value.length > 0;
}

/** Does the statement grant access to anyone (`*` principal) without a condition that confines it? */
export function statementIsPublic(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow' || !statement.principal?.everyone) return false;
  const confined = statement.conditions.some(
    (condition) =>
      RESTRICTING_CONDITION_KEYS.has(condition.key) &&
      isPositiveOperator(condition.operator) &&
      condition.values.length > 0 &&
      condition.values.every((value) => isFixedValue(condition.key, value)),
  );
  return !confined;
}

/** The statements of a policy that make it public (empty when none, or when the document is not a policy). */
export function publicStatements(document: unknown): PolicyStatement[] {
  return normalizePolicy(document)?.statements.filter(statementIsPublic) ?? [];
}
