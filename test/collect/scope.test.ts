import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assumeRoleCredentials, ORG_APIS, resolveRegions, SCOPE_APIS, validateRoleArn } from '../../src/collect/scope.js';
import { awsError, testClients } from '../helpers/collect.js';

const ec2 = mockClient(EC2Client);
const sts = mockClient(STSClient);

beforeEach(() => {
  ec2.reset().onAnyCommand().rejects(new Error('unexpected EC2 command'));
  sts.reset().onAnyCommand().rejects(new Error('unexpected STS command'));
  ec2.on(DescribeRegionsCommand, { AllRegions: true }).resolves({
    Regions: [
      { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'us-west-2', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'eu-south-1', OptInStatus: 'opted-in' },
      { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
      { RegionName: 'me-south-1', OptInStatus: 'not-opted-in' },
    ],
  });
});
afterEach(() => {
  ec2.reset();
  sts.reset();
});

async function regions(options: Parameters<typeof resolveRegions>[2]) {
  const clients = testClients();
  try {
    return await resolveRegions(clients, 'us-east-1', options);
  } finally {
    clients.destroy();
  }
}

describe('resolveRegions', () => {
  it.each([
    ['every enabled region by default; opt-in regions not enabled are skipped and listed', {}, ['eu-south-1', 'us-east-1', 'us-west-2'], ['af-south-1', 'me-south-1']],
    ['--regions, with a region that is not enabled skipped', { regions: ['us-west-2', 'af-south-1'] }, ['us-west-2'], ['af-south-1']],
    ['--region alone scans that one region', { region: 'us-west-2' }, ['us-west-2'], []],
    ['--exclude-regions after the default', { excludeRegions: ['us-west-2', 'af-south-1'] }, ['eu-south-1', 'us-east-1'], ['me-south-1']],
    ['--exclude-regions after --regions', { regions: ['us-east-1', 'us-west-2'], excludeRegions: ['us-east-1'] }, ['us-west-2'], []],
  ])('%s', async (_label, options, expected, skipped) => {
    const selection = await regions(options);
    expect(selection.regions).toEqual(expected);
    expect(selection.skippedRegions).toEqual(skipped);
    expect(selection.scopeFailures).toEqual([]);
  });

  it.each([
    [{ excludeRegions: ['xx-east-9'] }, /Unknown AWS region 'xx-east-9'/],
    [{ regions: ['us-east-1'], excludeRegions: ['us-east-1'] }, /--exclude-regions leaves no region to scan/],
  ])('rejects %j', async (options, message) => {
    await expect(regions(options)).rejects.toThrow(message);
  });

  it('without ec2:DescribeRegions, scans the home region and records the gap', async () => {
    ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const selection = await regions({ excludeRegions: ['us-west-2'] });
    expect(selection.regions).toEqual(['us-east-1']);
    expect(selection.scopeFailures).toEqual([expect.objectContaining({ api: 'ec2.DescribeRegions', action: 'ec2:DescribeRegions', kind: 'access-denied' })]);
  });
});

describe('assumeRoleCredentials', () => {
  const ROLE = 'arn:aws:iam::222222222222:role/Audit';
  let issued = 0;
  beforeEach(() => {
    issued = 0;
    sts.on(AssumeRoleCommand).callsFake(async () => {
      issued += 1;
      return {
        Credentials: { AccessKeyId: `ASIA${issued}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.UTC(2026, 0, 1, 1)) },
        AssumedRoleUser: { Arn: 'arn:aws:sts::222222222222:assumed-role/Audit/dbgap-audit', AssumedRoleId: 'AROA:x' },
      };
    });
  });

  it('assumes once for concurrent callers, passes the external id, and renews five minutes before expiry', async () => {
    let now = Date.UTC(2026, 0, 1, 0);
    const clients = testClients();
    const provider = assumeRoleCredentials(clients.get('sts', 'us-east-1'), { roleArn: ROLE, externalId: 'ext-1' }, () => now);
    const [first, second] = await Promise.all([provider(), provider()]);
    expect(first.accessKeyId).toBe('ASIA1');
    expect(second.accessKeyId).toBe('ASIA1');
    expect(provider.assumedArn()).toBe('arn:aws:sts::222222222222:assumed-role/Audit/dbgap-audit');
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input)).toEqual([
      { RoleArn: ROLE, RoleSessionName: 'dbgap-audit', ExternalId: 'ext-1' },
    ]);
    now = Date.UTC(2026, 0, 1, 0, 54);
    expect((await provider()).accessKeyId).toBe('ASIA1');
    now = Date.UTC(2026, 0, 1, 0, 56);
    expect((await provider()).accessKeyId).toBe('ASIA2');
    clients.destroy();
  });

  it('tries again after a failed AssumeRole instead of repeating the rejection', async () => {
    sts.on(AssumeRoleCommand).rejectsOnce(awsError('AccessDenied', 403)).resolves({
      Credentials: { AccessKeyId: 'ASIAOK', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) },
    });
    const clients = testClients();
    const provider = assumeRoleCredentials(clients.get('sts', 'us-east-1'), { roleArn: ROLE });
    await expect(provider()).rejects.toMatchObject({ name: 'AccessDenied' });
    expect((await provider()).accessKeyId).toBe('ASIAOK');
    clients.destroy();
  });
});

describe('scope declarations', () => {
  it('declares what the scanning principal needs for --org and --role-arn', () => {
    expect(ORG_APIS).toEqual(['organizations.ListAccounts', 'sts.AssumeRole']);
    expect(SCOPE_APIS).toContain('ec2.DescribeRegions');
  });

  it.each(['arn:aws:iam::123456789012:role/Audit', 'arn:aws-us-gov:iam::123456789012:role/path/Audit'])('accepts role ARN %s', (arn) => {
    expect(() => validateRoleArn(arn, '--role-arn')).not.toThrow();
  });

  it.each(['Audit', 'arn:aws:iam::123:role/Audit', 'arn:aws:iam::123456789012:user/Audit'])('rejects role ARN %s', (arn) => {
    expect(() => validateRoleArn(arn, '--role-arn')).toThrow(/is not an IAM role ARN/);
  });
});
