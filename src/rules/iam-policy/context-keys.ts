/**
 * Who sets each condition key, for a given outsider (IAM User Guide, "AWS global condition context keys"):
 *
 * - AWS fixes the keys that describe the caller (aws:PrincipalArn, aws:PrincipalAccount, kms:CallerAccount,
 *   aws:PrincipalType…) from the credentials, and the keys that describe the resource (aws:ResourceAccount; its tags
 *   and organization, which this engine does not know: "unknown").
 * - The caller chooses the rest: whether to use TLS, where to call from, which VPC endpoint of their own to use, the
 *   tags and values they send, when to call (not in the past), whether their session has MFA.
 * - Some caller-chosen keys name an identity the caller must own: an outsider cannot present the policy owner's VPC
 *   endpoint, organization, external id, source account, or a narrow IP range the policy names; they can present
 *   any value those patterns match with a wildcard. These keys are "owned": literal values in the policy are out of
 *   the outsider's reach. The same keys, with fixed values, are the ones S3 and KMS accept as making a grant
 *   non-public (public-access.ts).
 */
import type { Outsider } from './outsider.js';
import { pattern, type Pattern } from './pattern.js';
import type { ContextValue, RequestPrincipal } from './request.js';

export type KeyDomain =
  /** Fixed by AWS; `undefined` = the key is absent from the request. */
  | { readonly kind: 'fixed'; readonly value: ContextValue | undefined }
  /** Fixed by AWS, but not known to the engine. */
  | { readonly kind: 'unknown' }
  /** Set when the network path or the transport is chosen. */
  | { readonly kind: 'later'; readonly stage: 'network' | 'transport' }
  /** Chosen by the caller. */
  | {
      readonly kind: 'choose';
      readonly type: 'string' | 'address' | 'one-of';
      /** Literal policy values (and `ownerPatterns`) are out of the caller's reach. */
      readonly owned: boolean;
      readonly absent: boolean;
      /** For `one-of`: the only values the caller can send (undefined = absent). */
      readonly values?: readonly (string | undefined)[];
      /** Patterns of values the caller cannot hold, derived from the policy's literal values for this key. */
      readonly ownerPatterns?: (literals: readonly string[]) => Pattern[];
    };

export interface KeyState {
  readonly outsider: Outsider;
  readonly principal: RequestPrincipal;
  readonly network: 'internet' | 'endpoint' | 'none' | undefined;
  readonly transport: 'https' | 'http' | undefined;
  /** The resource owner's account. */
  readonly account: string;
  /** When the request is made: the scan's evaluation time. */
  readonly now: Date;
}

const fixed = (value: ContextValue | undefined): KeyDomain => ({ kind: 'fixed', value });
const ABSENT = fixed(undefined);
const UNKNOWN_DOMAIN: KeyDomain = { kind: 'unknown' };
const free = (absent = true): KeyDomain => ({ kind: 'choose', type: 'string', owned: false, absent });
const owned = (absent = true, ownerPatterns?: (literals: readonly string[]) => Pattern[]): KeyDomain =>
  ownerPatterns ? { kind: 'choose', type: 'string', owned: true, absent, ownerPatterns } : { kind: 'choose', type: 'string', owned: true, absent };

export const NETWORK_KEYS = new Set(['aws:sourceip', 'aws:sourcevpce', 'aws:sourcevpc', 'aws:sourcevpcarn', 'aws:vpcsourceip']);
export const TRANSPORT_KEYS = new Set(['aws:securetransport', 's3:tlsversion']);
/** Keys naming the resource on whose behalf an AWS service calls (confused-deputy protection). */
export const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths']);
/** Keys whose value is a set in the request. */
export const MULTIVALUED_KEYS = new Set(['aws:tagkeys', 'aws:principalorgpaths', 'aws:sourceorgpaths', 'aws:resourceorgpaths', 'aws:calledvia', 'aws:principalservicenameslist', 'kms:resourcealiases']);

/** Literal ARNs name their account (or, for S3, their bucket): an outsider holds none of those. */
function arnOwnerPatterns(literals: readonly string[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const literal of literals) {
    const parts = literal.split(':');
    const account = parts[4];
    if (account && /^\d{12}$/.test(account)) patterns.push(pattern(`arn:*:*:*:${account}:*`, 'arn'));
    if (parts[2] === 's3' && account === '' && parts[5]) {
      const bucket = (parts.slice(5).join(':').split('/')[0] ?? '').replace(/[*?]/g, '');
      if (bucket && !/[*?]/.test(parts[5].split('/')[0] ?? '')) {
        patterns.push(pattern(`arn:*:s3:::${bucket}`, 'arn'), pattern(`arn:*:s3:::${bucket}/*`, 'arn'));
      }
    }
  }
  return patterns;
}

