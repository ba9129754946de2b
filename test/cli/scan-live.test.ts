/** A live scan end to end, with every AWS client mocked: scope → collectors → checks → report → exit code. */
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeRegionsCommand, DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, KMSClient, ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetBucketEncryptionCommand, GetBucketPolicyCommand, GetBucketReplicationCommand, GetBucketTaggingCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { awsError } from '../helpers/collect.js';
import { runCli } from '../helpers/cli.js';

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const iam = mockClient(IAMClient);
const cloudtrail = mockClient(CloudTrailClient);
const kms = mockClient(KMSClient);
const all: Array<{ reset(): void; onAnyCommand(): { rejects(error: Error): unknown } }> = [sts, ec2, s3, iam, cloudtrail, kms];

/** The checks whose services this test mocks (the others would try to reach AWS). */
const SLICE = 'iam-user-console-mfa,s3-bucket-ssl-only,ec2-sg-no-public-admin-ports,cloudtrail-multi-region-logging,kms-cmk-rotation-enabled';

const REPORT = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  '<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::123456789012:user/alice,2024-01-01T00:00:00+00:00,true,2026-11-01T00:00:00+00:00,2024-01-01T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'bob,arn:aws:iam::123456789012:user/bob,2024-01-01T00:00:00+00:00,true,no_information,2024-01-01T00:00:00+00:00,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');

beforeEach(() => {
  for (const mock of all) {
    mock.reset();
    mock.onAnyCommand().rejects(new Error('unexpected command'));
  }
  sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/auditor' });
  ec2.on(DescribeRegionsCommand).resolves({
    Regions: [
      { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'us-west-2', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
    ],
  });
  iam.on(GetCredentialReportCommand).rejectsOnce(awsError('CredentialReportNotPresentException', 410)).resolves({ Content: new TextEncoder().encode(REPORT), GeneratedTime: new Date('2026-11-23T11:00:00Z') });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'dbgap-raw', BucketRegion: 'us-east-1' }] });
  s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', 404));
  s3.on(GetBucketEncryptionCommand).resolves({ ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'ssh', OwnerId: '123456789012', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }] });
  cloudtrail.on(DescribeTrailsCommand).resolves({
    trailList: [{ Name: 'main', TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main', HomeRegion: 'us-east-1', IsMultiRegionTrail: true, LogFileValidationEnabled: true }],
  });
  cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  cloudtrail.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
  kms.on(ListKeysCommand).resolves({ Keys: [] });
  kms.on(ListAliasesCommand).resolves({ Aliases: [] });
  kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException'));
  kms.on(GetKeyRotationStatusCommand).rejects(awsError('AccessDeniedException'));
});

