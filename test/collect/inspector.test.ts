import { BatchGetAccountStatusCommand, Inspector2Client, type Status } from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const inspector = mockClient(Inspector2Client);
const state = (status: Status) => ({ status, errorCode: undefined, errorMessage: undefined });

beforeEach(() => {
  inspector.reset();
  inspector.onAnyCommand().rejects(new Error('unexpected Inspector command'));
});
afterEach(() => inspector.reset());

describe('Inspector collector', () => {
  it('asks about the scanned account and keeps the account and scan-type states', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves({
      accounts: [
        {
          accountId: '123456789012',
          state: state('ENABLED'),
          resourceState: { ec2: state('ENABLED'), ecr: state('DISABLED'), lambda: state('ENABLING'), lambdaCode: state('DISABLED') },
        },
      ],
      failedAccounts: [],
    });
    const inventory = await collect(['inspectorStatus']);
    expect(inspector.commandCalls(BatchGetAccountStatusCommand)[0]?.args[0].input).toEqual({ accountIds: ['123456789012'] });
    expect(inventory.keys.inspectorStatus?.items).toEqual([
      {
        arn: 'arn:aws:inspector2:us-east-1:123456789012:account',
        region: 'us-east-1',
        status: 'ENABLED',
        scans: { EC2: 'ENABLED', ECR: 'DISABLED', LAMBDA: 'ENABLING', LAMBDA_CODE: 'DISABLED' },
      },
    ]);
    expect(inventory.keys.inspectorStatus?.failures).toEqual([]);
  });

  it('records a denied call as a failure naming inspector2:BatchGetAccountStatus', async () => {
    inspector.on(BatchGetAccountStatusCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['inspectorStatus']);
    expect(inventory.keys.inspectorStatus?.items).toEqual([]);
    expect(inventory.keys.inspectorStatus?.failures).toEqual([
      expect.objectContaining({ api: 'inspector2.BatchGetAccountStatus', action: 'inspector2:BatchGetAccountStatus', kind: 'access-denied', region: 'us-east-1' }),
    ]);
  });

  it('records the account listed under failedAccounts as a failure, never as Inspector off', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves({
      accounts: [],
      failedAccounts: [{ accountId: '123456789012', errorCode: 'ACCESS_DENIED', errorMessage: 'Caller is not the delegated administrator' }],
    });
    const inventory = await collect(['inspectorStatus']);
    expect(inventory.keys.inspectorStatus?.items).toEqual([]);
    expect(inventory.keys.inspectorStatus?.failures).toEqual([
      expect.objectContaining({ api: 'inspector2.BatchGetAccountStatus', kind: 'access-denied', message: 'Caller is not the delegated administrator' }),
    ]);
  });

  it('records an answer that lists another account only as unreadable', async () => {
    inspector.on(BatchGetAccountStatusCommand).resolves({
      accounts: [{ accountId: '999999999999', state: state('ENABLED'), resourceState: { ec2: state('ENABLED'), ecr: state('ENABLED') } }],
    });
    const inventory = await collect(['inspectorStatus']);
    expect(inventory.keys.inspectorStatus?.items).toEqual([]);
    expect(inventory.keys.inspectorStatus?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'inspector2:BatchGetAccountStatus' })]);
  });
});
