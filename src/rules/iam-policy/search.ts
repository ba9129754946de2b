/**
 * The adversarial question: "is there a request this outsider can make that the policy allows and does not deny?"
 * answered by exhaustive search, not by sampling.
 *
 * A request has dimensions: the principal, the network path (internet or a VPC endpoint), the transport (TLS or
 * plain HTTP), the action, the resource, and every condition key the policy reads. Each dimension takes only the
 * values that can change a verdict (candidates.ts, principals.ts): for a caller-chosen key that is absence, every
 * boundary the policy names and a value matching none of its patterns; a key AWS fixes keeps its value. The search
 * assigns one dimension at a time and evaluates the partly built request with the unassigned dimensions unknown
 * (three-valued logic): as soon as the verdict is certainly "not allowed" the branch is dropped, so the search
 * visits few requests while missing none.
 *
 * Scope: requests made directly to the resource. Requests an AWS service forwards on a caller's behalf (aws:ViaAWSService)
 * are governed by that service's own authorization and are not searched.
 */
import { actionCatalog, type CatalogAction } from './action-catalog.js';
import { cachedAnswer, canonicalize, storeAnswer } from './answer-cache.js';
import { addressCandidates, dateCandidates, numberCandidates, stringCandidates, subsets } from './candidates.js';
import { keyDomain, MULTIVALUED_KEYS, NETWORK_KEYS, TRANSPORT_KEYS, type KeyDomain, type KeyState } from './context-keys.js';
import { isAllowed, evaluatePolicy, type PolicyKind } from './evaluate-policy.js';
import { isNarrowRange, parseRange, type IpRange } from './ip-range.js';
import type { Outsider } from './outsider.js';
import type { ParsedCondition, ParsedPolicy, ParsedStatement } from './parse-policy.js';
import { compilePattern, pattern, prefixPattern, type Pattern } from './pattern.js';
import { parseVariables, substitute, variableKeys } from './policy-variables.js';
import { principalCandidates } from './principals.js';
import { PENDING, UNKNOWN, type ContextEntry, type ContextValue, type PolicyRequest, type RequestPrincipal } from './request.js';
import type { Truth } from './truth.js';

export interface ActionScope {
  /** Service prefixes whose catalogue actions count, e.g. `s3`. */
  readonly services?: readonly string[];
  /** Individual actions that count. */
  readonly names?: readonly string[];
  /** Keeps only the actions a principal can send (AssumeRoleWithWebIdentity needs a web identity). */
  readonly forPrincipal?: (principal: RequestPrincipal, action: string) => boolean;
  /** Keeps only some actions (e.g. those that act on objects). */
  readonly filter?: (action: string) => boolean;
  /** Names `forPrincipal` and `filter` so that answers can be cached (answer-cache.ts). */
  readonly scopeId?: string;
}

export type Target =
  /** A bucket: the bucket ARN for bucket actions, and any object key (caller-chosen) for object actions. */
  | { readonly kind: 's3-bucket'; readonly bucketArn: string }
  /** One resource ARN (a KMS key, a role, an IAM resource…). */
  | { readonly kind: 'resource'; readonly arn: string }
  /** Any resource of the action's own service (creating an instance anywhere), or `*` for actions that take no resource. */
  | { readonly kind: 'any-resource'; readonly partition: string };

export interface AccessQuestion {
  /** The policies the verdict reads (for their patterns); `decide` combines them. Default: one resource policy. */
  readonly policies: readonly ParsedPolicy[];
  readonly kind: PolicyKind;
  readonly outsider: Outsider;
  readonly target: Target;
  readonly actions: ActionScope;
  /** The resource owner's account. */
  readonly account: { readonly id: string; readonly partition: string };
  readonly trustedAccounts: readonly string[];
  /** Requests are made now or later: the caller picks when, not in the past. */
  readonly now: Date;
  /** `http` asks only about plain-HTTP requests. */
  readonly transport?: 'any' | 'http';
  /** The caller's own identity policy may allow (same-account principal): allowed unless denied. */
  readonly identityMayAllow?: boolean;
  /** Keys fixed by the question (lower-cased; undefined = absent), e.g. iam:PassedToService. */
  readonly fixedContext?: Readonly<Record<string, ContextValue | undefined>>;
  /** Combines the policies' verdicts (default: the single policy, evaluated with `kind`). */
  readonly decide?: (request: PolicyRequest) => Truth;
}

