import { GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREDENTIAL_REPORT_MAX_POLLS } from '../../src/collect/iam.js';
import { CredentialReportFormatError, parseCredentialReport, parseReportBoolean, parseReportDate } from '../../src/collect/iam-credential-report.js';
import { awsError, collect } from '../helpers/collect.js';

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const ROOT_ROW =
  '<root_account>,arn:aws:iam::123456789012:root,2023-05-30T09:00:00+00:00,not_supported,2026-02-03T09:12:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
const USER_ROW =
  'alice,arn:aws:iam::123456789012:user/alice,2024-01-01T00:00:00+00:00,true,no_information,2024-01-02T00:00:00+00:00,N/A,false,true,2024-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
const CSV = [HEADER, ROOT_ROW, USER_ROW].join('\n');

const iam = mockClient(IAMClient);
beforeEach(() => {
  iam.reset();
  iam.onAnyCommand().rejects(new Error('unexpected IAM command'));
});
afterEach(() => iam.reset());

describe('credential report parser', () => {
  it('maps N/A, no_information and not_supported to null and keeps real dates', () => {
    const [root, alice] = parseCredentialReport(CSV);
    expect(root).toMatchObject({
      user: '<root_account>',
      isRoot: true,
      passwordEnabled: null, // not_supported on the root row
      passwordLastUsed: '2026-02-03T09:12:00.000Z',
      passwordLastChanged: null,
      mfaActive: true,
      accessKey1Active: false,
      accessKey1LastRotated: null,
      accessKey1LastUsed: null,
    });
    expect(alice).toMatchObject({
      user: 'alice',
      isRoot: false,
      passwordEnabled: true,
      passwordLastUsed: null, // no_information
      passwordLastChanged: '2024-01-02T00:00:00.000Z',
      mfaActive: false,
      accessKey1Active: true,
      accessKey1LastRotated: '2024-01-01T00:00:00.000Z',
      accessKey1LastUsed: null, // N/A
    });
  });

  it.each([
    ['N/A', null],
    ['no_information', null],
    ['not_supported', null],
    ['', null],
    ['garbage', null],
    ['2025-03-04T05:06:07+00:00', '2025-03-04T05:06:07.000Z'],
  ])('parseReportDate(%j) → %j', (value, expected) => {
    expect(parseReportDate(value)).toBe(expected);
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['not_supported', null],
    ['N/A', null],
  ])('parseReportBoolean(%j) → %j', (value, expected) => {
    expect(parseReportBoolean(value)).toBe(expected);
  });

  it('rejects a report without the expected columns and skips rows without user or arn', () => {
    expect(() => parseCredentialReport('name,value\nx,y')).toThrow(CredentialReportFormatError);
    expect(parseCredentialReport(`${HEADER}\n,arn:aws:iam::1:user/x,${'N/A,'.repeat(19)}N/A`)).toEqual([]);
    expect(parseCredentialReport('')).toEqual([]);
  });
});

describe('credential report collector', () => {
  it('reads a ready report once, decoding the Uint8Array content', async () => {
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode(CSV), GeneratedTime: new Date('2026-11-23T10:00:00Z'), ReportFormat: 'text/csv' });
    const inventory = await collect(['iamCredentialReport']);
    const report = inventory.keys.iamCredentialReport?.items[0];
    expect(report?.generatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(report?.rows.map((row) => row.user)).toEqual(['<root_account>', 'alice']);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(0);
  });

  it.each(['ReportNotPresent', 'ReportExpired', 'ReportInProgress'])('on %s generates the report and polls until it is ready', async (code) => {
    iam.on(GetCredentialReportCommand)
      .rejectsOnce(awsError(code, 410))
      .rejectsOnce(awsError('ReportInProgress', 404))
      .resolves({ Content: new TextEncoder().encode(CSV) });
    iam.on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolves({ State: 'COMPLETE' });
    const inventory = await collect(['iamCredentialReport']);
    expect(inventory.keys.iamCredentialReport?.failures).toEqual([]);
    expect(inventory.keys.iamCredentialReport?.items[0]?.rows).toHaveLength(2);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(2);
  });

  it('gives up after a bounded number of polls with a timeout failure', async () => {
    iam.on(GetCredentialReportCommand).rejects(awsError('ReportInProgress', 404));
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' });
    const inventory = await collect(['iamCredentialReport']);
    expect(inventory.keys.iamCredentialReport?.items).toEqual([]);
    expect(inventory.keys.iamCredentialReport?.failures).toEqual([expect.objectContaining({ code: 'ReportInProgress', kind: 'timeout' })]);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(CREDENTIAL_REPORT_MAX_POLLS + 1);
  });

  it('records AccessDenied on GetCredentialReport or GenerateCredentialReport naming the IAM action', async () => {
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied', 403));
    let inventory = await collect(['iamCredentialReport']);
    expect(inventory.keys.iamCredentialReport?.failures).toEqual([
      expect.objectContaining({ api: 'iam.GetCredentialReport', action: 'iam:GetCredentialReport', kind: 'access-denied' }),
    ]);
    iam.reset();
    iam.onAnyCommand().rejects(new Error('unexpected IAM command'));
    iam.on(GetCredentialReportCommand).rejects(awsError('ReportNotPresent', 410));
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied', 403));
    inventory = await collect(['iamCredentialReport']);
    expect(inventory.keys.iamCredentialReport?.failures).toEqual([
      expect.objectContaining({ api: 'iam.GenerateCredentialReport', action: 'iam:GenerateCredentialReport', kind: 'access-denied' }),
    ]);
  });

  it('records a malformed report as a failure instead of an empty (passing) report', async () => {
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode('not,a,report\n1,2,3') });
    const inventory = await collect(['iamCredentialReport']);
    expect(inventory.keys.iamCredentialReport?.items).toEqual([]);
    expect(inventory.keys.iamCredentialReport?.failures).toEqual([expect.objectContaining({ code: 'CredentialReportFormatError' })]);
  });
});
