/**
 * Evaluate one request against a policy as IAM does (IAM User Guide, "Policy evaluation logic"): a statement applies
 * when its principal, action, resource and every condition match; an explicit Deny overrides any Allow; without an
 * Allow the request is implicitly denied. Results are three-valued (truth.ts): a statement whose match depends on an
 * unknown operator or value neither grants nor denies for sure, and the verdict says so.
 */
import { evaluateCondition, type VariableLookup } from './conditions.js';
import type { ParsedPolicy, ParsedStatement, PrincipalSpec } from './parse-policy.js';
import { compilePattern, pattern, type Pattern } from './pattern.js';
import { parseVariables, substitute, type ValuePart } from './policy-variables.js';
import { PENDING, UNKNOWN, type PolicyRequest, type RequestPrincipal } from './request.js';
import { and, not, or, type Truth } from './truth.js';

/** Resource-based policies (bucket, key, trust) name a principal; identity-based policies do not. */
export type PolicyKind = 'resource' | 'identity';

interface CompiledResource {
  readonly pattern: Pattern | undefined;
  readonly variables: readonly ValuePart[] | undefined;
}

interface CompiledStatement {
  readonly actions: readonly Pattern[] | undefined;
  readonly notActions: readonly Pattern[] | undefined;
  readonly resources: readonly CompiledResource[] | undefined;
  readonly notResources: readonly CompiledResource[] | undefined;
  readonly hasConditionVariables: boolean;
}

const compiledStatements = new WeakMap<ParsedStatement, CompiledStatement>();

function compileResources(list: readonly string[] | undefined, variablesEnabled: boolean): CompiledResource[] | undefined {
  return list?.map((text) => {
    const variables = variablesEnabled ? parseVariables(text) : undefined;
    return { pattern: variables ? undefined : pattern(text, 'arn'), variables };
  });
}

function compiled(statement: ParsedStatement, variablesEnabled: boolean): CompiledStatement {
  let entry = compiledStatements.get(statement);
  if (!entry) {
    entry = {
      actions: statement.actions?.map((text) => pattern(text, 'wildcard-ignore-case')),
      notActions: statement.notActions?.map((text) => pattern(text, 'wildcard-ignore-case')),
      resources: compileResources(statement.resources, variablesEnabled),
      notResources: compileResources(statement.notResources, variablesEnabled),
      hasConditionVariables: statement.conditions.some((condition) => condition.variables.some((parts) => parts !== undefined)),
    };
    compiledStatements.set(statement, entry);
  }
  return entry;
}

function variableLookup(request: PolicyRequest): VariableLookup {
  return (key) => {
    const entry = request.context.get(key);
    if (entry === PENDING) return 'pending';
    if (entry === UNKNOWN) return 'unknown';
    // Multivalued keys cannot be policy variables.
    return typeof entry === 'string' ? entry : undefined;
  };
}

const isAccountId = (text: string) => /^\d{12}$/.test(text);

/** The identities a request principal carries, from the broadest (its account) to the narrowest (its session). */
function identityChain(principal: RequestPrincipal): string[] {
  switch (principal.kind) {
    case 'anonymous':
      return [];
    case 'aws': {
      const chain = [`arn:${principal.partition}:iam::${principal.account}:root`];
      if (principal.type !== 'Account') chain.push(principal.arn);
      if (principal.sessionArn) chain.push(principal.sessionArn);
      return chain;
    }
    case 'service':
      return [principal.service.toLowerCase()];
    case 'federated':
      return [principal.provider];
  }
}

/** Does one Principal/NotPrincipal entry name this identity? An account id names the account's root identity. */
function entryNames(entry: string, identity: string): boolean {
  if (entry === identity) return true;
  if (isAccountId(entry)) return identity.endsWith(`:iam::${entry}:root`) && identity.startsWith('arn:');
  // IAM rejects wildcards inside principal ARNs; if one reaches us, match it as a pattern rather than ignore it.
  if (entry.includes('*') || entry.includes('?')) return pattern(entry, 'wildcard').test(identity);
  return false;
}