export interface FoundRequest {
  readonly outsider: Outsider;
  readonly principal: RequestPrincipal;
  readonly action: string;
  readonly resource: string;
  readonly network: 'internet' | 'endpoint' | 'none' | undefined;
  readonly transport: 'https' | 'http' | undefined;
  /** The values of the keys the policy reads that the request carries. */
  readonly context: ReadonlyMap<string, ContextValue>;
  /** Keys the policy reads that the request leaves out. */
  readonly absentKeys: readonly string[];
}

export interface AccessAnswer {
  /** `unknown`: no request is certainly allowed, but one is unless an unknown operator or value says otherwise. */
  readonly verdict: 'allowed' | 'denied' | 'unknown';
  readonly request?: FoundRequest;
  /** Labels of the Allow statements that grant the request. */
  readonly allowedBy: readonly string[];
  /** The same, with the index of the policy (in `policies`) each statement belongs to. */
  readonly grants: ReadonlyArray<{ readonly policy: number; readonly statement: string }>;
  readonly unknownBecause: readonly string[];
  /** false when a limit stopped the search before it had covered every combination. */
  readonly exhaustive: boolean;
}

interface Node {
  readonly principal: RequestPrincipal | typeof PENDING;
  readonly network: 'internet' | 'endpoint' | 'none' | undefined;
  readonly transport: 'https' | 'http' | undefined;
  readonly action: string | typeof PENDING;
  readonly resource: string | typeof PENDING;
  readonly context: Map<string, ContextEntry>;
}

const MAX_NODES = 50_000;

/** Well-known actions, preferred as the representative of their class in messages. */
const PREFERRED_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:DeleteObject',
  's3:GetBucketPolicy',
  's3:PutBucketPolicy',
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:CreateGrant',
  'kms:PutKeyPolicy',
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
];

function conditionsOn(policies: readonly ParsedPolicy[], key: string): ParsedCondition[] {
  return policies.flatMap((policy) => policy.statements.flatMap((statement) => statement.conditions.filter((condition) => condition.key === key)));
}

function allStatements(policies: readonly ParsedPolicy[]): ParsedStatement[] {
  return policies.flatMap((policy) => policy.statements);
}

/** Representative actions: one per combination of the policies' Action/NotAction patterns. */
const actionClassCache = new Map<string, string[]>();

function actionUniverse(scope: ActionScope, patterns: readonly string[]): string[] {
  const catalog = actionCatalog();
  const names = new Set<string>();
  for (const service of scope.services ?? []) for (const action of catalog.forService(service)) names.add(action.name);
  for (const name of scope.names ?? []) names.add(catalog.get(name)?.name ?? name);
  // Actions the policy names that the catalogue does not know yet (new AWS actions) still count.
  for (const text of patterns) {
    if (text.includes('*') || text.includes('?')) continue;
    const service = text.split(':')[0]?.toLowerCase() ?? '';
    if ((scope.services ?? []).includes(service) && !catalog.get(text)) names.add(text);
  }
  return [...names];
}

/**
 * One action per combination of the policies' Action/NotAction patterns; for a bucket, also per kind of resource the
 * action takes (bucket or object), since the Resource element tells those apart.
 */
