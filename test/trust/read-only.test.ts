/**
 * Read-only by proof: every API any collector can send is a List/Get/Describe call (plus
 * iam:GenerateCredentialReport), names a real SDK command, and nothing undeclared gets through.
 */
import { PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { CLIENT_CLASSES, type ServiceName } from '../../src/collect/aws-clients.js';
import { COLLECTORS } from '../../src/collect/collectors.js';
import { SCOPE_APIS } from '../../src/collect/scope.js';
import { testClients } from '../helpers/collect.js';

const READ_ONLY = /^[a-z0-9]+\.(List|Get|Describe)[A-Za-z0-9]*$/;
// BatchGetAccountStatus is Inspector's only account-status read: the Service Authorization Reference lists it with
// access level Read (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoninspector2.html).
const ALLOWED_EXCEPTIONS = new Set(['iam.GenerateCredentialReport', 'inspector2.BatchGetAccountStatus']);

const PACKAGES: Record<ServiceName, string> = {
  accessanalyzer: '@aws-sdk/client-accessanalyzer',
  account: '@aws-sdk/client-account',
  athena: '@aws-sdk/client-athena',
  backup: '@aws-sdk/client-backup',
  batch: '@aws-sdk/client-batch',
  cloudtrail: '@aws-sdk/client-cloudtrail',
  cloudwatch: '@aws-sdk/client-cloudwatch',
  config: '@aws-sdk/client-config-service',
  datasync: '@aws-sdk/client-datasync',
  dynamodb: '@aws-sdk/client-dynamodb',
  ec2: '@aws-sdk/client-ec2',
  efs: '@aws-sdk/client-efs',
  emr: '@aws-sdk/client-emr',
  fsx: '@aws-sdk/client-fsx',
  glue: '@aws-sdk/client-glue',
  guardduty: '@aws-sdk/client-guardduty',
  iam: '@aws-sdk/client-iam',
  inspector2: '@aws-sdk/client-inspector2',
  kms: '@aws-sdk/client-kms',
  lambda: '@aws-sdk/client-lambda',
  logs: '@aws-sdk/client-cloudwatch-logs',
  macie2: '@aws-sdk/client-macie2',
  organizations: '@aws-sdk/client-organizations',
  ram: '@aws-sdk/client-ram',
  rds: '@aws-sdk/client-rds',
  redshift: '@aws-sdk/client-redshift',
  s3: '@aws-sdk/client-s3',
  s3control: '@aws-sdk/client-s3-control',
  sagemaker: '@aws-sdk/client-sagemaker',
  securityhub: '@aws-sdk/client-securityhub',
  sns: '@aws-sdk/client-sns',
  ssm: '@aws-sdk/client-ssm',
  sts: '@aws-sdk/client-sts',
  transfer: '@aws-sdk/client-transfer',
};

const declared = [
  ...Object.values(COLLECTORS).flatMap((collector) => collector.apis.map((api) => [collector.key, api] as const)),
  ...SCOPE_APIS.map((api) => ['scope', api] as const),
];

describe('read-only by proof', () => {
  it('knows a package for every client the factory can build', () => {
    expect(Object.keys(PACKAGES).sort()).toEqual(Object.keys(CLIENT_CLASSES).sort());
  });

  it.each(declared)('%s declares %s, a read-only call', (_key, api) => {
    expect(READ_ONLY.test(api) || ALLOWED_EXCEPTIONS.has(api), `${api} is not read-only`).toBe(true);
  });

  it.each(declared)('%s declares %s, a real SDK command', async (_key, api) => {
    const [service, operation] = api.split('.') as [ServiceName, string];
    expect(PACKAGES[service], `unknown service in ${api}`).toBeDefined();
    const module = (await import(PACKAGES[service])) as Record<string, unknown>;
    expect(typeof module[`${operation}Command`], `${PACKAGES[service]} has no ${operation}Command`).toBe('function');
  });

  it('refuses a command a collector did not declare, before it reaches AWS', async () => {
    const s3 = mockClient(S3Client);
    s3.reset();
    s3.onAnyCommand().resolves({});
    const clients = testClients();
    const restricted = clients.restrictedTo(new Set(['s3.GetBucketPolicy']));
    await expect(
      restricted.get('s3', 'us-east-1').send(new PutBucketPolicyCommand({ Bucket: 'b', Policy: '{}' })),
    ).rejects.toMatchObject({ name: 'UndeclaredApiError', api: 's3.PutBucketPolicy' });
    expect(s3.calls()).toHaveLength(0);
    clients.destroy();
    s3.restore();
  });
});
