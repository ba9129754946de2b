/** One request as IAM sees it: who, which action, which resource, and the request context. */

/** A dimension the adversarial search has not chosen yet. Every test that reads it is unknown. */
export const PENDING: unique symbol = Symbol('pending');
/** A value AWS fixes but the inventory does not hold (a resource tag, the resource's organization). */
export const UNKNOWN: unique symbol = Symbol('unknown');

/** A context value: one string, or a set of strings for a multivalued key (aws:TagKeys, aws:PrincipalOrgPaths). */
export type ContextValue = string | readonly string[];
export type ContextEntry = ContextValue | typeof PENDING | typeof UNKNOWN;

export type RequestPrincipal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'aws';
      readonly partition: string;
      readonly account: string;
      /** The IAM user or role ARN, or `arn:<partition>:iam::<account>:root` for the account's root user. */
      readonly arn: string;
      /** For a role: the session, `arn:<partition>:sts::<account>:assumed-role/<role>/<session>`. */
      readonly sessionArn?: string;
      readonly type: 'AssumedRole' | 'User' | 'Account';
    }
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'federated'; readonly provider: string };

export interface PolicyRequest {
  readonly principal: RequestPrincipal | typeof PENDING;
  readonly action: string | typeof PENDING;
  readonly resource: string | typeof PENDING;
  /** Lower-cased keys; a key missing from the map is absent from the request. */
  readonly context: ReadonlyMap<string, ContextEntry>;
}

/** Builds a concrete request; context keys may be given in any case. */
export function aRequest(
  principal: RequestPrincipal,
  action: string,
  resource: string,
  context: Record<string, ContextValue | undefined> = {},
): PolicyRequest {
  const entries = new Map<string, ContextEntry>();
  for (const [key, value] of Object.entries(context)) if (value !== undefined) entries.set(key.toLowerCase(), value);
  return { principal, action, resource, context: entries };
}

/** An IAM role session in `account`. */
export function roleSession(account: string, roleName: string, options: { partition?: string; path?: string; session?: string } = {}): RequestPrincipal {
  const partition = options.partition ?? 'aws';
  return {
    kind: 'aws',
    partition,
    account,
    arn: `arn:${partition}:iam::${account}:role${options.path ?? '/'}${roleName}`,
    sessionArn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${options.session ?? 'session'}`,
    type: 'AssumedRole',
  };
}

export function iamUser(account: string, userName: string, partition = 'aws', path = '/'): RequestPrincipal {
  return { kind: 'aws', partition, account, arn: `arn:${partition}:iam::${account}:user${path}${userName}`, type: 'User' };
}

export function accountRoot(account: string, partition = 'aws'): RequestPrincipal {
  return { kind: 'aws', partition, account, arn: `arn:${partition}:iam::${account}:root`, type: 'Account' };
}

export const ANONYMOUS: RequestPrincipal = { kind: 'anonymous' };