export function representativeActions(scope: ActionScope, policies: readonly ParsedPolicy[], byResourceKind: boolean): string[] {
  const patterns = [...new Set(allStatements(policies).flatMap((statement) => [...(statement.actions ?? []), ...(statement.notActions ?? [])]))].sort();
  const cacheKey = `${byResourceKind ? 'r' : ''}|${(scope.services ?? []).join(',')}|${(scope.names ?? []).join(',')}|${patterns.join('\u0000')}`;
  const cached = actionClassCache.get(cacheKey);
  if (cached) return cached;
  const compiled = patterns.map((text) => pattern(text, 'wildcard-ignore-case'));
  const classes = new Map<string, string[]>();
  for (const action of actionUniverse(scope, patterns)) {
    const kinds = byResourceKind ? resourceKinds(action) : undefined;
    const signature = compiled.map((entry) => (entry.test(action) ? '1' : '0')).join('') + (kinds ? `${kinds.bucket ? 'b' : ''}${kinds.object ? 'o' : ''}` : '');
    const members = classes.get(signature) ?? [];
    members.push(action);
    classes.set(signature, members);
  }
  const representatives = [...classes.entries()].filter(([signature]) => !byResourceKind || /[bo]$/.test(signature)).map(([, members]) => members).map((members) => {
    const preferred = PREFERRED_ACTIONS.find((name) => members.includes(name));
    return preferred ?? (members.find((name) => actionCatalog().get(name)?.accessLevel === 'Read') as string | undefined) ?? (members[0] as string);
  });
  if (actionClassCache.size > 5000) actionClassCache.clear();
  actionClassCache.set(cacheKey, representatives);
  return representatives;
}

const OBJECT_TYPES = new Set(['object', 'accesspointobject']);

function resourceKinds(action: string): { bucket: boolean; object: boolean } {
  const entry: CatalogAction | undefined = actionCatalog().get(action);
  if (!entry) return { bucket: true, object: true };
  return { bucket: entry.resourceTypes.includes('bucket'), object: entry.resourceTypes.some((type) => OBJECT_TYPES.has(type)) };
}

/** Object ARNs of one bucket: one per combination of the policies' Resource/NotResource patterns. */
const objectCache = new WeakMap<ParsedPolicy, Map<string, { values: string[]; complete: boolean }>>();

function objectCandidates(policies: readonly ParsedPolicy[], bucketArn: string, node: Node): { values: string[]; complete: boolean } {
  const patterns: Pattern[] = [];
  let hasVariables = false;
  for (const policy of policies) {
    for (const statement of policy.statements) {
      for (const text of [...(statement.resources ?? []), ...(statement.notResources ?? [])]) {
        const parts = policy.variablesEnabled ? parseVariables(text) : undefined;
        if (!parts) {
          patterns.push(pattern(text, 'arn'));
          continue;
        }
        hasVariables = true;
        const resolved = substitute(parts, (key) => lookupVariable(node, key), true);
        if (resolved.kind === 'chars') patterns.push(compilePattern(resolved.text, resolved.chars, 'arn'));
      }
    }
  }
  const cacheable = !hasVariables && policies.length === 1;
  const cached = cacheable ? objectCache.get(policies[0] as ParsedPolicy)?.get(bucketArn) : undefined;
  if (cached) return cached;
  const found = stringCandidates(patterns, [], [prefixPattern(`${bucketArn}/`)]);
  const result = found.values.length > 0 ? found : { values: [`${bucketArn}/${'dbgap-audit-probe'}`], complete: found.complete };
  if (cacheable) {
    const perPolicy = objectCache.get(policies[0] as ParsedPolicy) ?? new Map<string, { values: string[]; complete: boolean }>();
    perPolicy.set(bucketArn, result);
    objectCache.set(policies[0] as ParsedPolicy, perPolicy);
  }
  return result;
}

