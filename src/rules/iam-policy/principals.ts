/**
 * Candidate principals for an outsider: every account and principal name that can change a verdict. Accounts and
 * names come from the policy's own patterns (Principal, NotPrincipal, aws:PrincipalArn, aws:PrincipalAccount,
 * kms:CallerAccount, aws:username), one witness per realizable combination, minus what the outsider cannot be (the
 * trusted accounts, accounts the policy names literally).
 */
import { stringCandidates } from './candidates.js';
import type { Outsider } from './outsider.js';
import type { ParsedPolicy } from './parse-policy.js';
import { classPattern, pattern, prefixPattern, type Pattern } from './pattern.js';
import { ANONYMOUS, type RequestPrincipal } from './request.js';

const DIGITS = { negated: false, chars: '0123456789' };
const ACCOUNT_SHAPE = classPattern('<account id>', DIGITS, 12);
const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'kms:calleraccount']);
const ARN_KEYS = new Set(['aws:principalarn']);
/** Probe names for a principal the policy does not single out. */
const PROBE_NAME = 'dbgap-audit-probe';

interface PrincipalPatterns {
  /** Account id patterns (wildcards allowed), as written. */
  readonly accounts: string[];
  /** Resource parts of principal ARN patterns (`role/x`, `user/*`…), with their account part. */
  readonly names: Array<{ account: string; name: string }>;
  readonly usernames: string[];
  /** Role sessions named in Principal/NotPrincipal (`assumed-role/<role>/<session>`). */
  readonly sessions: Array<{ account: string; role: string; session: string }>;
}

/** ARN components, a short ARN completed with `*` components as ArnLike completes it (pattern.ts). */
function arnParts(text: string): string[] | undefined {
  const parts = text.split(':');
  if (parts[0] !== 'arn' && parts[0] !== '*') return undefined;
  if (parts.length > 6) parts.splice(5, parts.length - 5, parts.slice(5).join(':'));
  while (parts.length < 6) parts.push('*');
  return parts;
}

function accountOfArn(text: string): string | undefined {
  return arnParts(text)?.[4];
}

function resourceOfArn(text: string): string | undefined {
  return arnParts(text)?.[5];
}

const harvested = new WeakMap<ParsedPolicy, PrincipalPatterns>();

function harvest(policy: ParsedPolicy): PrincipalPatterns {
  let entry = harvested.get(policy);
  if (entry) return entry;
  const accounts: string[] = [];
  const names: Array<{ account: string; name: string }> = [];
  const usernames: string[] = [];
  const sessions: Array<{ account: string; role: string; session: string }> = [];
  const addArn = (text: string) => {
    if (/^\d{12}$/.test(text)) {
      accounts.push(text);
      return;
    }
    const account = accountOfArn(text);
    const name = resourceOfArn(text);
    if (account !== undefined) accounts.push(account);
    if (account === undefined || name === undefined) return;
    const session = /^assumed-role\/([^/]+)\/(.+)$/.exec(name);
    if (session?.[1] && session[2]) {
      names.push({ account, name: `role/${session[1]}` });
      sessions.push({ account, role: session[1], session: session[2] });
    } else names.push({ account, name });
  };
  for (const statement of policy.statements) {
    for (const spec of [statement.principal, statement.notPrincipal]) spec?.aws.forEach((text) => text !== '*' && addArn(text));
    for (const condition of statement.conditions) {
      const family = condition.operator?.family;
      if (family !== 'String' && family !== 'Arn') continue;
      if (ACCOUNT_KEYS.has(condition.key)) accounts.push(...condition.values);
      else if (ARN_KEYS.has(condition.key)) condition.values.forEach(addArn);
      else if (condition.key === 'aws:username') usernames.push(...condition.values);
    }
  }
  entry = { accounts: [...new Set(accounts)], names, usernames: [...new Set(usernames)], sessions };
  harvested.set(policy, entry);
  return entry;
}

const isLiteral = (text: string) => !text.includes('*') && !text.includes('?');

/** 12-digit account ids the policy names literally (in principals and principal conditions). */
export function namedAccounts(policy: ParsedPolicy): string[] {
  return harvest(policy).accounts.filter((text) => /^\d{12}$/.test(text));
}

/** 12-digit account ids the policy names as the account a service acts for (aws:SourceAccount, aws:SourceOwner, aws:SourceArn). */
export function namedSourceAccounts(policy: ParsedPolicy): string[] {
  const accounts = new Set<string>();
  for (const statement of policy.statements) {
    for (const condition of statement.conditions) {
      if (condition.operator?.negated) continue;
      if (condition.key === 'aws:sourceaccount' || condition.key === 'aws:sourceowner') condition.values.filter((text) => /^\d{12}$/.test(text)).forEach((text) => accounts.add(text));
      if (condition.key === 'aws:sourcearn') condition.values.map(accountOfArn).filter((text): text is string => !!text && /^\d{12}$/.test(text)).forEach((text) => accounts.add(text));
    }
  }
  return [...accounts];
}

