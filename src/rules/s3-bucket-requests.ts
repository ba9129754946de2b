/**
 * Questions about the requests a bucket policy lets through, shared by the bucket checks: "is there a request of this
 * kind that the policy does not stop?", asked of the whole bucket and, when the only requests found are bucket-level
 * (ListBucket, which reveals object keys), of its objects alone, so a finding can say which half is exposed.
 */
import { actsOnObjects, findAllowedRequest, type AccessAnswer, type Outsider, type ParsedPolicy } from './iam-policy/index.js';

export interface BucketRequestQuestion {
  readonly policy: ParsedPolicy;
  readonly bucketArn: string;
  readonly outsiders: readonly Outsider[];
  readonly account: { readonly id: string; readonly partition: string };
  readonly trustedAccounts: readonly string[];
  readonly now: Date;
  readonly transport?: 'any' | 'http';
}

export interface BucketRequests {
  /** The first request that gets through (or may), over every S3 action. */
  readonly answer: AccessAnswer;
  /** When a request gets through: is every object-level request stopped (only bucket-level requests get through)? */
  readonly objectsProtected: boolean;
}

function ask(question: BucketRequestQuestion, outsider: Outsider, objectsOnly: boolean): AccessAnswer {
  return findAllowedRequest({
    policies: [question.policy],
    kind: 'resource',
    outsider,
    target: { kind: 's3-bucket', bucketArn: question.bucketArn },
    actions: objectsOnly ? { services: ['s3'], filter: actsOnObjects, scopeId: 'objects' } : { services: ['s3'] },
    account: question.account,
    trustedAccounts: question.trustedAccounts,
    now: question.now,
    transport: question.transport ?? 'any',
    // A principal of the bucket's own account needs an Allow in either its identity policy or the bucket policy.
    identityMayAllow: outsider.kind === 'own-account',
  });
}

function firstThrough(question: BucketRequestQuestion, objectsOnly: boolean): AccessAnswer | undefined {
  let unknown: AccessAnswer | undefined;
  for (const outsider of question.outsiders) {
    const answer = ask(question, outsider, objectsOnly);
    if (answer.verdict === 'allowed') return answer;
    if (answer.verdict === 'unknown') unknown ??= answer;
  }
  return unknown;
}

/** undefined when every outsider's every request is stopped. */
export function bucketRequestsThrough(question: BucketRequestQuestion): BucketRequests | undefined {
  const answer = firstThrough(question, false);
  if (!answer) return undefined;
  if (answer.verdict === 'allowed' && answer.request && !actsOnObjects(answer.request.action)) {
    const objects = firstThrough(question, true);
    if (objects) return { answer: objects.verdict === 'allowed' ? objects : answer, objectsProtected: false };
    return { answer, objectsProtected: true };
  }
  return { answer, objectsProtected: false };
}