/** Resources of the action's service that can change a verdict; `*` for an action that takes no resource. */
function anyResourceCandidates(policies: readonly ParsedPolicy[], action: string, partition: string): { values: string[]; complete: boolean } {
  const entry = actionCatalog().get(action);
  if (entry && entry.resourceTypes.length === 0) return { values: ['*'], complete: true };
  const service = action.split(':')[0] ?? '';
  const patterns = [
    ...new Set(allStatements(policies).flatMap((statement) => [...(statement.resources ?? []), ...(statement.notResources ?? [])]).filter((text) => !text.includes('${'))),
  ].map((text) => pattern(text, 'arn'));
  // Any ARN of the service: six components, the first three fixed.
  const found = stringCandidates(patterns, [], [pattern(`arn:${partition}:${service}:*`, 'arn')]);
  return found.values.length > 0 ? found : { values: [`arn:${partition}:${service}:::example`], complete: found.complete };
}

function lookupVariable(node: Node, key: string): string | undefined | 'pending' | 'unknown' {
  const entry = node.context.get(key);
  if (entry === PENDING) return 'pending';
  if (entry === UNKNOWN) return 'unknown';
  return typeof entry === 'string' ? entry : undefined;
}

/** Candidate values of one caller-chosen key (undefined = absent). */
function keyCandidates(key: string, domain: Extract<KeyDomain, { kind: 'choose' }>, policies: readonly ParsedPolicy[], node: Node): { values: Array<ContextValue | undefined>; complete: boolean } {
  const conditions = conditionsOn(policies, key);
  if (domain.type === 'one-of') return { values: [...(domain.values ?? [])], complete: true };
  if (domain.type === 'address') {
    const texts = conditions.filter((condition) => condition.operator?.family === 'IpAddress').flatMap((condition) => condition.values);
    const owned = domain.owned
      ? texts.flatMap((text) => {
          const range = parseRange(text);
          return range && isNarrowRange(range) ? [range] : [];
        })
      : ([] as IpRange[]);
    return { values: addressCandidates(texts, owned), complete: true };
  }
  const patterns: Pattern[] = [];
  const literals: string[] = [];
  const ownedPatterns: Pattern[] = [];
  const extra: string[] = [];
  let multivalued = MULTIVALUED_KEYS.has(key);
  for (const condition of conditions) {
    const operator = condition.operator;
    if (operator?.set) multivalued = true;
    const family = operator?.family;
    if (family === 'String' || family === 'Arn') {
      const mode = family === 'Arn' ? 'arn' : operator?.comparison === 'like' ? 'wildcard' : operator?.comparison === 'equals-ignore-case' ? 'literal-ignore-case' : 'literal';
      condition.values.forEach((text, index) => {
        const parts = condition.variables[index];
        let compiled: Pattern;
        if (parts) {
          const resolved = substitute(parts, (variable) => lookupVariable(node, variable), mode === 'arn' || mode === 'wildcard');
          if (resolved.kind !== 'chars') return;
          compiled = compilePattern(resolved.text, resolved.chars, mode);
        } else {
          compiled = pattern(text, mode);
        }
        patterns.push(compiled);
        if (!compiled.hasWildcard) {
          literals.push(compiled.source);
          ownedPatterns.push(compiled);
        }
      });
      if (domain.ownerPatterns) literals.push(...condition.values);
    } else if (family === 'Numeric') extra.push(...numberCandidates(condition.values));
    else if (family === 'Date') extra.push(...dateCandidates(condition.values));
    else if (family === 'Bool') extra.push('true', 'false');
    else if (family === 'Binary') extra.push(...condition.values, 'AA==');
    else if (family === 'IpAddress') extra.push(...addressCandidates(condition.values));
  }
  if (domain.owned && domain.ownerPatterns) ownedPatterns.push(...domain.ownerPatterns(literals));
  const found = stringCandidates(patterns, domain.owned ? ownedPatterns : []);
  const strings = found.values.map((value) => (value === '' && patterns.every((entry) => !entry.test('')) ? 'dbgap-audit-probe' : value));
  const owned = domain.owned ? ownedPatterns : [];
  const presentValues = [...new Set([...strings, ...extra])].filter((value) => !owned.some((entry) => entry.test(value)));
  const values: Array<ContextValue | undefined> = [];
  if (domain.absent) values.push(undefined);
  if (multivalued) {
    const { sets, complete } = subsets(presentValues);
    values.push(...sets);
    return { values, complete: complete && found.complete };
  }
  values.push(...presentValues);
  return { values, complete: found.complete };
}