function specNames(spec: PrincipalSpec, principal: RequestPrincipal, identity: string): boolean {
  switch (principal.kind) {
    case 'anonymous':
      return false;
    case 'aws':
      return spec.aws.some((entry) => entryNames(entry, identity));
    case 'service':
      return spec.service.some((entry) => entry.toLowerCase() === identity);
    case 'federated':
      return spec.federated.some((entry) => entry === identity || entry.toLowerCase() === identity.toLowerCase());
  }
}

/**
 * Principal: the statement applies when it names any identity of the caller (a role's ARN covers its sessions, an
 * account covers its principals). NotPrincipal: the statement applies unless it names every identity of the caller,
 * which is why IAM's documentation asks a Deny with NotPrincipal to list the account, the role and the session.
 */
function principalMatches(statement: ParsedStatement, principal: RequestPrincipal | typeof PENDING): Truth {
  if (principal === PENDING) return 'U';
  if (statement.principal) {
    if (statement.principal.everyone) return 'T';
    return identityChain(principal).some((identity) => specNames(statement.principal as PrincipalSpec, principal, identity)) ? 'T' : 'F';
  }
  if (statement.notPrincipal) {
    if (statement.notPrincipal.everyone) return 'F';
    const chain = identityChain(principal);
    if (chain.length === 0) return 'T';
    return chain.every((identity) => specNames(statement.notPrincipal as PrincipalSpec, principal, identity)) ? 'F' : 'T';
  }
  return 'F';
}

function actionMatches(entry: CompiledStatement, action: string | typeof PENDING): Truth {
  if (action === PENDING) return 'U';
  if (entry.actions) return entry.actions.some((compiledPattern) => compiledPattern.test(action)) ? 'T' : 'F';
  if (entry.notActions) return entry.notActions.some((compiledPattern) => compiledPattern.test(action)) ? 'F' : 'T';
  return 'F';
}

type ResourceTest = Truth | 'unresolved';

function resourceListMatches(list: readonly CompiledResource[], resource: string, lookup: VariableLookup): ResourceTest {
  let result: ResourceTest = 'F';
  for (const item of list) {
    if (item.pattern) {
      if (item.pattern.test(resource)) return 'T';
      continue;
    }
    const resolved = substitute(item.variables ?? [], lookup, true);
    if (resolved.kind === 'unresolved') return 'unresolved';
    if (resolved.kind !== 'chars') {
      result = 'U';
      continue;
    }
    if (compilePattern(resolved.text, resolved.chars, 'arn').test(resource)) return 'T';
  }
  return result;
}

function resourceMatches(entry: CompiledStatement, resource: string | typeof PENDING, lookup: VariableLookup): ResourceTest {
  if (!entry.resources && !entry.notResources) return 'T';
  if (resource === PENDING) return 'U';
  if (entry.resources) return resourceListMatches(entry.resources, resource, lookup);
  const inList = resourceListMatches(entry.notResources ?? [], resource, lookup);
  return inList === 'unresolved' ? inList : not(inList);
}

/** A condition value whose variable cannot be resolved makes the statement not apply ("IAM policy elements: Variables"). */
function hasUnresolvedVariable(statement: ParsedStatement, lookup: VariableLookup): Truth {
  let result: Truth = 'F';
  for (const condition of statement.conditions) {
    for (const parts of condition.variables) {
      if (!parts) continue;
      const resolved = substitute(parts, lookup, false);
      if (resolved.kind === 'unresolved') return 'T';
      if (resolved.kind !== 'chars') result = 'U';
    }
  }
  return result;
}