describe('scan (live, mocked AWS)', () => {
  it('finds the seeded problems in every enabled region, skips regions not opted in, and exits 1', async () => {
    const { code, stdout } = await runCli(['scan', '--format', 'json', '--quiet', '--check', SLICE]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ScanResult;
    expect(report.scan).toMatchObject({ source: 'live', account: { id: '123456789012', partition: 'aws' }, regions: ['us-east-1', 'us-west-2'] });
    const outcome = (checkId: string) => report.results.filter((result) => result.checkId === checkId).map((result) => [result.resourceArn, result.status]);
    expect(outcome('iam-user-console-mfa')).toEqual([
      ['arn:aws:iam::123456789012:user/alice', 'pass'],
      ['arn:aws:iam::123456789012:user/bob', 'fail'],
    ]);
    expect(outcome('s3-bucket-ssl-only')).toEqual([['arn:aws:s3:::dbgap-raw', 'fail']]);
    expect(outcome('ec2-sg-no-public-admin-ports').map(([, status]) => status)).toEqual(['fail', 'fail']); // same group in both regions
    expect(outcome('cloudtrail-multi-region-logging').map(([, status]) => status)).toEqual(['pass', 'pass']);
    expect(outcome('kms-cmk-rotation-enabled').map(([, status]) => status)).toEqual(['not_applicable']);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand).length).toBe(2);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
  });

  it('reports a denied API as error naming the IAM action, keeps scanning, and exits 3 when nothing else fails', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { code, stdout } = await runCli(['scan', '--format', 'json', '--quiet', '--check', 'ec2-sg-no-public-admin-ports,cloudtrail-multi-region-logging']);
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as ScanResult;
    const errors = report.results.filter((result) => result.status === 'error');
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error.message).toMatch(/ec2\.DescribeSecurityGroups failed in us-(east-1|west-2): UnauthorizedOperation \(missing IAM permission ec2:DescribeSecurityGroups\)/);
    expect(report.results.filter((result) => result.checkId === 'cloudtrail-multi-region-logging').every((result) => result.status === 'pass')).toBe(true);
    expect(report.collectionErrors.map((failure) => failure.action)).toEqual(['ec2:DescribeSecurityGroups', 'ec2:DescribeSecurityGroups']);
  });

  it('scans only the regions asked for, and collects only what the selected checks need', async () => {
    const { code } = await runCli(['scan', '--regions', 'us-west-2', '--check', 'ec2-sg-no-public-admin-ports', '--quiet']);
    expect(code).toBe(1);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand).map((call) => call.args[0].input)).toHaveLength(1);
    expect(s3.calls()).toHaveLength(0);
    expect(iam.calls()).toHaveLength(0);
  });

  it.each([
    [['-r', 'us-west-2,us-east-1']],
    [['--region', 'us-west-2', '--region', 'us-east-1']],
    [['--regions', 'us-west-2', '-r', 'us-east-1']],
  ])('takes several regions, comma-separated or repeated, --regions being the old spelling: %j', async (regions) => {
    const { code, stdout } = await runCli(['scan', ...regions, '--check', 'ec2-sg-no-public-admin-ports', '-f', 'json', '-q']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as ScanResult).scan.regions).toEqual(['us-west-2', 'us-east-1']);
    // The first region asked for is the home region: DescribeRegions, a global question, is asked there.
    const [describe] = ec2.commandCalls(DescribeRegionsCommand);
    expect(await (describe?.thisValue as EC2Client).config.region()).toBe('us-west-2');
  });

  it('rejects a region this partition does not have', async () => {
    const { code, stderr } = await runCli(['scan', '--regions', 'us-east-9', '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown AWS region 'us-east-9'/);
  });

  it('collect --out writes an inventory that scan --inventory evaluates to the same results', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'dbgap-audit-collect-')), 'inventory.json');
    const collected = await runCli(['collect', '--out', path, '--check', 's3-bucket-ssl-only,iam-user-console-mfa', '--quiet']);
    expect(collected.code).toBe(0);
    const live = await runCli(['scan', '--format', 'json', '--quiet', '--check', 's3-bucket-ssl-only,iam-user-console-mfa']);
    const offline = await runCli(['scan', '--format', 'json', '--inventory', path, '--check', 's3-bucket-ssl-only,iam-user-console-mfa']);
    const strip = (text: string) => (JSON.parse(text) as ScanResult).results;
    expect(strip(offline.stdout)).toEqual(strip(live.stdout));
  });

  it('collect counts the data stores that scan --inventory then lists in the data inventory, the same as a live scan', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'dbgap-audit-collect-')), 'inventory.json');
    s3.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'dbgap:project', Value: 'phs000001' }] });
    s3.on(GetBucketReplicationCommand).rejects(awsError('ReplicationConfigurationNotFoundError', 404));
    // The check reads the listing, tags and replication; the facts it does not read are said to be not collected.
    const check = 's3-replication-destination-allowed';
    const collected = await runCli(['collect', '--out', path, '--check', check]);
    expect(collected.code).toBe(0);
    expect(collected.stderr).toContain('(0 collection failure(s)); 1 data store(s) hold or may hold dbGaP data.');
    const live = JSON.parse((await runCli(['scan', '--format', 'json', '--quiet', '--check', check])).stdout) as ScanResult;
    const offline = JSON.parse((await runCli(['scan', '--format', 'json', '--inventory', path, '--check', check])).stdout) as ScanResult;
    expect(offline.dataInventory).toEqual([
      {
        accountId: '123456789012',
        arn: 'arn:aws:s3:::dbgap-raw',
        kind: 's3-bucket',
        service: 'Amazon S3',
        region: 'us-east-1',
        name: 'dbgap-raw',
        controlledData: true,
        reason: 'tagged dbgap:project',
        encryption: 'unknown (not collected)',
        exposure: 'unknown (not collected)',
        retention: 'lifecycle unknown (not collected)',
      },
    ]);
    expect(offline.dataInventory).toEqual(live.dataInventory);
  });

  it('tells the user when AWS rejects the credentials', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('InvalidClientTokenId', 403));
    const { code, stderr } = await runCli(['scan', '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/AWS rejected the credentials .*InvalidClientTokenId/);
  });
});
