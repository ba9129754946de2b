/**
 * The policy engine on its own: 10k distinct bucket, key and role-trust policies, each asked the questions the checks
 * ask (public? other accounts? plain HTTP? other networks? who can assume the role?). The policies vary by more than
 * the resource name (accounts, endpoints, ranges, organizations, repositories), so no answer is shared between them.
 */
import { describeAnswer, externalAccess, keyPolicyPublicAccess, bucketPolicyPublicAccess, parsePolicy, type RequestPrincipal } from '../src/rules/iam-policy/index.js';
import { bucketRequestsThrough } from '../src/rules/s3-bucket-requests.js';

const OWN = '123456789012';
const ACCOUNT = { id: OWN, partition: 'aws' };
const NOW = new Date('2026-11-23T00:00:00Z');
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const hex = (index: number, width: number) => index.toString(16).padStart(width, '0');

function bucketPolicy(index: number): { arn: string; policy: unknown } {
  const arn = `arn:aws:s3:::policy-bench-${index}`;
  const objects = `${arn}/*`;
  const tls = { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, objects], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
  switch (index % 6) {
    case 0:
      return { arn, policy: doc({ Sid: 'Campus', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: objects, Condition: { IpAddress: { 'aws:SourceIp': `10.${index % 256}.0.0/16` } } }, tls) };
    case 1:
      return { arn, policy: doc({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${100000000000 + index}:root` }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [arn, objects] }, tls) };
    case 2:
      return {
        arn,
        policy: doc(
          { Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: objects, Condition: { StringEquals: { 'aws:PrincipalOrgID': `o-${hex(index, 10)}` } } },
          { Sid: 'Network', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, objects], Condition: { NotIpAddress: { 'aws:SourceIp': `198.51.${index % 256}.0/24` } } },
        ),
      };
    case 3:
      return {
        arn,
        policy: doc({ Sid: 'Network', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, objects], Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, StringNotEquals: { 'aws:SourceVpce': `vpce-${hex(index, 17)}` } } }, tls),
      };
    case 4:
      return {
        arn,
        policy: doc({ Sid: 'Logs', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: `${arn}/logs/*`, Condition: { StringEquals: { 'aws:SourceAccount': OWN }, ArnLike: { 'aws:SourceArn': `arn:aws:s3:::source-${index}` } } }, tls),
      };
    default:
      return { arn, policy: doc({ Sid: 'Site', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: objects, Condition: { StringLike: { 'aws:Referer': `https://site-${index}.example.org/*` } } }) };
  }
}

function keyPolicy(index: number): { arn: string; policy: unknown } {
  const arn = `arn:aws:kms:us-east-1:${OWN}:key/${hex(index, 8)}-bench`;
  const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 'kms:*', Resource: '*' };
  switch (index % 3) {
    case 0:
      return { arn, policy: doc(root, { Sid: 'Analysis', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWN}:role/analysis-${index}` }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' }) };
    case 1:
      return { arn, policy: doc(root, { Sid: 'ViaS3', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': OWN, 'kms:ViaService': `s3.us-east-${1 + (index % 2)}.amazonaws.com` } } }) };
    default:
      return { arn, policy: doc(root, { Sid: 'Collaborator', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${200000000000 + index}:root` }, Action: 'kms:Decrypt', Resource: '*' }) };
  }
}

function trustPolicy(index: number): { arn: string; policy: unknown } {
  const arn = `arn:aws:iam::${OWN}:role/bench-${index}`;
  switch (index % 4) {
    case 0:
      return { arn, policy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWN}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) };
    case 1:
      return { arn, policy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${300000000000 + index}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': `ext-${index}` } } }) };
    case 2:
      return {
        arn,
        policy: doc({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': `repo:org-${index}/app:*` } } }),
      };
    default:
      return { arn, policy: doc({ Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': OWN } } }) };
  }
}

const assumeAction = (principal: RequestPrincipal, action: string) =>
  principal.kind === 'federated' ? action === 'sts:AssumeRoleWithWebIdentity' : action === 'sts:AssumeRole';

export interface PolicyFigures {
  policies: { buckets: number; keys: number; roles: number };
  questions: number;
  exposed: number;
  seconds: number;
  microsecondsPerPolicy: number;
  example: string;
}

/** Evaluates `count` policies (half bucket, 30% key, 20% trust), every question a check asks of each. */
export function benchPolicies(count: number): PolicyFigures {
  const buckets = Array.from({ length: Math.round(count * 0.5) }, (_, index) => bucketPolicy(index));
  const keys = Array.from({ length: Math.round(count * 0.3) }, (_, index) => keyPolicy(index));
  const roles = Array.from({ length: count - buckets.length - keys.length }, (_, index) => trustPolicy(index));
  let questions = 0;
  let exposed = 0;
  let example = '';
  const started = process.hrtime.bigint();
  for (const bucket of buckets) {
    const policy = parsePolicy(bucket.policy);
    if (!policy) continue;
    const publicAccess = bucketPolicyPublicAccess(policy, bucket.arn, { account: ACCOUNT, now: NOW });
    const crossAccount = externalAccess(policy, { target: { kind: 's3-bucket', bucketArn: bucket.arn }, actions: { services: ['s3'] }, account: ACCOUNT, trustedAccounts: [], now: NOW, anonymous: true, network: 'anywhere' });
    const http = bucketRequestsThrough({ policy, bucketArn: bucket.arn, outsiders: [{ kind: 'own-account', principals: 'any', network: 'anywhere' }, { kind: 'anonymous' }, { kind: 'any-account' }], account: ACCOUNT, trustedAccounts: [], now: NOW, transport: 'http' });
    const network = bucketRequestsThrough({ policy, bucketArn: bucket.arn, outsiders: [{ kind: 'own-account', principals: 'ordinary', network: 'outside' }], account: ACCOUNT, trustedAccounts: [], now: NOW });
    questions += 4;
    if (publicAccess.answer.verdict === 'allowed') {
      exposed += 1;
      example ||= describeAnswer(publicAccess.answer);
    }
    exposed += (crossAccount.length > 0 ? 1 : 0) + (http ? 1 : 0) + (network ? 1 : 0);
  }
  for (const key of keys) {
    const policy = parsePolicy(key.policy);
    if (!policy) continue;
    questions += 1;
    if (keyPolicyPublicAccess(policy, key.arn, { account: ACCOUNT, now: NOW }).answer.verdict === 'allowed') exposed += 1;
  }
  for (const role of roles) {
    const policy = parsePolicy(role.policy);
    if (!policy) continue;
    questions += 1;
    const found = externalAccess(policy, {
      target: { kind: 'resource', arn: role.arn },
      actions: { names: ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity'], forPrincipal: assumeAction, scopeId: 'bench-assume' },
      account: ACCOUNT,
      trustedAccounts: [],
      now: NOW,
      anonymous: false,
      network: 'anywhere',
    });
    if (found.length > 0) exposed += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { policies: { buckets: buckets.length, keys: keys.length, roles: roles.length }, questions, exposed, seconds, microsecondsPerPolicy: (seconds * 1e6) / count, example };
}