function withContext(node: Node, key: string, value: ContextEntry | undefined): Map<string, ContextEntry> {
  const context = new Map(node.context);
  if (value === undefined) context.delete(key);
  else context.set(key, value);
  return context;
}

const DENIED: AccessAnswer = { verdict: 'denied', allowedBy: [], grants: [], unknownBecause: [], exhaustive: true };

/**
 * Can any Allow statement of a resource policy name this outsider at all? When none can (and no identity policy
 * may allow), nothing the outsider sends is allowed, whatever the conditions say: the search is not needed.
 */
function mayBeAdmitted(question: AccessQuestion): boolean {
  if (question.kind !== 'resource' || question.identityMayAllow || question.decide) return true;
  const outsider = question.outsider;
  const wildcard = (entry: string) => entry.includes('*') || entry.includes('?');
  return question.policies.some((policy) =>
    policy.statements.some((statement) => {
      if (statement.effect !== 'Allow') return false;
      const principal = statement.principal;
      if (!principal || principal.everyone || statement.notPrincipal) return true;
      switch (outsider.kind) {
        case 'anonymous':
          return false;
        case 'any-account':
          return principal.aws.some(wildcard);
        case 'account':
          return principal.aws.some((entry) => wildcard(entry) || entry === outsider.account || entry.includes(`:${outsider.account}:`));
        case 'service':
          return principal.service.some((entry) => entry.toLowerCase() === outsider.service.toLowerCase());
        case 'federated':
          return principal.federated.some((entry) => entry.toLowerCase() === outsider.provider.toLowerCase());
        default:
          return true;
      }
    }),
  );
}

export function findAllowedRequest(question: AccessQuestion): AccessAnswer {
  if (!mayBeAdmitted(question)) return DENIED;
  const canonical = canonicalize(question);
  if (!canonical) return search(question);
  const cached = cachedAnswer(canonical.key);
  if (cached) return canonical.restore(cached);
  const answer = search(canonical.question());
  storeAnswer(canonical.key, answer);
  return canonical.restore(answer);
}

