import {
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  IAMClient,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePolicyDocument } from '../../src/collect/iam.js';
import { awsError, collect } from '../helpers/collect.js';

const iam = mockClient(IAMClient);
beforeEach(() => {
  iam.reset();
  iam.onAnyCommand().rejects(new Error('unexpected IAM command'));
});
afterEach(() => iam.reset());

const ADMIN_DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const encoded = (document: unknown) => encodeURIComponent(JSON.stringify(document));

describe('IAM account collectors', () => {
  it('reads the account summary flags', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 } });
    const inventory = await collect(['iamAccountSummary']);
    expect(inventory.keys.iamAccountSummary?.items).toEqual([
      {
        arn: 'arn:aws:iam::123456789012:root',
        accountMfaEnabled: true,
        accountAccessKeysPresent: false,
        summaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 },
      },
    ]);
  });

  it('calls IAM once, in the home region, however many regions are in scope', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0 } });
    const inventory = await collect(['iamAccountSummary'], { regions: ['us-east-1', 'us-west-2', 'eu-west-1'], homeRegion: 'us-west-2' });
    const calls = iam.commandCalls(GetAccountSummaryCommand);
    expect(calls).toHaveLength(1);
    expect(await calls[0]?.thisValue.config.region()).toBe('us-west-2');
    expect(inventory.keys.iamAccountSummary?.items).toHaveLength(1);
    expect(inventory.keys.iamAccountSummary?.items[0]).toMatchObject({ accountMfaEnabled: false, accountAccessKeysPresent: false });
  });

  it('records a summary without AccountAccessKeysPresent as unreadable, never as "no root access keys"', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Users: 3 } });
    const inventory = await collect(['iamAccountSummary']);
    expect(inventory.keys.iamAccountSummary?.items).toEqual([]);
    expect(inventory.keys.iamAccountSummary?.failures).toEqual([
      expect.objectContaining({ api: 'iam.GetAccountSummary', action: 'iam:GetAccountSummary', code: 'UnreadableResponse', kind: 'unreadable' }),
    ]);
  });

  it('records a denied GetAccountSummary naming iam:GetAccountSummary', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['iamAccountSummary']);
    expect(inventory.keys.iamAccountSummary?.items).toEqual([]);
    expect(inventory.keys.iamAccountSummary?.failures).toEqual([
      expect.objectContaining({ api: 'iam.GetAccountSummary', action: 'iam:GetAccountSummary', kind: 'access-denied' }),
    ]);
  });

  it('maps the password policy, and NoSuchEntity to "no policy" (data, not a failure)', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: false, PasswordReusePrevention: 5, MaxPasswordAge: 90, ExpirePasswords: true },
    });
    let inventory = await collect(['iamPasswordPolicy']);
    expect(inventory.keys.iamPasswordPolicy?.items[0]?.policy).toEqual({
      minimumPasswordLength: 12,
      requireSymbols: true,
      requireNumbers: false,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      allowUsersToChangePassword: false,
      hardExpiry: false,
      maxPasswordAge: 90,
      passwordReusePrevention: 5,
    });
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404));
    inventory = await collect(['iamPasswordPolicy']);
    expect(inventory.keys.iamPasswordPolicy).toMatchObject({ items: [{ arn: 'arn:aws:iam::123456789012:root', policy: null }], failures: [] });
  });

  it('records a denied GetAccountPasswordPolicy as a failure, not "no policy"', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['iamPasswordPolicy']);
    expect(inventory.keys.iamPasswordPolicy?.items).toEqual([]);
    expect(inventory.keys.iamPasswordPolicy?.failures).toEqual([
      expect.objectContaining({ action: 'iam:GetAccountPasswordPolicy', kind: 'access-denied', region: 'us-east-1' }),
    ]);
  });

  it('pages through virtual MFA devices (any assignment status)', async () => {
    iam.on(ListVirtualMFADevicesCommand, { AssignmentStatus: 'Any' })
      .resolvesOnce({
        VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', User: { Arn: 'arn:aws:iam::123456789012:root', UserName: '', Path: '/', UserId: '1', CreateDate: new Date() }, EnableDate: new Date('2024-01-01T00:00:00Z') }],
        IsTruncated: true,
        Marker: 'm1',
      })
      .resolvesOnce({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/unassigned' }], IsTruncated: false });
    const inventory = await collect(['iamVirtualMfaDevices']);
    expect(inventory.keys.iamVirtualMfaDevices?.items).toEqual([
      { arn: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', serialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device', userArn: 'arn:aws:iam::123456789012:root', enabledAt: '2024-01-01T00:00:00.000Z' },
      { arn: 'arn:aws:iam::123456789012:mfa/unassigned', serialNumber: 'arn:aws:iam::123456789012:mfa/unassigned' },
    ]);
    // The paginator reuses its input object, so the recorded inputs all show the last Marker; count the pages.
    const calls = iam.commandCalls(ListVirtualMFADevicesCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.Marker).toBe('m1');
  });
});