/** aws:userid of a role session is `ROLEID:session`: a pattern `AROAEXAMPLE:*` names the role's sessions. */
function userIdOwnerPatterns(literals: readonly string[]): Pattern[] {
  return literals.flatMap((literal) => {
    const match = /^([A-Z0-9]+):\*$/.exec(literal);
    return match ? [pattern(`${match[1]}:*`, 'wildcard')] : [];
  });
}

/** GitHub's `sub` is `repo:OWNER/REPO:…`: a pattern with a literal OWNER only matches that owner's repositories. */
function githubOwnerPatterns(prefix: string): (literals: readonly string[]) => Pattern[] {
  return (literals) =>
    literals.flatMap((literal) => {
      const match = new RegExp(`^${prefix}([^*?/:]+)[/:]`).exec(literal) ?? new RegExp(`^${prefix}([^*?/:]+)$`).exec(literal);
      return match ? [pattern(`${prefix}${match[1]}/*`, 'wildcard'), pattern(`${prefix}${match[1]}:*`, 'wildcard'), pattern(`${prefix}${match[1]}`, 'literal')] : [];
    });
}

/** The host an identity provider's claims are keyed by: `token.actions.githubusercontent.com` for its ARN. */
function providerHost(provider: string): string {
  const marker = ':oidc-provider/';
  const index = provider.indexOf(marker);
  return (index >= 0 ? provider.slice(index + marker.length) : provider).toLowerCase();
}

const GITHUB = 'token.actions.githubusercontent.com';

/** Web-identity claim keys: which identify the caller (owned) and which the caller chooses freely. */
function claimDomain(host: string, claim: string): KeyDomain {
  if (host === GITHUB) {
    // Any workflow can request a token with any audience; only the repository claims identify who it is.
    if (claim === 'sub') return owned(false, githubOwnerPatterns('repo:'));
    if (claim === 'repository' || claim === 'job_workflow_ref' || claim === 'workflow_ref') return owned(false, githubOwnerPatterns(''));
    if (claim === 'repository_owner' || claim === 'repository_owner_id' || claim === 'repository_id') return owned(false);
    return free(false);
  }
  if (claim === 'aud' || claim === 'sub' || claim === 'azp' || claim === 'oaud') return owned(false);
  return free(false);
}

/** An organization path `o-…/r-…/ou-…/` with a literal organization id belongs to that organization. */
function orgPathOwnerPatterns(literals: readonly string[]): Pattern[] {
  return literals.flatMap((literal) => {
    const match = /^(o-[^*?/]+)\//.exec(literal);
    return match ? [pattern(`${match[1]}/*`, 'wildcard')] : [];
  });
}

function isOwnAccount(outsider: Outsider): boolean {
  return outsider.kind === 'own-account' || outsider.kind === 'self';
}