/** Does the statement apply to the request? */
export function statementApplies(policy: ParsedPolicy, statement: ParsedStatement, request: PolicyRequest, kind: PolicyKind): Truth {
  const entry = compiled(statement, policy.variablesEnabled);
  let result = actionMatches(entry, request.action);
  if (result === 'F') return 'F';
  if (kind === 'resource') {
    result = and(result, principalMatches(statement, request.principal));
    if (result === 'F') return 'F';
  }
  const lookup = variableLookup(request);
  const resource = resourceMatches(entry, request.resource, lookup);
  if (resource === 'unresolved' || resource === 'F') return 'F';
  result = and(result, resource);
  if (entry.hasConditionVariables) {
    const unresolved = hasUnresolvedVariable(statement, lookup);
    if (unresolved === 'T') return 'F';
    result = and(result, not(unresolved));
  }
  for (const condition of statement.conditions) {
    result = and(result, evaluateCondition(condition, request.context.get(condition.key), lookup));
    if (result === 'F') return 'F';
  }
  return result;
}

export interface EvaluationOptions {
  readonly kind: PolicyKind;
  /**
   * The caller's own identity policy may grant the request (a principal of the resource's own account): the request is
   * then allowed unless this policy denies it, since within one account an Allow in either policy suffices.
   */
  readonly identityMayAllow?: boolean;
}

export interface PolicyEvaluation {
  /** Allowed and not denied. */
  readonly allowed: Truth;
  readonly allow: Truth;
  readonly deny: Truth;
  /** Allow statements that certainly apply. */
  readonly allowedBy: readonly ParsedStatement[];
  readonly deniedBy: readonly ParsedStatement[];
  /** Statements whose application is unknown. */
  readonly undecided: readonly ParsedStatement[];
}

export function evaluatePolicy(policy: ParsedPolicy, request: PolicyRequest, options: EvaluationOptions): PolicyEvaluation {
  let allow: Truth = options.identityMayAllow ? 'T' : 'F';
  let deny: Truth = 'F';
  const allowedBy: ParsedStatement[] = [];
  const deniedBy: ParsedStatement[] = [];
  const undecided: ParsedStatement[] = [];
  for (const statement of policy.statements) {
    const applies = statementApplies(policy, statement, request, options.kind);
    if (applies === 'U') undecided.push(statement);
    if (statement.effect === 'Deny') {
      deny = or(deny, applies);
      if (applies === 'T') deniedBy.push(statement);
    } else {
      allow = or(allow, applies);
      if (applies === 'T') allowedBy.push(statement);
    }
  }
  return { allowed: and(allow, not(deny)), allow, deny, allowedBy, deniedBy, undecided };
}

/** The same verdict as evaluatePolicy(...).allowed, stopping as soon as it is decided. */
export function isAllowed(policy: ParsedPolicy, request: PolicyRequest, options: EvaluationOptions): Truth {
  return isAllowedByAll([policy], request, options);
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';

/** IAM's verdict for one concrete request against one policy. */
export function decide(policy: ParsedPolicy, request: PolicyRequest, options: EvaluationOptions): Decision {
  const evaluation = evaluatePolicy(policy, request, options);
  if (evaluation.deny === 'T') return 'explicit-deny';
  if (evaluation.allowed === 'T') return 'allow';
  if (evaluation.allowed === 'F') return 'implicit-deny';
  return 'unknown';
}

/**
 * Several policies of one principal evaluated together (its inline, managed and group policies): an Allow in any of
 * them grants, a Deny in any of them denies ("Policy evaluation logic": all applicable identity-based policies).
 */
export function isAllowedByAll(policies: readonly ParsedPolicy[], request: PolicyRequest, options: EvaluationOptions): Truth {
  let allow: Truth = options.identityMayAllow ? 'T' : 'F';
  let deny: Truth = 'F';
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (statement.effect === 'Deny') {
        const applies = statementApplies(policy, statement, request, options.kind);
        if (applies === 'T') return 'F';
        deny = or(deny, applies);
      } else if (allow !== 'T') {
        allow = or(allow, statementApplies(policy, statement, request, options.kind));
      }
    }
  }
  return and(allow, not(deny));
}