/** Accounts an `any-account` outsider can be: one per combination of the policy's account patterns, none named or trusted. */
function outsiderAccounts(policies: readonly ParsedPolicy[], excluded: readonly string[]): { accounts: string[]; complete: boolean } {
  const texts = [...new Set(policies.flatMap((policy) => harvest(policy).accounts))];
  const patterns = texts.map((text) => pattern(text, 'wildcard'));
  const literals = [...new Set([...texts.filter(isLiteral), ...excluded])].map((text) => pattern(text, 'literal'));
  const { values, complete } = stringCandidates(patterns, literals, [ACCOUNT_SHAPE]);
  return { accounts: values, complete };
}

function principalsFor(partition: string, account: string, names: readonly string[], policies: readonly ParsedPolicy[] = []): RequestPrincipal[] {
  const principals: RequestPrincipal[] = [];
  const sessions = policies.flatMap((policy) => harvest(policy).sessions).filter((entry) => pattern(entry.account, 'wildcard').test(account));
  for (const name of names) {
    const slash = name.indexOf('/');
    const kind = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    const last = rest.slice(rest.lastIndexOf('/') + 1);
    const path = rest.slice(0, rest.length - last.length);
    if (kind === 'role') {
      // The probe session, and every session of this role the policy names (NotPrincipal exemptions name sessions).
      const sessionNames = [PROBE_NAME, ...sessions.filter((entry) => entry.role === last).map((entry) => entry.session)];
      for (const session of [...new Set(sessionNames)]) {
        principals.push({
          kind: 'aws',
          partition,
          account,
          arn: `arn:${partition}:iam::${account}:role/${path}${last}`,
          sessionArn: `arn:${partition}:sts::${account}:assumed-role/${last}/${session}`,
          type: 'AssumedRole',
        });
      }
    } else if (kind === 'user') {
      principals.push({ kind: 'aws', partition, account, arn: `arn:${partition}:iam::${account}:user/${path}${last}`, type: 'User' });
    }
  }
  principals.push({ kind: 'aws', partition, account, arn: `arn:${partition}:iam::${account}:root`, type: 'Account' });
  return principals;
}

/** Role and user names of `account` that can change a verdict (or only a probe name, for an ordinary principal). */
function principalNames(policies: readonly ParsedPolicy[], account: string, ordinary: boolean): { names: string[]; complete: boolean } {
  if (ordinary) return { names: [`role/${PROBE_NAME}`, `user/${PROBE_NAME}`], complete: true };
  const patterns: Pattern[] = [];
  for (const policy of policies) {
    const harvestedPatterns = harvest(policy);
    for (const entry of harvestedPatterns.names) {
      if (pattern(entry.account, 'wildcard').test(account)) patterns.push(pattern(entry.name, 'wildcard'));
    }
    for (const username of harvestedPatterns.usernames) patterns.push(pattern(`user/${username}`, 'wildcard'));
  }
  const names: string[] = [];
  let complete = true;
  for (const kind of ['role/', 'user/']) {
    const found = stringCandidates(patterns, [], [prefixPattern(kind)]);
    complete &&= found.complete;
    names.push(...found.values);
  }
  return { names, complete };
}

export interface PrincipalCandidates {
  readonly principals: RequestPrincipal[];
  readonly complete: boolean;
}

/** Every principal of the outsider that can change the verdict of `policies`. */
export function principalCandidates(
  outsider: Outsider,
  policies: readonly ParsedPolicy[],
  options: { partition: string; ownAccount: string; trustedAccounts: readonly string[] },
): PrincipalCandidates {
  switch (outsider.kind) {
    case 'anonymous':
      return { principals: [ANONYMOUS], complete: true };
    case 'self':
      return { principals: [outsider.principal], complete: true };
    case 'service':
      return { principals: [{ kind: 'service', service: outsider.service }], complete: true };
    case 'federated':
      return { principals: [{ kind: 'federated', provider: outsider.provider }], complete: true };
    case 'own-account':
    case 'account': {
      const account = outsider.kind === 'account' ? outsider.account : options.ownAccount;
      const { names, complete } = principalNames(policies, account, outsider.kind === 'own-account' && outsider.principals === 'ordinary');
      return { principals: principalsFor(options.partition, account, names, policies), complete };
    }
    case 'any-account': {
      const named = policies.flatMap(namedAccounts);
      const { accounts, complete } = outsiderAccounts(policies, [options.ownAccount, ...options.trustedAccounts, ...named]);
      let allComplete = complete;
      const principals = accounts.flatMap((account) => {
        const found = principalNames(policies, account, false);
        allComplete &&= found.complete;
        return principalsFor(options.partition, account, found.names, policies);
      });
      return { principals, complete: allComplete };
    }
  }
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