function search(question: AccessQuestion): AccessAnswer {
  const { policies } = question;
  const referenced = new Set(allStatements(policies).flatMap((statement) => statement.keys));
  const fixedKeys = new Map(Object.entries(question.fixedContext ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const variableSources = new Set<string>();
  for (const statement of allStatements(policies)) {
    for (const condition of statement.conditions) for (const parts of condition.variables) if (parts) variableKeys(parts).forEach((key) => variableSources.add(key));
    for (const text of [...(statement.resources ?? []), ...(statement.notResources ?? [])]) {
      const parts = parseVariables(text);
      if (parts) variableKeys(parts).forEach((key) => variableSources.add(key));
    }
  }
  const decide =
    question.decide ??
    ((request: PolicyRequest) => isAllowed(policies[0] as ParsedPolicy, request, { kind: question.kind, identityMayAllow: question.identityMayAllow ?? false }));
  const needsNetwork = [...referenced].some((key) => NETWORK_KEYS.has(key) && !fixedKeys.has(key));
  const needsTransport = question.transport === 'http' || [...referenced].some((key) => TRANSPORT_KEYS.has(key) && !fixedKeys.has(key));
  let exhaustive = true;
  let visited = 0;
  let uncertain: Node | undefined;

  const initialContext = new Map<string, ContextEntry>();
  for (const key of referenced) initialContext.set(key, PENDING);
  for (const [key, value] of fixedKeys) {
    if (value === undefined) initialContext.delete(key);
    else initialContext.set(key, value);
  }
  const root: Node = { principal: PENDING, network: undefined, transport: undefined, action: PENDING, resource: PENDING, context: initialContext };

  const stateOf = (node: Node): KeyState | undefined =>
    node.principal === PENDING ? undefined : { outsider: question.outsider, principal: node.principal, network: node.network, transport: node.transport, account: question.account.id, now: question.now };

  /** Re-derive every key that is still pending and is not the caller's to choose. */
  const settle = (node: Node): Node => {
    const state = stateOf(node);
    if (!state) return node;
    const context = new Map(node.context);
    for (const [key, entry] of node.context) {
      if (entry !== PENDING || fixedKeys.has(key)) continue;
      const domain = keyDomain(key, state);
      if (domain.kind === 'fixed') {
        if (domain.value === undefined) context.delete(key);
        else context.set(key, domain.value);
      } else if (domain.kind === 'unknown') context.set(key, UNKNOWN);
    }
    return { ...node, context };
  };

  const principalOptions = principalCandidates(question.outsider, policies, {
    partition: question.account.partition,
    ownAccount: question.account.id,
    trustedAccounts: question.trustedAccounts,
  });
  if (!principalOptions.complete) exhaustive = false;

  const children = (node: Node): Node[] | undefined => {
    if (node.principal === PENDING) return principalOptions.principals.map((principal) => settle({ ...node, principal }));
    const principal = node.principal;
    if (node.network === undefined) {
      const options: Array<'internet' | 'endpoint' | 'none'> = principal.kind === 'service' || !needsNetwork ? ['none'] : ['internet', 'endpoint'];
      return options.map((network) => settle({ ...node, network }));
    }
    if (node.transport === undefined) {
      const options: Array<'https' | 'http'> =
        question.transport === 'http' ? ['http'] : principal.kind === 'service' || !needsTransport ? ['https'] : ['https', 'http'];
      return options.map((transport) => settle({ ...node, transport }));
    }
    if (node.action === PENDING) {
      const scope = question.actions;
      const actions = representativeActions(scope, policies, question.target.kind === 's3-bucket').filter(
        (action) => (scope.forPrincipal?.(principal, action) ?? true) && (scope.filter?.(action) ?? true),
      );
      return actions.map((action) => ({ ...node, action }));
    }
    if (node.resource === PENDING) {
      const target = question.target;
      if (target.kind === 'resource') return [{ ...node, resource: target.arn }];
      if (target.kind === 'any-resource') {
        const found = anyResourceCandidates(policies, node.action as string, target.partition);
        if (!found.complete) exhaustive = false;
        return found.values.map((resource) => ({ ...node, resource }));
      }
      const kinds = resourceKinds(node.action as string);
      const resources: string[] = [];
      if (kinds.bucket) resources.push(target.bucketArn);
      if (kinds.object) {
        const objects = objectCandidates(policies, target.bucketArn, node);
        if (!objects.complete) exhaustive = false;
        resources.push(...objects.values);
      }
      return resources.map((resource) => ({ ...node, resource }));
    }
    const state = stateOf(node) as KeyState;
    const pending = [...node.context].filter(([, entry]) => entry === PENDING).map(([key]) => key);
    if (pending.length === 0) return undefined;
    // Keys used as policy variables first (other values depend on them), then the key with the fewest candidates.
    let best: { key: string; values: Array<ContextValue | undefined> } | undefined;
    for (const key of pending) {
      const domain = keyDomain(key, state);
      if (domain.kind !== 'choose') {
        // A key no stage settles: treat it as unknown rather than loop.
        return [{ ...node, context: withContext(node, key, UNKNOWN) }];
      }
      const found = keyCandidates(key, domain, policies, node);
      if (!found.complete) exhaustive = false;
      const preferred = variableSources.has(key) && !(best && variableSources.has(best.key));
      if (!best || preferred || (found.values.length < best.values.length && !(variableSources.has(best.key) && !variableSources.has(key)))) {
        best = { key, values: found.values };
      }
    }
    const chosen = best as { key: string; values: Array<ContextValue | undefined> };
    return chosen.values.map((value) => ({ ...node, context: withContext(node, chosen.key, value) }));
  };

  const visit = (node: Node): Node | undefined => {
    visited += 1;
    if (visited > MAX_NODES) {
      exhaustive = false;
      return undefined;
    }
    const verdict = decide(node as PolicyRequest);
    if (verdict === 'F') return undefined;
    const next = children(node);
    if (!next) {
      if (verdict === 'T') return node;
      uncertain ??= node;
      return undefined;
    }
    for (const child of next) {
      const found = visit(child);
      if (found) return found;
      if (visited > MAX_NODES) return undefined;
    }
    return undefined;
  };

  const found = visit(root);
  if (found) {
    const grants = grantingStatements(question, found);
    return { verdict: 'allowed', request: foundRequest(found, question, referenced), allowedBy: [...new Set(grants.map((grant) => grant.statement))], grants, unknownBecause: [], exhaustive };
  }
  if (uncertain) {
    return {
      verdict: 'unknown',
      request: foundRequest(uncertain, question, referenced),
      allowedBy: [],
      grants: [],
      unknownBecause: unknownReasons(question, uncertain),
      exhaustive,
    };
  }
  if (!exhaustive) return { verdict: 'unknown', allowedBy: [], grants: [], unknownBecause: ['the search reached its limit before covering every request'], exhaustive };
  return { verdict: 'denied', allowedBy: [], grants: [], unknownBecause: [], exhaustive };
}

function foundRequest(node: Node, question: AccessQuestion, referenced: ReadonlySet<string>): FoundRequest {
  const context = new Map<string, ContextValue>();
  const absentKeys: string[] = [];
  for (const key of [...referenced].sort()) {
    const entry = node.context.get(key);
    if (entry === undefined) absentKeys.push(key);
    else if (entry !== PENDING && entry !== UNKNOWN) context.set(key, entry);
  }
  return {
    outsider: question.outsider,
    principal: node.principal as RequestPrincipal,
    action: node.action as string,
    resource: node.resource as string,
    network: node.network,
    transport: node.transport,
    context,
    absentKeys,
  };
}

function grantingStatements(question: AccessQuestion, node: Node): Array<{ policy: number; statement: string }> {
  return question.policies.flatMap((policy, index) =>
    evaluatePolicy(policy, node as PolicyRequest, { kind: question.kind }).allowedBy.map((statement) => ({ policy: index, statement: statement.label })),
  );
}

function unknownReasons(question: AccessQuestion, node: Node): string[] {
  const reasons = new Set<string>();
  for (const policy of question.policies) {
    const evaluation = evaluatePolicy(policy, node as PolicyRequest, { kind: question.kind });
    for (const statement of evaluation.undecided) {
      for (const condition of statement.conditions) {
        if (condition.problem) reasons.add(`statement ${statement.label}: ${condition.problem}`);
        else if (!condition.operator) reasons.add(`statement ${statement.label} uses the condition operator ${condition.operatorName}, which this engine does not know`);
        else if (node.context.get(condition.key) === UNKNOWN) reasons.add(`statement ${statement.label} depends on ${condition.keyName}, whose value AWS sets and the inventory does not hold`);
      }
    }
  }
  if (reasons.size === 0) reasons.add('a statement could not be evaluated');
  return [...reasons];
}

/** Does the action act on objects (rather than on the bucket itself)? Unknown actions count as both. */
export function actsOnObjects(action: string): boolean {
  return resourceKinds(action).object;
}
