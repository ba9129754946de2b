/** The questions the policy table asks, answered by the engine exactly as the checks ask them. */
import {
  analyzePrivileges,
  bucketPolicyPublicAccess,
  decide,
  externalAccess,
  keyPolicyPublicAccess,
  parsePolicy,
  type Decision,
  type ParsedPolicy,
  type PolicyRequest,
  type RequestPrincipal,
} from '../../../src/rules/iam-policy/index.js';
import { bucketRequestsThrough } from '../../../src/rules/s3-bucket-requests.js';

export const OWN = '123456789012';
export const PARTNER = '222233334444';
export const STRANGER = '999988887777';
export const BUCKET = 'arn:aws:s3:::data';
export const KEY = `arn:aws:kms:us-east-1:${OWN}:key/1a2b3c4d-1111-4a5b-8c9d-0123456789ab`;
export const ROLE = `arn:aws:iam::${OWN}:role/target`;
export const USER = `arn:aws:iam::${OWN}:user/bob`;
export const GITHUB = `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com`;
export const NOW = new Date('2026-11-23T12:00:00Z');
const ACCOUNT = { id: OWN, partition: 'aws' };
const TRUSTED = [PARTNER];

export type Question =
  /** S3's meaning of public: an anonymous caller or any AWS account the policy does not name. */
  | 'bucket-public'
  /** Any caller outside this account and the allow-list (who, not where). */
  | 'bucket-cross-account'
  /** Any plain-HTTP request not denied (this account's principals may be allowed by their identity policies). */
  | 'bucket-http'
  /** A principal of this account calling from a network or VPC endpoint the policy does not name, not denied. */
  | 'bucket-network'
  | 'key-public'
  | 'role-trust'
  /** Identity policies of user bob: administrator, or a documented escalation path. */
  | 'admin';

export type Verdict = 'exposed' | 'safe' | 'unknown';

function parse(document: unknown): ParsedPolicy {
  const policy = parsePolicy(document);
  if (!policy) throw new Error(`not a policy: ${JSON.stringify(document)}`);
  return policy;
}

const ASSUME = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'];
const canSend = (principal: RequestPrincipal, action: string) =>
  principal.kind === 'federated' ? action === (principal.provider.includes(':saml-provider/') ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity') : action === 'sts:AssumeRole';
const SAME_ACCOUNT_SERVICES = new Set(['ec2.amazonaws.com', 'lambda.amazonaws.com']);

/** The verdict of one question about one policy (or, for `admin`, a list of identity policies). */
export function ask(question: Question, document: unknown): Verdict {
  const scope = { account: ACCOUNT, now: NOW };
  switch (question) {
    case 'bucket-public': {
      const { answer } = bucketPolicyPublicAccess(parse(document), BUCKET, scope);
      return answer.verdict === 'allowed' ? 'exposed' : answer.verdict === 'denied' ? 'safe' : 'unknown';
    }
    case 'key-public': {
      const { answer } = keyPolicyPublicAccess(parse(document), KEY, scope);
      return answer.verdict === 'allowed' ? 'exposed' : answer.verdict === 'denied' ? 'safe' : 'unknown';
    }
    case 'bucket-cross-account':
    case 'role-trust': {
      const found = externalAccess(parse(document), {
        target: question === 'role-trust' ? { kind: 'resource', arn: ROLE } : { kind: 's3-bucket', bucketArn: BUCKET },
        actions: question === 'role-trust' ? { names: ASSUME, forPrincipal: canSend, scopeId: 'assume-role' } : { services: ['s3'] },
        account: ACCOUNT,
        trustedAccounts: TRUSTED,
        now: NOW,
        anonymous: question !== 'role-trust',
        network: 'anywhere',
        sameAccountServices: SAME_ACCOUNT_SERVICES,
      });
      if (found.some((entry) => entry.answer.verdict === 'allowed')) return 'exposed';
      return found.length > 0 ? 'unknown' : 'safe';
    }
    case 'bucket-http':
    case 'bucket-network': {
      const through = bucketRequestsThrough({
        policy: parse(document),
        bucketArn: BUCKET,
        outsiders:
          question === 'bucket-http'
            ? [{ kind: 'own-account', principals: 'any', network: 'anywhere' }, { kind: 'anonymous' }, { kind: 'any-account' }]
            : [{ kind: 'own-account', principals: 'ordinary', network: 'outside' }],
        account: ACCOUNT,
        trustedAccounts: TRUSTED,
        now: NOW,
        transport: question === 'bucket-http' ? 'http' : 'any',
      });
      if (!through) return 'safe';
      return through.answer.verdict === 'allowed' ? 'exposed' : 'unknown';
    }
    case 'admin': {
      const documents = Array.isArray(document) ? document : [document];
      const analysis = analyzePrivileges({ kind: 'user', arn: USER, name: 'bob' }, documents.map(parse), scope);
      if (analysis.fullAdministrator === 'yes' || analysis.iamAdministrator === 'yes' || analysis.escalations.length > 0) return 'exposed';
      if (analysis.fullAdministrator === 'unknown' || analysis.possibleEscalations.length > 0) return 'unknown';
      return 'safe';
    }
  }
}

/** IAM's decision for one concrete request against one policy. */
export function decideConcrete(document: unknown, request: PolicyRequest, kind: 'resource' | 'identity' = 'resource'): Decision {
  return decide(parse(document), request, { kind });
}
