import { DescribeRegionsCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ListAccountsCommand } from '@aws-sdk/client-organizations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/scan-result.js';
import { run } from '../../src/program.js';
import { awsError } from '../helpers/collect.js';
import { ACTIVE_ACCOUNTS, captureIo, DENIED, ec2, MANAGEMENT, mockOrganization, ORG_SCAN, organizations, resetOrganization, s3, sts } from './organization-fixture.js';

beforeEach(mockOrganization);
afterEach(resetOrganization);

describe('scan --org', () => {
  it('scans every ACTIVE account; one whose role cannot be assumed is `error` for each check, the rest complete (exit 3)', async () => {
    const io = captureIo();
    const exitCode = await run([...ORG_SCAN, '--external-id', 'audit-2026'], io);
    expect(io.err()).toBe('');
    expect(exitCode).toBe(3);
    const report = JSON.parse(io.out()) as ScanResult;

    expect(report.scan.accounts.map((account) => account.id)).toEqual(ACTIVE_ACCOUNTS);
    expect(report.scan.regions).toEqual(['us-east-1', 'us-west-2']);
    expect(report.scan.skippedRegions).toEqual(['af-south-1']);

    const denied = report.results.filter((result) => result.accountId === DENIED);
    expect(denied.map((result) => [result.checkId, result.status]).sort()).toEqual([
      ['ec2-sg-no-public-admin-ports', 'error'],
      ['s3-bucket-ssl-only', 'error'],
    ]);
    for (const result of denied) {
      expect(result.message).toContain('sts:AssumeRole');
      expect(result.message).toContain(`arn:aws:iam::${DENIED}:role/OrganizationAccountAccessRole`);
    }
    for (const account of ACTIVE_ACCOUNTS.filter((id) => id !== DENIED)) {
      const results = report.results.filter((result) => result.accountId === account);
      // One bucket (global key) and one security group in each of the two regions, all compliant.
      expect(results.map((result) => result.status)).toEqual(['pass', 'pass', 'pass']);
      expect(results.map((result) => result.resourceArn)).toContain(`arn:aws:s3:::data-${account}`);
      expect(report.summaryByAccount?.[account]).toMatchObject({ pass: 3, error: 0, total: 3 });
    }
    expect(report.summaryByAccount?.[DENIED]).toMatchObject({ error: 2, total: 2 });
    expect(report.summary).toMatchObject({ pass: 9, error: 2, total: 11 });
    expect(report.collectionErrors).toEqual([
      expect.objectContaining({ api: 'sts.AssumeRole', code: 'AccessDenied', accountId: DENIED }),
    ]);

    // The management account is read with the caller's own credentials; every member through its role.
    const assumed = sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
    expect(assumed.map((input) => input.RoleArn).sort()).toEqual(
      ACTIVE_ACCOUNTS.filter((id) => id !== MANAGEMENT).map((id) => `arn:aws:iam::${id}:role/OrganizationAccountAccessRole`),
    );
    expect(assumed.every((input) => input.ExternalId === 'audit-2026' && input.RoleSessionName === 'dbgap-audit')).toBe(true);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(2);
    // Each reachable account's shared responses are its own, and fetched once.
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(3);
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(3);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(6);
  });

  it('shows the per-account summary and the skipped regions in the table', async () => {
    const io = captureIo();
    // The full table, not the --quiet one.
    await run([...ORG_SCAN.filter((flag) => flag !== 'json' && flag !== '--format' && flag !== '--quiet'), '--no-color'], io);
    expect(io.out()).toMatch(/^dbgap-audit \S+ · 4 accounts \(aws\)\nRegions \(2\): us-east-1, us-west-2\n/);
    expect(io.out()).toContain('Skipped (not enabled): af-south-1');
    expect(io.out()).toMatch(/Per account:[\s\S]*│ 333333333333 │ 0 +│ 0 +│ 2 /);
  });

  it('filters with --accounts, --exclude-accounts and --org-role-name', async () => {
    const io = captureIo();
    const exitCode = await run(
      [...ORG_SCAN, '--accounts', '222222222222,333333333333,444444444444', '--exclude-accounts', DENIED, '--org-role-name', 'AuditRole'],
      io,
    );
    expect(exitCode).toBe(0);
    const report = JSON.parse(io.out()) as ScanResult;
    expect(report.scan.accounts.map((account) => account.id)).toEqual(['222222222222', '444444444444']);
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn)).toEqual([
      'arn:aws:iam::222222222222:role/AuditRole',
      'arn:aws:iam::444444444444:role/AuditRole',
    ]);
  });

  it('--exclude-regions leaves regions out of every account', async () => {
    const io = captureIo();
    expect(await run([...ORG_SCAN, '--exclude-regions', 'us-west-2', '--accounts', '222222222222'], io)).toBe(0);
    const report = JSON.parse(io.out()) as ScanResult;
    expect(report.scan.regions).toEqual(['us-east-1']);
    expect(report.results.map((result) => result.region ?? 'global')).not.toContain('us-west-2');
    // A single account selected: the single-account report shape (no per-account summary).
    expect(report.summaryByAccount).toBeUndefined();
  });

  it.each([
    [['--accounts', '999999999999'], /Account 999999999999 given to --accounts is not an ACTIVE account/],
    [['--accounts', '12345'], /'12345' given to --accounts is not a 12-digit AWS account id/],
    [['--shard', '3/2'], /--shard '3\/2' must be K\/N/],
    [['--exclude-regions', 'mars-north-1'], /Unknown AWS region 'mars-north-1'/],
  ])('rejects %j with one sentence and exit 2', async (flags, message) => {
    const io = captureIo();
    expect(await run([...ORG_SCAN, ...flags], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('ends with exit 2 naming organizations:ListAccounts when the caller cannot list the Organization', async () => {
    organizations.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', 400));
    const io = captureIo();
    expect(await run(ORG_SCAN, io)).toBe(2);
    expect(io.err()).toMatch(/organizations:ListAccounts: AccessDeniedException/);
  });

  it('--accounts and --shard need --org', async () => {
    const io = captureIo();
    expect(await run(['scan', '--region', 'us-east-1', '--shard', '1/2', '--quiet'], io)).toBe(2);
    expect(io.err()).toContain('--shard needs --org');
  });
});

describe('scan --role-arn', () => {
  it('scans the one account behind the role', async () => {
    sts.on(GetCallerIdentityCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: () => Promise<{ accessKeyId: string }> } }) => {
      const key = (await getClient().config.credentials()).accessKeyId;
      const account = key.startsWith('ASIA') ? key.slice(4) : MANAGEMENT;
      return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/Audit/dbgap-audit` };
    });
    const io = captureIo();
    const exitCode = await run(
      ['scan', '--role-arn', 'arn:aws:iam::444444444444:role/Audit', '--external-id', 'x', '--regions', 'us-east-1', '--check', 's3-bucket-ssl-only', '--format', 'json', '--quiet'],
      io,
    );
    expect(io.err()).toBe('');
    expect(exitCode).toBe(0);
    const report = JSON.parse(io.out()) as ScanResult;
    expect(report.scan.accounts).toEqual([{ id: '444444444444', partition: 'aws', callerArn: 'arn:aws:sts::444444444444:assumed-role/Audit/dbgap-audit' }]);
    expect(report.results.map((result) => result.resourceArn)).toEqual(['arn:aws:s3:::data-444444444444']);
  });

  it('a role that cannot be assumed is exit 2 naming the role', async () => {
    const io = captureIo();
    expect(await run(['scan', '--role-arn', `arn:aws:iam::${DENIED}:role/Audit`, '--region', 'us-east-1', '--quiet'], io)).toBe(2);
    expect(io.err()).toBe(`dbgap-audit: Could not assume the role arn:aws:iam::${DENIED}:role/Audit given to --role-arn (sts:AssumeRole: AccessDenied).\n`);
  });
});

describe('collect --org', () => {
  it('writes an array of per-account inventories that scan --inventory evaluates to the live report', async () => {
    const { mkdtemp, readFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-collect-'));
    try {
      const out = join(directory, 'org.inventory.json');
      const checks = ORG_SCAN.slice(ORG_SCAN.indexOf('--check'), ORG_SCAN.indexOf('--check') + 2);
      const collectIo = captureIo();
      expect(await run(['collect', '--org', ...checks, '--out', out], collectIo)).toBe(3);
      expect(collectIo.err()).toContain(`Wrote inventory of 4 accounts to ${out} (1 collection failure(s)); `);
      const saved = JSON.parse(await readFile(out, 'utf8')) as Array<{ account: { id: string } }>;
      expect(saved.map((inventory) => inventory.account.id)).toEqual(ACTIVE_ACCOUNTS);

      const offline = captureIo();
      expect(await run(['scan', '--inventory', out, ...checks, '--format', 'json'], offline)).toBe(3);
      const live = captureIo();
      await run(ORG_SCAN, live);
      const strip = (text: string) => {
        const report = JSON.parse(text) as ScanResult;
        return { ...report, scan: { ...report.scan, startedAt: '', finishedAt: '', inventoryCollectedAt: '', source: '' } };
      };
      expect(strip(offline.out())).toEqual(strip(live.out()));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
