/**
 * Which Lambda functions touch dbGaP data. Decision (kept simple on purpose): a function touches a dbGaP bucket when
 * its execution role's identity policies (inline and attached managed, from GetAccountAuthorizationDetails) allow
 * s3:GetObject or s3:PutObject on some object of a bucket that data-classification.ts calls dbGaP, asked through the
 * IAM policy engine (wildcards, NotAction, NotResource and conditions as IAM reads them). Permission boundaries, session
 * policies and SCPs can only narrow that grant, so they are not read: a function they fence off still counts as
 * touching the data, which keeps the dbGaP-only checks on it rather than off it. Bucket policies that name the role
 * are not read either.
 */
import type { IamAuthorizationEntry, IamManagedPolicyDetail, IamRoleDetail } from '../model/items/iam.js';
import type { S3Bucket, S3BucketTags } from '../model/items/s3.js';
import type { Settings } from '../model/settings.js';
import { isDbgapBucket } from './data-classification.js';
import { findAllowedRequest, isAllowedByAll, parsePolicy, roleSession, type ParsedPolicy } from './iam-policy/index.js';

export type DataTouch = { readonly touches: true; readonly buckets: readonly string[] } | { readonly touches: false } | { readonly touches: 'unknown'; readonly why: string };

export const DATA_ACTIONS = ['s3:GetObject', 's3:PutObject'];

interface Scope {
  readonly account: { readonly id: string; readonly partition: string };
  readonly now: Date;
  readonly settings: Settings;
}

/** The dbGaP buckets of the account, by ARN (tags from s3BucketTags, or the configured names alone). */
export function dbgapBucketArns(buckets: readonly S3Bucket[], tags: readonly S3BucketTags[], settings: Settings): string[] {
  const tagsByArn = new Map(tags.map((entry) => [entry.arn, entry.tags]));
  return buckets.filter((bucket) => isDbgapBucket(bucket.name, tagsByArn.get(bucket.arn), settings)).map((bucket) => bucket.arn);
}

/** Answers "which dbGaP buckets can this role read or write?" once per role. */
export function roleDataAccess(details: readonly IamAuthorizationEntry[], bucketArns: readonly string[], scope: Scope): (roleArn: string | undefined) => DataTouch {
  const roles = new Map<string, IamRoleDetail>();
  const managed = new Map<string, IamManagedPolicyDetail>();
  for (const entry of details) {
    if (entry.kind === 'role') roles.set(entry.arn, entry);
    if (entry.kind === 'policy') managed.set(entry.arn, entry);
  }
  const cache = new Map<string, DataTouch>();
  const answer = (roleArn: string): DataTouch => {
    const role = roles.get(roleArn);
    if (!role) return { touches: 'unknown', why: `its execution role ${roleArn} is not among the account's roles (GetAccountAuthorizationDetails)` };
    const policies: ParsedPolicy[] = [];
    for (const inline of role.inlinePolicies) {
      const parsed = parsePolicy(inline.document);
      if (!parsed) return { touches: 'unknown', why: `inline policy ${inline.name} of role ${role.name} could not be parsed` };
      policies.push(parsed);
    }
    for (const attached of role.attachedPolicies) {
      const parsed = parsePolicy(managed.get(attached.arn)?.document ?? null);
      if (!parsed) return { touches: 'unknown', why: `managed policy ${attached.arn} of role ${role.name} was not collected` };
      policies.push(parsed);
    }
    const self = roleSession(scope.account.id, role.name, { partition: scope.account.partition, path: role.path || '/' });
    const touched: string[] = [];
    let undecided: string | undefined;
    for (const bucketArn of bucketArns) {
      const found = findAllowedRequest({
        policies,
        kind: 'identity',
        outsider: { kind: 'self', principal: self },
        target: { kind: 's3-bucket', bucketArn },
        actions: { names: DATA_ACTIONS },
        account: scope.account,
        trustedAccounts: [],
        now: scope.now,
        decide: (request) => isAllowedByAll(policies, request, { kind: 'identity' }),
      });
      if (found.verdict === 'allowed') touched.push(bucketArn.slice(bucketArn.lastIndexOf(':') + 1));
      else if (found.verdict === 'unknown') undecided ??= bucketArn;
    }
    if (touched.length > 0) return { touches: true, buckets: touched };
    if (undecided) return { touches: 'unknown', why: `whether role ${role.name} can read or write ${undecided} depends on conditions the policies leave undecided` };
    return { touches: false };
  };
  return (roleArn) => {
    if (!roleArn) return { touches: 'unknown', why: 'ListFunctions named no execution role' };
    let known = cache.get(roleArn);
    if (!known) {
      known = answer(roleArn);
      cache.set(roleArn, known);
    }
    return known;
  };
}