describe('IAM authorization details collector', () => {
  it('pages with Marker, decodes URL-encoded documents, and keeps only attached AWS-managed policies', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({
        UserDetailList: [
          {
            UserName: 'alice',
            Arn: 'arn:aws:iam::123456789012:user/alice',
            Path: '/',
            GroupList: ['admins'],
            UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: encoded(ADMIN_DOC) }],
            AttachedManagedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
          },
        ],
        GroupDetailList: [{ GroupName: 'admins', Arn: 'arn:aws:iam::123456789012:group/admins', Path: '/' }],
        // AWS sends every list of the filter on every page, empty ones included.
        RoleDetailList: [],
        Policies: [],
        IsTruncated: true,
        Marker: 'page-2',
      })
      .resolvesOnce({
        UserDetailList: [],
        GroupDetailList: [],
        RoleDetailList: [
          {
            RoleName: 'ci',
            Arn: 'arn:aws:iam::123456789012:role/ci',
            Path: '/',
            AssumeRolePolicyDocument: encoded({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
          },
        ],
        Policies: [
          { PolicyName: 'AdministratorAccess', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', AttachmentCount: 1, PolicyVersionList: [{ IsDefaultVersion: true, Document: encoded(ADMIN_DOC) }] },
          { PolicyName: 'ReadOnlyAccess', Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', AttachmentCount: 0, PolicyVersionList: [] },
          {
            PolicyName: 'local',
            Arn: 'arn:aws:iam::123456789012:policy/local',
            AttachmentCount: 0,
            PolicyVersionList: [
              { IsDefaultVersion: false, Document: encoded({ old: true }) },
              { IsDefaultVersion: true, Document: encoded(ADMIN_DOC) },
            ],
          },
        ],
        IsTruncated: false,
      });
    const inventory = await collect(['iamAuthorizationDetails']);
    const calls = iam.commandCalls(GetAccountAuthorizationDetailsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input).toMatchObject({ Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'], Marker: 'page-2' });
    const items = inventory.keys.iamAuthorizationDetails?.items ?? [];
    expect(items.map((item) => [item.kind, item.arn])).toEqual([
      ['user', 'arn:aws:iam::123456789012:user/alice'],
      ['group', 'arn:aws:iam::123456789012:group/admins'],
      ['role', 'arn:aws:iam::123456789012:role/ci'],
      ['policy', 'arn:aws:iam::aws:policy/AdministratorAccess'],
      ['policy', 'arn:aws:iam::123456789012:policy/local'],
    ]);
    expect(items[0]).toMatchObject({ groups: ['admins'], inlinePolicies: [{ name: 'inline', document: ADMIN_DOC }] });
    expect(items[2]).toMatchObject({ trustPolicy: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] } });
    expect(items[3]).toMatchObject({ awsManaged: true, attachmentCount: 1, document: ADMIN_DOC });
    expect(items[4]).toMatchObject({ awsManaged: false, attachmentCount: 0, document: ADMIN_DOC });
  });

  it('records AccessDenied naming the action', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied', 403));
    const inventory = await collect(['iamAuthorizationDetails']);
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(1);
    expect(inventory.keys.iamAuthorizationDetails?.failures).toEqual([
      expect.objectContaining({ api: 'iam.GetAccountAuthorizationDetails', action: 'iam:GetAccountAuthorizationDetails', kind: 'access-denied' }),
    ]);
  });

  it.each([
    ['URL-encoded JSON', encodeURIComponent('{"a":1}'), { a: 1 }],
    ['plain JSON', '{"a":2}', { a: 2 }],
    ['a malformed escape kept as text', '%E0%A4%A', '%E0%A4%A'],
    ['missing', undefined, null],
  ])('decodePolicyDocument: %s', (_name, input, expected) => {
    expect(decodePolicyDocument(input)).toEqual(expected);
  });
});
