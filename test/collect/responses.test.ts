import * as s3 from '@aws-sdk/client-s3';
import * as s3control from '@aws-sdk/client-s3-control';
import { NormalizedSchema } from '@smithy/core/schema';
import { describe, expect, it } from 'vitest';
import { COLLECTORS } from '../../src/collect/collectors.js';
import { actionFor } from '../../src/collect/iam-actions.js';
import { bodyProblem, checkResponse, expectedBody, RESPONSES, type ApiName, UnreadableResponseError, xmlTypeProblem } from '../../src/collect/responses.js';
import { ORG_APIS, SCOPE_APIS } from '../../src/collect/scope.js';

const DECLARED = new Set<string>([...Object.values(COLLECTORS).flatMap((collector) => collector.apis), ...SCOPE_APIS, ...ORG_APIS]);

describe('response contracts', () => {
  it('cover every API the scanner sends, and only those', () => {
    expect([...DECLARED].filter((api) => !(api in RESPONSES)).sort()).toEqual([]);
    expect(Object.keys(RESPONSES).filter((api) => !DECLARED.has(api)).sort()).toEqual([]);
  });

  it('name the root element the SDK model gives each S3 answer (its xmlName, or its payload structure)', () => {
    const modules: Record<string, Record<string, unknown>> = { s3, s3control };
    for (const [api, contract] of Object.entries(RESPONSES)) {
      const [service = '', operation = ''] = api.split('.');
      if (!('xmlRoot' in contract) || contract.xmlRoot === 'json') continue;
      const operationSchema = modules[service]?.[`${operation}$`] as unknown[];
      const output = NormalizedSchema.of(operationSchema[5] as Parameters<typeof NormalizedSchema.of>[0]);
      const payload = [...output.structIterator()].find(([, member]) => (member.getMergedTraits() as { httpPayload?: unknown }).httpPayload)?.[1];
      const modelRoot = payload
        ? ((payload.getMergedTraits() as { xmlName?: string }).xmlName ?? payload.getName())
        : (output.getMergedTraits() as { xmlName?: string }).xmlName;
      expect(contract.xmlRoot, api).toBe(modelRoot);
    }
  });

  it('reject an empty parsed answer, except where AWS documents one (unversioned, no logging, us-east-1, no IMDS defaults)', () => {
    const legitimatelyEmpty = ['ec2.GetInstanceMetadataDefaults', 's3.GetBucketLocation', 's3.GetBucketLogging', 's3.GetBucketVersioning'];
    const acceptsEmpty = (Object.keys(RESPONSES) as ApiName[]).filter((api) => {
      try {
        checkResponse(api, { $metadata: {} });
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableResponseError);
        return false;
      }
    });
    expect(acceptsEmpty.sort()).toEqual(legitimatelyEmpty);
  });

  it('say what is missing or mistyped, naming the API', () => {
    expect(() => checkResponse('s3.GetBucketAcl', { Owner: { ID: 'o' } })).toThrow(/s3\.GetBucketAcl: .*Grants is missing/);
    expect(() => checkResponse('kms.GetKeyRotationStatus', { KeyRotationEnabled: 'yes' })).toThrow(/KeyRotationEnabled/);
    expect(() => checkResponse('s3.GetBucketPolicy', { Policy: '{"Version":"2012-10-17"}' })).toThrow(/not a JSON policy document/);
    expect(() => checkResponse('s3.GetBucketPolicy', { Policy: '<html>' })).toThrow(/not a JSON policy document/);
    expect(() => checkResponse('s3.GetBucketVersioning', { Status: 'Sometimes' })).toThrow(/Status/);
    expect(() => checkResponse('cloudtrail.GetEventSelectors', { TrailARN: 'arn' })).toThrow(/neither EventSelectors nor AdvancedEventSelectors/);
    expect(() => checkResponse('s3.GetBucketPolicy', { Policy: '{"Statement":[]}' })).not.toThrow();
  });
});

