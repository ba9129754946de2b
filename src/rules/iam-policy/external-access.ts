/**
 * "Who outside the account can get in?" for one resource policy: the same question asked of every kind of outsider
 * the policy can admit — anonymous callers, any AWS account, each account it names that is not trusted, accounts of
 * an organization it names, the AWS services it names acting for other accounts, and the web identity providers it
 * trusts. Each answer that is not "denied" is returned, with the request that gets through.
 */
import { NETWORK_KEYS } from './context-keys.js';
import type { NetworkReach, Outsider } from './outsider.js';
import type { ParsedPolicy } from './parse-policy.js';
import { namedAccounts, namedSourceAccounts } from './principals.js';
import { findAllowedRequest, type AccessAnswer, type ActionScope, type Target } from './search.js';

export interface ExternalAccess {
  readonly outsider: Outsider;
  readonly answer: AccessAnswer;
}

export interface ExternalAccessOptions {
  readonly target: Target;
  readonly actions: ActionScope;
  readonly account: { readonly id: string; readonly partition: string };
  readonly trustedAccounts: readonly string[];
  readonly now: Date;
  readonly anonymous: boolean;
  /** Whether account outsiders can call from the owner's networks (see NetworkReach). */
  readonly network: NetworkReach;
  /** Service principals that only ever act for resources of the role's own account (EC2, Lambda…): not outsiders. */
  readonly sameAccountServices?: ReadonlySet<string>;
}

/** The outsiders a policy can admit. */
export function outsidersOf(policy: ParsedPolicy, options: Pick<ExternalAccessOptions, 'account' | 'trustedAccounts' | 'anonymous' | 'sameAccountServices' | 'network'>): Outsider[] {
  const trusted = new Set([options.account.id, ...options.trustedAccounts]);
  const { network } = options;
  const outsiders: Outsider[] = [];
  const keys = new Set(policy.statements.flatMap((statement) => statement.keys));
  // Where a caller stands only matters when the policy reads a network key.
  const readsNetwork = [...keys].some((key) => NETWORK_KEYS.has(key));
  // Anonymous callers from the internet (public), then, for who-not-where questions, from inside the owner's networks.
  if (options.anonymous) outsiders.push({ kind: 'anonymous' }, ...(network === 'anywhere' && readsNetwork ? [{ kind: 'anonymous', network } as const] : []));
  outsiders.push({ kind: 'any-account', network });
  for (const account of [...new Set(namedAccounts(policy))].sort()) if (!trusted.has(account)) outsiders.push({ kind: 'account', account, network });
  if (keys.has('aws:principalorgid') || keys.has('aws:principalorgpaths')) outsiders.push({ kind: 'any-account', inOrganization: true, network });
  const services = new Set<string>();
  const providers = new Set<string>();
  for (const statement of policy.statements) {
    if (statement.effect !== 'Allow') continue;
    for (const service of statement.principal?.service ?? []) {
      if (!options.sameAccountServices?.has(service.toLowerCase())) services.add(service);
    }
    // SAML providers are the account's own identity providers: their users are the institution's users.
    for (const provider of statement.principal?.federated ?? []) if (!provider.includes(':saml-provider/')) providers.add(provider);
  }
  const sourceAccounts = namedSourceAccounts(policy).filter((account) => !trusted.has(account)).sort();
  for (const service of [...services].sort()) {
    outsiders.push({ kind: 'service', service });
    for (const forAccount of sourceAccounts) outsiders.push({ kind: 'service', service, forAccount });
  }
  for (const provider of [...providers].sort()) outsiders.push({ kind: 'federated', provider });
  return outsiders;
}

/** Every outsider that can get in (or may, when an unknown operator or value decides). */
export function externalAccess(policy: ParsedPolicy, options: ExternalAccessOptions): ExternalAccess[] {
  const found: ExternalAccess[] = [];
  for (const outsider of outsidersOf(policy, options)) {
    // Once anonymous callers get in from the internet, asking about the owner's networks adds nothing.
    if (outsider.kind === 'anonymous' && outsider.network === 'anywhere' && found.some((entry) => entry.outsider.kind === 'anonymous' && entry.answer.verdict === 'allowed')) continue;
    const answer = findAllowedRequest({
      policies: [policy],
      kind: 'resource',
      outsider,
      target: options.target,
      actions: options.actions,
      account: options.account,
      trustedAccounts: options.trustedAccounts,
      now: options.now,
    });
    if (answer.verdict !== 'denied') found.push({ outsider, answer });
  }
  return found;
}
