/**
 * Accounts hold many policies that differ only in the name of the resource they are attached to (one template per
 * bucket, the default key policy on every key). The answer to a question depends on the policy only up to that name
 * when every Resource pattern either names the resource itself (the bucket, or a key path under it: renamed to a
 * placeholder), names something else literally (it matches neither the resource nor the placeholder), or matches every
 * resource of the kind (`*`, `arn:aws:s3:::*`: it matches both). Such questions share one cached answer.
 */
import type { ParsedPolicy, ParsedStatement } from './parse-policy.js';
import { pattern, type Pattern } from './pattern.js';
import type { AccessAnswer, AccessQuestion, Target } from './search.js';

const PLACEHOLDER = 'dbgap-audit-canonical-resource';
const cache = new Map<string, AccessAnswer>();
const MAX_ENTRIES = 20_000;

/** Does the pattern match every string that starts with `prefix`? */
function matchesEveryContinuation(compiled: Pattern, prefix: string): boolean {
  return compiled.test(prefix) && compiled.test(`${prefix}x/y:z`) && acceptsAllAfter(compiled, prefix);
}

function acceptsAllAfter(compiled: Pattern, prefix: string): boolean {
  // Walk the literal prefix; from every state reached, only runs of any character may remain.
  let states = new Set<number>([0]);
  const close = (set: Set<number>) => {
    for (const state of [...set]) {
      let next = state;
      while (compiled.tokens[next]?.run) {
        next += 1;
        set.add(next);
      }
    }
    return set;
  };
  states = close(states);
  for (const char of prefix) {
    const next = new Set<number>();
    for (const state of states) {
      const token = compiled.tokens[state];
      if (!token || token.cls.chars.includes(char) === token.cls.negated) continue;
      next.add(token.run ? state : state + 1);
    }
    states = close(next);
  }
  return [...states].some((state) => compiled.tokens.slice(state).every((token) => token.run && token.cls.negated && token.cls.chars === ''));
}

interface Renaming {
  readonly from: string;
  readonly to: string;
  rename(text: string): string | undefined;
}

function renamingFor(target: Exclude<Target, { kind: 'any-resource' }>, partition: string): Renaming {
  if (target.kind === 's3-bucket') {
    const from = target.bucketArn;
    const to = `arn:${partition}:s3:::${PLACEHOLDER}`;
    const namespace = `arn:${partition}:s3:::`;
    return {
      from,
      to,
      rename(text) {
        if (text === from || text.startsWith(`${from}/`)) return to + text.slice(from.length);
        if (!text.includes('*') && !text.includes('?')) return text;
        return matchesEveryContinuation(pattern(text, 'arn'), namespace) ? text : undefined;
      },
    };
  }
  const from = target.arn;
  const to = `arn:${partition}:${PLACEHOLDER}:::resource`;
  return {
    from,
    to,
    rename(text) {
      if (text === from) return to;
      if (text === '*') return text;
      return !text.includes('*') && !text.includes('?') ? text : undefined;
    },
  };
}

function renameList(list: readonly string[] | undefined, renaming: Renaming): string[] | undefined | null {
  if (!list) return undefined;
  const renamed: string[] = [];
  for (const text of list) {
    const result = renaming.rename(text);
    if (result === undefined) return null;
    renamed.push(result);
  }
  return renamed;
}

function canonicalStatement(statement: ParsedStatement, renaming: Renaming): unknown[] | null {
  const resources = renameList(statement.resources, renaming);
  const notResources = renameList(statement.notResources, renaming);
  if (resources === null || notResources === null) return null;
  return [
    statement.label,
    statement.effect,
    statement.principal ?? null,
    statement.notPrincipal ?? null,
    statement.actions ?? null,
    statement.notActions ?? null,
    resources ?? null,
    notResources ?? null,
    statement.conditions.map((condition) => [condition.operatorName, condition.keyName, condition.values, condition.problem ?? null]),
  ];
}