describe('bodyProblem (the wire check of 2xx bodies)', () => {
  const acl = expectedBody('s3', 'GetBucketAcl') as { kind: 'xml'; root: string };
  const versioning = expectedBody('s3', 'GetBucketVersioning') as { kind: 'xml'; root: string };
  const json = expectedBody('kms', 'ListKeys') as { kind: 'json' };

  it.each([
    ['an empty body', '', acl, /empty/],
    ['only whitespace', ' \n ', acl, /empty/],
    ['an HTML page', '<!DOCTYPE html><html><body>Bad Gateway</body></html>', acl, /not an XML document/],
    ['another root element', '<html><body/></html>', acl, /root element is <html>, not <AccessControlPolicy>/],
    ['a truncated document', '<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList><Grant>', acl, /truncated/],
    ['an empty JSON body', '', json, /empty/],
    ['HTML for JSON', '<html></html>', json, /not a JSON object/],
    ['truncated JSON', '{"Keys":[{"KeyId":"a"', json, /not a JSON object/],
  ])('rejects %s', (_label, body, expected, message) => {
    expect(bodyProblem(body, expected)).toMatch(message);
  });

  it.each([
    ['a complete document with a declaration and a namespace', '<?xml version="1.0" encoding="UTF-8"?>\n<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><AccessControlList/></AccessControlPolicy>\n', acl],
    ['an unversioned bucket (a self-closed root)', '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>', versioning],
    ['a prefixed root', '<s3:VersioningConfiguration xmlns:s3="x"></s3:VersioningConfiguration>', versioning],
    ['an emulator\'s <OperationResponse> wrapper around an S3 answer (moto)', '<GetBucketVersioningResponse><Status>Enabled</Status></GetBucketVersioningResponse>', versioning],
    ['a JSON object', ' {"Keys":[]} ', json],
  ])('accepts %s', (_label, body, expected) => {
    expect(bodyProblem(body, expected)).toBeUndefined();
  });

  it('still rejects another operation\'s wrapper, and a truncated wrapper', () => {
    expect(bodyProblem('<ListBucketsResponse></ListBucketsResponse>', versioning)).toMatch(/root element/);
    expect(bodyProblem('<GetBucketVersioningResponse><Status>Ena', versioning)).toMatch(/truncated/);
  });

  it('knows each protocol\'s root: Query and EC2 answers are <OperationResponse>', () => {
    expect(expectedBody('iam', 'GetAccountSummary')).toEqual({ kind: 'xml', root: 'GetAccountSummaryResponse' });
    expect(expectedBody('ec2', 'DescribeSnapshots')).toEqual({ kind: 'xml', root: 'DescribeSnapshotsResponse' });
    expect(expectedBody('s3', 'GetBucketPolicy')).toEqual({ kind: 'json' });
    expect(expectedBody('cloudwatch', 'DescribeAlarms')).toEqual({ kind: 'json' });
  });
});

describe('xmlTypeProblem (values the SDK would coerce)', () => {
  const output = (module: Record<string, unknown>, operation: string) => (module[`${operation}$`] as unknown[])[5];

  it('rejects a boolean that is not true or false (the SDK reads it as false)', () => {
    expect(xmlTypeProblem('<PolicyStatus><IsPublic>yes</IsPublic></PolicyStatus>', output(s3, 'GetBucketPolicyStatus'))).toMatch(/<IsPublic> is 'yes'/);
    expect(xmlTypeProblem('<PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>', output(s3, 'GetBucketPolicyStatus'))).toBeUndefined();
  });

  it('rejects a word where a number goes, and text where elements go', () => {
    expect(xmlTypeProblem('<ListBucketResult><KeyCount>lots</KeyCount></ListBucketResult>', output(s3, 'ListObjectsV2'))).toMatch(/not a number/);
    expect(xmlTypeProblem('<AccessControlPolicy><AccessControlList>everyone</AccessControlList></AccessControlPolicy>', output(s3, 'GetBucketAcl'))).toMatch(/holds text/);
  });
});

describe('IAM actions', () => {
  const IAM_PREFIXES = new Set(['access-analyzer', 'account', 'athena', 'backup', 'batch', 'cloudtrail', 'cloudwatch', 'config', 'datasync', 'dynamodb', 'ec2', 'elasticfilesystem', 'elasticmapreduce', 'fsx', 'glue', 'guardduty', 'iam', 'inspector2', 'kms', 'lambda', 'logs', 'macie2', 'organizations', 'ram', 'rds', 'redshift', 's3', 'sagemaker', 'securityhub', 'sns', 'ssm', 'sts', 'transfer']);

  it.each([...DECLARED].sort())('%s maps to an IAM action of a real service prefix', (api) => {
    const action = actionFor(api);
    expect(action).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
    expect(IAM_PREFIXES.has(action.split(':')[0] ?? '')).toBe(true);
  });

  it('uses the IAM names that differ from the API names', () => {
    expect(actionFor('s3.ListBuckets')).toBe('s3:ListAllMyBuckets');
    expect(actionFor('s3control.GetPublicAccessBlock')).toBe('s3:GetAccountPublicAccessBlock');
    expect(actionFor('accessanalyzer.ListFindings')).toBe('access-analyzer:ListFindings');
  });
});
