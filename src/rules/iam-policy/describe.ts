/** Findings name the request that gets through, in words: who, what, on which resource, how and from where. */
import type { AccessAnswer, FoundRequest } from './search.js';

/** Keys described by the principal, the network path or the transport rather than listed as key=value. */
const DESCRIBED = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'kms:calleraccount',
  'aws:principaltype',
  'aws:username',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:securetransport',
  'aws:sourceip',
  'aws:sourcevpce',
  'aws:viaawsservice',
  'aws:resourceaccount',
  's3:resourceaccount',
  'aws:federatedprovider',
]);

const MAX_DETAILS = 4;

function who(request: FoundRequest): string {
  const principal = request.principal;
  switch (principal.kind) {
    case 'anonymous':
      return 'an anonymous caller';
    case 'service': {
      const account = request.context.get('aws:sourceaccount');
      return `the service ${principal.service}${typeof account === 'string' ? ` acting for account ${account}` : ''}`;
    }
    case 'federated':
      return `a holder of a token from ${principal.provider}`;
    case 'aws': {
      if (principal.type === 'Account') return `the root user of account ${principal.account}`;
      const resource = principal.arn.slice(principal.arn.indexOf(':', 'arn:aws:iam::'.length) + 1);
      const kind = resource.slice(0, resource.indexOf('/'));
      const name = resource.slice(resource.lastIndexOf('/') + 1);
      // A name the search made up stands for any principal the policy does not name.
      if (name === 'example' || name === 'dbgap-audit-probe') return `a ${kind} of account ${principal.account}`;
      return `${kind} ${name} of account ${principal.account}`;
    }
  }
}

function formatValue(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : `[${value.join(', ')}]`;
}

/**
 * e.g. "an anonymous s3:GetObject on arn:aws:s3:::b/example over plain HTTP from 203.0.113.7", or
 * "kms:Decrypt on arn:aws:kms:…:key/… by role example of account 999999999999".
 */
export function describeRequest(request: FoundRequest): string {
  const parts =
    request.principal.kind === 'anonymous' ? [`an anonymous ${request.action} on ${request.resource}`] : [`${request.action} on ${request.resource} by ${who(request)}`];
  if (request.transport === 'http') parts.push('over plain HTTP');
  else if (request.context.has('aws:securetransport') || request.context.has('s3:tlsversion')) {
    const version = request.context.get('s3:tlsversion');
    parts.push(typeof version === 'string' ? `over TLS ${version}` : 'over HTTPS');
  }
  const ip = request.context.get('aws:sourceip');
  const endpoint = request.context.get('aws:sourcevpce');
  if (typeof ip === 'string') parts.push(`from ${ip}`);
  else if (typeof endpoint === 'string') parts.push(`through VPC endpoint ${endpoint}`);
  else if (request.network === 'internet' && request.absentKeys.includes('aws:sourceip') === false && request.absentKeys.some((key) => key === 'aws:sourcevpce')) parts.push('from the internet');
  const details = [...request.context]
    .filter(([key]) => !DESCRIBED.has(key) && !(key === 'aws:sourceaccount' && request.principal.kind === 'service') && key !== 's3:tlsversion')
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  const absent = request.absentKeys.filter((key) => !DESCRIBED.has(key) && !['aws:sourcevpc', 'aws:vpcsourceip', 'aws:sourcevpcarn', 's3:tlsversion'].includes(key));
  const listed = [...details, ...absent.map((key) => `no ${key}`)];
  if (listed.length > 0) {
    const shown = listed.slice(0, MAX_DETAILS);
    parts.push(`with ${shown.join(', ')}${listed.length > shown.length ? ` (and ${listed.length - shown.length} more)` : ''}`);
  }
  return parts.join(' ');
}

/** "… is allowed by statement PublicRead" / "… is not denied", for a found request. */
export function describeAnswer(answer: AccessAnswer): string {
  if (!answer.request) return 'no request gets through';
  const request = describeRequest(answer.request);
  if (answer.verdict === 'unknown') return `${request} may be allowed (${answer.unknownBecause.join('; ')})`;
  if (answer.allowedBy.length === 0) return `${request} is not denied`;
  const statements = answer.allowedBy.length === 1 ? `statement ${answer.allowedBy[0]}` : `statements ${answer.allowedBy.join(', ')}`;
  return `${request} is allowed by ${statements}`;
}
