import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInventory } from '../../src/collect/collect-inventory.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { awsError, collect, testClients } from '../helpers/collect.js';

const account = mockClient(AccountClient);
const ec2 = mockClient(EC2Client);
const iam = mockClient(IAMClient);
const ROOT = 'arn:aws:iam::123456789012:root';

beforeEach(() => {
  // Catch-all first: any command the test did not expect fails loudly.
  account.reset();
  account.onAnyCommand().rejects(new Error('unexpected Account command'));
  ec2.reset();
  ec2.onAnyCommand().rejects(new Error('unexpected EC2 command'));
  iam.reset();
  iam.onAnyCommand().rejects(new Error('unexpected IAM command'));
});
afterEach(() => {
  account.reset();
  ec2.reset();
  iam.reset();
});

describe('account alias collector', () => {
  it('pages through ListAccountAliases', async () => {
    iam.on(ListAccountAliasesCommand).resolvesOnce({ AccountAliases: ['genlab'], IsTruncated: true, Marker: 'm1' }).resolvesOnce({ AccountAliases: [], IsTruncated: false });
    const inventory = await collect(['accountAliases']);
    expect(iam.commandCalls(ListAccountAliasesCommand)).toHaveLength(2);
    expect(inventory.keys.accountAliases?.items).toEqual([{ arn: ROOT, aliases: ['genlab'] }]);
  });

  it('records AccessDenied naming iam:ListAccountAliases', async () => {
    iam.on(ListAccountAliasesCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['accountAliases']);
    expect(inventory.keys.accountAliases).toMatchObject({ items: [], failures: [expect.objectContaining({ action: 'iam:ListAccountAliases', kind: 'access-denied' })] });
  });
});

describe('security contact collector', () => {
  it('asks for the SECURITY contact and keeps only name and title', async () => {
    account.on(GetAlternateContactCommand, { AlternateContactType: 'SECURITY' }).resolves({
      AlternateContact: { AlternateContactType: 'SECURITY', Name: 'Security Office', Title: 'CISO', EmailAddress: 'sec@example.edu', PhoneNumber: '+1-555-0100' },
    });
    const inventory = await collect(['accountSecurityContact']);
    expect(inventory.keys.accountSecurityContact?.items).toEqual([{ arn: ROOT, isRegistered: true, name: 'Security Office', title: 'CISO' }]);
    expect(JSON.stringify(inventory)).not.toContain('sec@example.edu');
  });

  it('maps ResourceNotFoundException to "no contact registered"', async () => {
    account.on(GetAlternateContactCommand).rejects(awsError('ResourceNotFoundException', 404));
    const inventory = await collect(['accountSecurityContact']);
    expect(inventory.keys.accountSecurityContact).toMatchObject({ items: [{ arn: ROOT, isRegistered: false }], failures: [] });
  });

  it('records AccessDeniedException naming account:GetAlternateContact', async () => {
    account.on(GetAlternateContactCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['accountSecurityContact']);
    expect(inventory.keys.accountSecurityContact?.failures).toEqual([expect.objectContaining({ action: 'account:GetAlternateContact', kind: 'access-denied' })]);
  });

  it('does not call the Account API in the aws-us-gov partition', async () => {
    const clients = testClients();
    try {
      const inventory = await collectInventory({
        keys: ['accountSecurityContact'],
        scope: { account: { id: '123456789012', partition: 'aws-us-gov' }, homeRegion: 'us-gov-west-1', regions: ['us-gov-west-1'], scopeFailures: [] },
        clients,
        settings: DEFAULT_SETTINGS,
        concurrency: 4,
      });
      expect(inventory.keys.accountSecurityContact).toMatchObject({ items: [], failures: [] });
      expect(account.calls()).toHaveLength(0);
    } finally {
      clients.destroy();
    }
  });
});

describe('account regions collector', () => {
  it('asks for all regions and keeps each opt-in status, sorted', async () => {
    ec2.on(DescribeRegionsCommand, { AllRegions: true }).resolves({
      Regions: [
        { RegionName: 'us-west-2', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'eu-south-1', OptInStatus: 'opted-in' },
        { RegionName: 'us-east-1' },
      ],
    });
    const inventory = await collect(['accountRegions'], { regions: ['us-east-1', 'us-west-2'] });
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(1);
    expect(inventory.keys.accountRegions?.items.map((region) => [region.regionName, region.optInStatus])).toEqual([
      ['af-south-1', 'not-opted-in'],
      ['eu-south-1', 'opted-in'],
      ['us-east-1', 'opt-in-not-required'],
      ['us-west-2', 'opt-in-not-required'],
    ]);
  });

  it('records UnauthorizedOperation naming ec2:DescribeRegions', async () => {
    ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const inventory = await collect(['accountRegions']);
    expect(inventory.keys.accountRegions?.failures).toEqual([expect.objectContaining({ action: 'ec2:DescribeRegions', kind: 'access-denied' })]);
  });
});
