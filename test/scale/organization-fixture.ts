/** A mocked AWS Organization for the --org tests: management 111111111111, members 222…, 333… (role denied), 444…, 555… (suspended). */
import { DescribeRegionsCommand, DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetBucketPolicyCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { Io } from '../../src/program.js';
import { awsError } from '../helpers/collect.js';

export const MANAGEMENT = '111111111111';
export const DENIED = '333333333333';
export const ACTIVE_ACCOUNTS = [MANAGEMENT, '222222222222', DENIED, '444444444444'];
export const NOW = new Date('2026-11-23T12:00:00Z');

export const sts = mockClient(STSClient);
export const organizations = mockClient(OrganizationsClient);
export const ec2 = mockClient(EC2Client);
export const s3 = mockClient(S3Client);

/** The account whose credentials signed a call: env credentials are the management account's; assumed ones say. */
async function callerAccount(getClient: () => { config: { credentials?: unknown } }): Promise<string> {
  const provider = getClient().config.credentials as (() => Promise<{ accessKeyId: string }>) | undefined;
  const identity = provider ? await provider() : undefined;
  const match = /^ASIA(\d{12})$/.exec(identity?.accessKeyId ?? '');
  return match?.[1] ?? MANAGEMENT;
}

export function mockOrganization(): void {
  // Catch-all first: any command the test did not expect fails loudly.
  sts.reset().onAnyCommand().rejects(new Error('unexpected STS command'));
  organizations.reset().onAnyCommand().rejects(new Error('unexpected Organizations command'));
  ec2.reset().onAnyCommand().rejects(new Error('unexpected EC2 command'));
  s3.reset().onAnyCommand().rejects(new Error('unexpected S3 command'));
  sts.on(GetCallerIdentityCommand).resolves({ Account: MANAGEMENT, Arn: `arn:aws:iam::${MANAGEMENT}:user/auditor` });
  sts.on(AssumeRoleCommand).callsFake(async (input: { RoleArn: string; ExternalId?: string }) => {
    const account = input.RoleArn.split(':')[4] ?? '';
    if (account === DENIED) throw awsError('AccessDenied', 403, `User: arn:aws:iam::${MANAGEMENT}:user/auditor is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`);
    return {
      Credentials: { AccessKeyId: `ASIA${account}`, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date(Date.now() + 3_600_000) },
      AssumedRoleUser: { Arn: `arn:aws:sts::${account}:assumed-role/OrganizationAccountAccessRole/dbgap-audit`, AssumedRoleId: 'AROA:dbgap-audit' },
    };
  });
  organizations
    .on(ListAccountsCommand, { NextToken: undefined })
    .resolves({
      Accounts: [
        { Id: MANAGEMENT, Name: 'management', State: 'ACTIVE' },
        { Id: '222222222222', Name: 'genomics', State: 'ACTIVE' },
        { Id: '555555555555', Name: 'closed', State: 'SUSPENDED' },
      ],
      NextToken: 'page-2',
    })
    .on(ListAccountsCommand, { NextToken: 'page-2' })
    .resolves({
      Accounts: [
        { Id: DENIED, Name: 'locked', Status: 'ACTIVE' },
        { Id: '444444444444', Name: 'imaging', State: 'ACTIVE' },
      ],
    });
  ec2.on(DescribeRegionsCommand).resolves({
    Regions: [
      { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'us-west-2', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
    ],
  });
  ec2.on(DescribeSecurityGroupsCommand).callsFake(async (_input: unknown, getClient: () => EC2Client) => {
    const account = await callerAccount(getClient as never);
    const region = await getClient().config.region();
    return {
      SecurityGroups: [
        {
          GroupId: `sg-${account}`,
          GroupName: 'web',
          OwnerId: account,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          IpPermissionsEgress: [],
          SecurityGroupArn: `arn:aws:ec2:${region}:${account}:security-group/sg-${account}`,
        },
      ],
    };
  });
  s3.on(ListBucketsCommand).callsFake(async (_input: unknown, getClient: () => S3Client) => {
    const account = await callerAccount(getClient as never);
    return { Buckets: [{ Name: `data-${account}`, BucketRegion: 'us-east-1' }] };
  });
  s3.on(GetBucketPolicyCommand).callsFake(async (input: { Bucket: string }) => ({
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${input.Bucket}`, `arn:aws:s3:::${input.Bucket}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  }));
}

export function resetOrganization(): void {
  for (const mock of [sts, organizations, ec2, s3]) mock.reset();
}

export interface CapturedIo extends Io {
  out: () => string;
  err: () => string;
}

export function captureIo(options: { tty?: boolean } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), ...(options.tty ? { isTTY: true } : {}) },
    env: {},
    cwd: '/nonexistent-dbgap-audit-test-dir',
    now: () => NOW,
    out: () => out,
    err: () => err,
  };
}

/** Flags shared by the --org runs (home region from AWS_REGION, every enabled region): two checks (one global S3 key, one regional EC2 key), JSON, no progress. */
export const ORG_SCAN = ['scan', '--org', '--check', 's3-bucket-ssl-only,ec2-sg-no-public-admin-ports', '--format', 'json', '--quiet'];
