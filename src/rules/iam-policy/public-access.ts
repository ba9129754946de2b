/**
 * S3's and KMS's documented meaning of "public", asked through the engine: a bucket or key policy is public when
 * an anonymous caller, or a principal of any AWS account the policy does not name, can make a request it allows.
 *
 * S3 ("Blocking public access to your Amazon S3 storage" → "The meaning of 'public'"): a policy is non-public only if
 * it grants access to fixed values (no wildcard, no policy variable) of a principal, or of aws:SourceIp (ranges no
 * broader than /8 for IPv4 and /32 for IPv6, RFC 1918 excepted), aws:SourceArn, aws:SourceVpc, aws:SourceVpce,
 * aws:SourceOwner, aws:SourceAccount, s3:x-amz-server-side-encryption-aws-kms-key-id, aws:userid (outside the pattern
 * "AROLEID:*"), s3:DataAccessPointArn or s3:DataAccessPointAccount. AWS Config's kms-key-policy-no-public-access
 * applies the same "fixed values" rule to key policies, where kms:CallerAccount also names the caller's account.
 * This engine also counts aws:PrincipalArn, aws:PrincipalAccount and aws:PrincipalOrgID (and the organization paths)
 * with fixed values as confining a grant to known callers, as IAM Access Analyzer does: such grants are cross-account,
 * not public, and s3-bucket-no-unapproved-cross-account judges them.
 *
 * Every other key is the caller's to choose (aws:Referer, aws:UserAgent, s3:prefix, kms:ViaService, aws:SecureTransport,
 * aws:MultiFactorAuthPresent…), so a condition on it never makes a grant non-public. In the engine, "fixed values make
 * a grant non-public" is exactly "the key is owned" in context-keys.ts.
 */
import type { Outsider } from './outsider.js';
import type { ParsedPolicy } from './parse-policy.js';
import { findAllowedRequest, type AccessAnswer } from './search.js';

/** The keys S3 documents as confining a grant when their values are fixed. */
export const S3_NON_PUBLIC_KEYS = [
  'aws:sourceip',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceowner',
  'aws:sourceaccount',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  'aws:userid',
  's3:dataaccesspointarn',
  's3:dataaccesspointaccount',
] as const;

/** …and for key policies, the caller's account as KMS reports it. */
export const KMS_NON_PUBLIC_KEYS = [...S3_NON_PUBLIC_KEYS.filter((key) => key.startsWith('aws:')), 'kms:calleraccount'] as const;

export interface PublicAccess {
  /** The first outsider request found allowed, or the undecided one. */
  readonly answer: AccessAnswer;
  readonly outsider: Outsider;
}

interface Scope {
  readonly account: { readonly id: string; readonly partition: string };
  readonly now: Date;
}

function firstExposure(questions: Array<{ outsider: Outsider; ask: () => AccessAnswer }>): PublicAccess {
  let unknown: PublicAccess | undefined;
  let last: PublicAccess | undefined;
  for (const { outsider, ask } of questions) {
    const answer = ask();
    last = { answer, outsider };
    if (answer.verdict === 'allowed') return last;
    if (answer.verdict === 'unknown') unknown ??= last;
  }
  return unknown ?? (last as PublicAccess);
}

/**
 * Is the bucket policy public: does it allow an anonymous caller, any AWS account it does not name, or an AWS service
 * acting for such an account (`Principal: "*"` includes service principals, which is why S3 counts aws:SourceArn,
 * aws:SourceAccount and aws:SourceOwner with fixed values as confining)?
 */
export function bucketPolicyPublicAccess(policy: ParsedPolicy, bucketArn: string, scope: Scope): PublicAccess {
  const ask = (outsider: Outsider) => () =>
    findAllowedRequest({ policies: [policy], kind: 'resource', outsider, target: { kind: 's3-bucket', bucketArn }, actions: { services: ['s3'] }, account: scope.account, trustedAccounts: [], now: scope.now });
  const outsiders: Outsider[] = [{ kind: 'anonymous' }, { kind: 'any-account' }, { kind: 'service', service: 's3.amazonaws.com' }];
  return firstExposure(outsiders.map((outsider) => ({ outsider, ask: ask(outsider) })));
}

/**
 * Is the key policy public: does it allow a principal of any AWS account it does not name? KMS accepts no anonymous
 * calls. Service principals are not asked about: how KMS fills kms:CallerAccount for them is not documented, and a
 * guess either way would make a finding or a pass up.
 */
export function keyPolicyPublicAccess(policy: ParsedPolicy, keyArn: string, scope: Scope): PublicAccess {
  const outsider: Outsider = { kind: 'any-account' };
  return firstExposure([
    {
      outsider,
      ask: () =>
        findAllowedRequest({ policies: [policy], kind: 'resource', outsider, target: { kind: 'resource', arn: keyArn }, actions: { services: ['kms'] }, account: scope.account, trustedAccounts: [], now: scope.now }),
    },
  ]);
}