export interface CanonicalQuestion {
  readonly key: string;
  /** The question about the canonical policy and target (built only when the answer is not cached). */
  question(): AccessQuestion;
  restore(answer: AccessAnswer): AccessAnswer;
}

/**
 * The policy's text with the target renamed, interned as a small number (equal texts, equal numbers), or null when the
 * policy cannot be canonicalized for it.
 */
const policyTexts = new WeakMap<ParsedPolicy, Map<string, number | null>>();
const interned = new Map<string, number>();
let nextTextId = 0;

function canonicalText(policy: ParsedPolicy, target: Target, renaming: Renaming): number | null {
  const targetKey = `${target.kind}:${renaming.from}`;
  let perTarget = policyTexts.get(policy);
  const known = perTarget?.get(targetKey);
  if (known !== undefined) return known;
  let text: number | null = null;
  const hasVariables = policy.variablesEnabled && policy.statements.some((statement) => [...(statement.resources ?? []), ...(statement.notResources ?? [])].some((entry) => entry.includes('${')));
  if (!hasVariables) {
    const statements: unknown[] = [];
    for (const statement of policy.statements) {
      const canonical = canonicalStatement(statement, renaming);
      if (!canonical) {
        statements.length = 0;
        break;
      }
      statements.push(canonical);
    }
    if (statements.length === policy.statements.length) {
      const json = JSON.stringify([policy.variablesEnabled, statements]);
      if (!(json.includes(PLACEHOLDER) && json.split(PLACEHOLDER).length - 1 !== json.split(renaming.to).length - 1)) {
        if (interned.size >= MAX_ENTRIES) interned.clear();
        text = interned.get(json) ?? (nextTextId += 1);
        interned.set(json, text);
      }
    }
  }
  if (!perTarget) {
    perTarget = new Map();
    policyTexts.set(policy, perTarget);
  }
  perTarget.set(targetKey, text);
  return text;
}

/** The canonical form of a question, or undefined when it cannot share answers with others. */
export function canonicalize(question: AccessQuestion): CanonicalQuestion | undefined {
  if (question.decide || question.target.kind === 'any-resource' || question.policies.length !== 1 || ((question.actions.forPrincipal || question.actions.filter) && !question.actions.scopeId)) return undefined;
  const policy = question.policies[0] as ParsedPolicy;
  const target = question.target;
  const renaming = renamingFor(target, question.account.partition);
  const text = canonicalText(policy, target, renaming);
  if (text === null) return undefined;
  const key = JSON.stringify([
    text,
    question.kind,
    question.outsider,
    question.target.kind,
    question.account,
    [...question.trustedAccounts].sort(),
    question.now.getTime(),
    question.transport ?? 'any',
    question.identityMayAllow ?? false,
    question.fixedContext ?? null,
    question.actions.services ?? null,
    question.actions.names ?? null,
    question.actions.scopeId ?? null,
  ]);
  return {
    key,
    question: () => {
      const canonicalPolicy: ParsedPolicy = {
        ...policy,
        statements: policy.statements.map((statement) => ({
          ...statement,
          resources: renameList(statement.resources, renaming) ?? undefined,
          notResources: renameList(statement.notResources, renaming) ?? undefined,
        })),
      };
      const canonicalTarget: Target = target.kind === 's3-bucket' ? { kind: 's3-bucket', bucketArn: renaming.to } : { kind: 'resource', arn: renaming.to };
      return { ...question, policies: [canonicalPolicy], target: canonicalTarget };
    },
    restore(answer) {
      if (!answer.request) return answer;
      const resource = answer.request.resource.startsWith(renaming.to) ? renaming.from + answer.request.resource.slice(renaming.to.length) : answer.request.resource;
      return { ...answer, request: { ...answer.request, resource } };
    },
  };
}

export function cachedAnswer(key: string): AccessAnswer | undefined {
  return cache.get(key);
}

export function storeAnswer(key: string, answer: AccessAnswer): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, answer);
}