/** How the request sets `key` for this outsider and principal. */
export function keyDomain(key: string, state: KeyState): KeyDomain {
  const { principal, outsider } = state;
  const aws = principal.kind === 'aws' ? principal : undefined;
  if (NETWORK_KEYS.has(key)) {
    if (state.network === undefined) return { kind: 'later', stage: 'network' };
    if (state.network === 'none') return ABSENT;
    const anywhere =
      outsider.kind === 'self' ||
      ((outsider.kind === 'own-account' || outsider.kind === 'any-account' || outsider.kind === 'account' || outsider.kind === 'anonymous') && outsider.network === 'anywhere');
    if (key === 'aws:sourceip') return state.network === 'internet' ? { kind: 'choose', type: 'address', owned: !anywhere, absent: false } : ABSENT;
    if (key === 'aws:vpcsourceip') return state.network === 'endpoint' ? { kind: 'choose', type: 'address', owned: false, absent: false } : ABSENT;
    if (state.network === 'internet') return ABSENT;
    return key === 'aws:sourcevpcarn' ? owned(false, arnOwnerPatterns) : { kind: 'choose', type: 'string', owned: !anywhere, absent: false };
  }
  if (TRANSPORT_KEYS.has(key)) {
    if (state.transport === undefined) return { kind: 'later', stage: 'transport' };
    if (key === 'aws:securetransport') return fixed(state.transport === 'https' ? 'true' : 'false');
    // AWS endpoints accept TLS 1.2 and 1.3 only; over plain HTTP there is no TLS version.
    return state.transport === 'https' ? { kind: 'choose', type: 'one-of', owned: false, absent: false, values: ['1.2', '1.3'] } : ABSENT;
  }
  if (SOURCE_KEYS.has(key)) {
    if (principal.kind !== 'service') return ABSENT;
    const forAccount = outsider.kind === 'service' ? outsider.forAccount : undefined;
    if (forAccount && (key === 'aws:sourceaccount' || key === 'aws:sourceowner')) return fixed(forAccount);
    if (key === 'aws:sourcearn') {
      // Acting for a named account, the service presents ARNs of that account's resources, and no other account's.
      return owned(false, forAccount ? (literals) => arnOwnerPatterns(literals).filter((entry) => !entry.source.includes(`:${forAccount}:`)) : arnOwnerPatterns);
    }
    if (key === 'aws:sourceorgpaths') return owned(true, orgPathOwnerPatterns);
    return owned(key === 'aws:sourceorgid');
  }
  // The verdict is the policy's effect now (a point-in-time audit): a grant that ended in 2020 grants nothing, a Deny
  // in force until 2099 denies.
  if (key === 'aws:currenttime') return fixed(state.now.toISOString());
  if (key === 'aws:epochtime') return fixed(String(Math.floor(state.now.getTime() / 1000)));
  switch (key) {
    case 'aws:principalarn':
      return fixed(aws?.arn);
    case 'aws:principalaccount':
      return fixed(aws?.account);
    case 'kms:calleraccount':
      return fixed(aws?.account);
    case 'aws:principaltype':
      return fixed(aws ? aws.type : principal.kind === 'anonymous' ? 'Anonymous' : undefined);
    case 'aws:username':
      return fixed(aws?.type === 'User' ? aws.arn.slice(aws.arn.lastIndexOf('/') + 1) : undefined);
    case 'aws:userid':
      return aws ? { kind: 'choose', type: 'string', owned: !isOwnAccount(outsider), absent: false, ownerPatterns: userIdOwnerPatterns } : ABSENT;
    case 'aws:principalisawsservice':
      return fixed(principal.kind === 'service' ? 'true' : 'false');
    case 'aws:principalservicename':
      return fixed(principal.kind === 'service' ? principal.service : undefined);
    case 'aws:principalservicenameslist':
      return fixed(principal.kind === 'service' ? [principal.service] : undefined);
    case 'aws:federatedprovider':
      return fixed(principal.kind === 'federated' ? principal.provider : undefined);
    // Requests made directly, not forwarded by an AWS service on the caller's behalf (see the search's scope).
    case 'aws:viaawsservice':
      return fixed('false');
    case 'aws:calledvia':
    case 'aws:calledviafirst':
    case 'aws:calledvialast':
      return ABSENT;
    case 'aws:principalorgid':
    case 'aws:principalorgpaths': {
      if (!aws) return ABSENT;
      const own = isOwnAccount(outsider) || (outsider.kind === 'any-account' && outsider.inOrganization === true);
      return key === 'aws:principalorgpaths'
        ? { kind: 'choose', type: 'string', owned: !own, absent: !own, ownerPatterns: orgPathOwnerPatterns }
        : { kind: 'choose', type: 'string', owned: !own, absent: !own };
    }
    case 'aws:multifactorauthpresent':
      // Long-term keys carry no MFA key; a session may or may not have used MFA: the caller decides.
      return aws ? { kind: 'choose', type: 'one-of', owned: false, absent: true, values: [undefined, 'true', 'false'] } : ABSENT;
    case 'aws:multifactorauthage':
    case 'aws:tokenissuetime':
    case 'aws:sourceidentity':
    case 'sts:rolesessionname':
      return aws || principal.kind === 'federated' ? free() : ABSENT;
    case 'sts:externalid':
      return aws ? owned(true) : ABSENT;
    case 'aws:resourceaccount':
    case 's3:resourceaccount':
      return fixed(state.account);
    case 'aws:resourceorgid':
    case 'aws:resourceorgpaths':
    case 'kms:resourcealiases':
      return UNKNOWN_DOMAIN;
    // Values S3 accepts as making a grant non-public when fixed: the caller cannot use the owner's key or access point.
    case 's3:x-amz-server-side-encryption-aws-kms-key-id':
      return owned(true, arnOwnerPatterns);
    case 's3:dataaccesspointarn':
      return owned(true, arnOwnerPatterns);
    case 's3:dataaccesspointaccount':
      return owned(true);
    default:
      break;
  }
  if (key.startsWith('aws:resourcetag/')) return UNKNOWN_DOMAIN;
  if (key.startsWith('aws:principaltag/')) return aws ? (outsider.kind === 'self' ? UNKNOWN_DOMAIN : free()) : ABSENT;
  const colon = key.indexOf(':');
  const prefix = key.slice(0, colon);
  if (prefix.includes('.')) {
    // A web-identity claim (`token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`…).
    if (principal.kind !== 'federated' || providerHost(principal.provider) !== prefix) return ABSENT;
    return claimDomain(prefix, key.slice(colon + 1));
  }
  if (prefix === 'saml') return ABSENT;
  return free();
}
