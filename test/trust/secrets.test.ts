/**
 * Secrets never reach reports, inventories or logs: run a live (mocked) scan with recognisable fake credentials
 * and grep everything the tool wrote for them.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeRegionsCommand, DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsError } from '../helpers/collect.js';
import { runCli } from '../helpers/cli.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/SECRETSECRETSECRET1';
const TOKEN = 'FwoGZXIvYXdzEFAKESESSIONTOKENVALUE0123456789';

afterEach(() => vi.unstubAllEnvs());

describe('secrets', () => {
  it('appear in no output: table, JSON, inventory, stderr', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAFAKEFAKEFAKE0001');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', SECRET);
    vi.stubEnv('AWS_SESSION_TOKEN', TOKEN);
    const sts = mockClient(STSClient);
    const ec2 = mockClient(EC2Client);
    const iam = mockClient(IAMClient);
    for (const mock of [sts, ec2, iam]) mock.reset();
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/audit/session' });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] });
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 403, 'You are not authorized to perform this operation.'));
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode('user,arn,password_enabled,mfa_active\nalice,arn:aws:iam::123456789012:user/alice,true,false\n') });

    const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-secrets-'));
    const checks = ['--check', 'iam-user-console-mfa,ec2-sg-no-public-admin-ports'];
    const outputs = [
      await runCli(['--debug', 'scan', ...checks]),
      await runCli(['scan', ...checks, '--format', 'json', '--output', join(directory, 'report.json')]),
      await runCli(['collect', ...checks, '--out', join(directory, 'inventory.json')]),
    ];
    const written = readdirSync(directory).map((file) => readFileSync(join(directory, file), 'utf8'));
    const everything = [...outputs.flatMap((outcome) => [outcome.stdout, outcome.stderr]), ...written].join('\n');
    expect(everything).toContain('alice'); // the scan did run
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(TOKEN);
    expect(written).toHaveLength(2);
    for (const file of readdirSync(directory)) expect(statSync(join(directory, file)).isFile()).toBe(true);
    for (const mock of [sts, ec2, iam]) mock.restore();
  });
});
