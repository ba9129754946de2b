/**
 * --endpoint-url through the real SDK wire protocols, against a tiny loopback server: S3 must use path-style
 * addressing, and S3 Control must not put the account id in front of the host.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsClients } from '../../src/collect/aws-clients.js';

interface Seen {
  method: string;
  host: string;
  url: string;
  body: string;
}

let server: Server;
let endpoint: string;
const seen: Seen[] = [];

function respond(request: IncomingMessage, body: string): { status: number; type: string; text: string } {
  const url = request.url ?? '';
  if (url.startsWith('/v20180820/configuration/publicAccessBlock')) {
    return {
      status: 200,
      type: 'application/xml',
      text: '<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>',
    };
  }
  if (/^\/genomics-bucket\/?\?policy/.test(url)) {
    return { status: 200, type: 'application/json', text: '{"Version":"2012-10-17","Statement":[]}' };
  }
  if (body.includes('Action=GetCallerIdentity')) {
    return {
      status: 200,
      type: 'text/xml',
      text: '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
    };
  }
  return { status: 404, type: 'text/plain', text: 'not found' };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', host: request.headers.host ?? '', url: request.url ?? '', body });
      const answer = respond(request, body);
      response.writeHead(answer.status, { 'content-type': answer.type });
      response.end(answer.text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function clients(): AwsClients {
  return new AwsClients({ endpointUrl: endpoint, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, timeoutMs: 5000 });
}

describe('--endpoint-url', () => {
  it('sends S3 Control to the given host without the account-id prefix', async () => {
    const aws = clients();
    const response = await aws.get('s3control', 'us-east-1').send(new GetPublicAccessBlockCommand({ AccountId: '123456789012' }));
    aws.destroy();
    expect(response.PublicAccessBlockConfiguration?.BlockPublicAcls).toBe(true);
    expect(response.PublicAccessBlockConfiguration?.RestrictPublicBuckets).toBe(false);
    const request = seen.find((entry) => entry.url.startsWith('/v20180820/'));
    expect(request?.host).toBe(new URL(endpoint).host);
  });

  it('uses path-style S3 addressing', async () => {
    const aws = clients();
    const response = await aws.get('s3', 'eu-west-1').send(new GetBucketPolicyCommand({ Bucket: 'genomics-bucket' }));
    aws.destroy();
    expect(response.Policy).toContain('2012-10-17');
    expect(seen.find((entry) => entry.url.startsWith('/genomics-bucket/?policy'))?.host).toBe(new URL(endpoint).host);
  });

  it('sends STS to the endpoint too', async () => {
    const aws = clients();
    const identity = await aws.get('sts', 'us-east-1').send(new GetCallerIdentityCommand({}));
    aws.destroy();
    expect(identity.Account).toBe('123456789012');
  });

  it('turns a hung call into a TimeoutError instead of waiting forever', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const aws = new AwsClients({
      endpointUrl: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' },
      maxAttempts: 1,
      timeoutMs: 300,
    });
    const started = Date.now();
    await expect(aws.get('sts', 'us-east-1').send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'TimeoutError' });
    // Without the 300 ms timeout the call would wait forever; the bound is loose so a loaded machine cannot fail it.
    expect(Date.now() - started).toBeLessThan(30_000);
    aws.destroy();
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
  });
});
