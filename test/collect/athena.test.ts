import { AthenaClient, GetWorkGroupCommand, ListWorkGroupsCommand } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const athena = mockClient(AthenaClient);
const ARN = 'arn:aws:athena:us-east-1:123456789012:workgroup/analysis';

beforeEach(() => {
  athena.reset();
  athena.onAnyCommand().rejects(new Error('unexpected Athena command'));
  athena.on(ListWorkGroupsCommand).resolves({ WorkGroups: [{ Name: 'analysis', State: 'ENABLED' }] });
});
afterEach(() => athena.reset());

describe('Athena workgroups collector', () => {
  it('reads each workgroup\'s enforcement, result encryption and location', async () => {
    athena.on(GetWorkGroupCommand, { WorkGroup: 'analysis' }).resolves({
      WorkGroup: {
        Name: 'analysis',
        State: 'ENABLED',
        Configuration: {
          EnforceWorkGroupConfiguration: true,
          ResultConfiguration: { OutputLocation: 's3://results/analysis/', EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'k1' } },
        },
      },
    });
    const inventory = await collect(['athenaWorkGroups']);
    expect(inventory.keys.athenaWorkGroups?.items).toEqual([
      {
        arn: ARN,
        region: 'us-east-1',
        name: 'analysis',
        state: 'ENABLED',
        enforceWorkGroupConfiguration: true,
        encryptionOption: 'SSE_KMS',
        kmsKey: 'k1',
        outputLocation: 's3://results/analysis/',
        managedQueryResults: false,
      },
    ]);
  });

  it('reads an absent EnforceWorkGroupConfiguration as not enforced', async () => {
    athena.on(GetWorkGroupCommand).resolves({ WorkGroup: { Name: 'analysis', Configuration: {} } });
    const inventory = await collect(['athenaWorkGroups']);
    expect(inventory.keys.athenaWorkGroups?.items).toEqual([expect.objectContaining({ enforceWorkGroupConfiguration: false, state: 'ENABLED' })]);
  });

  it('records an answer without the workgroup\'s Configuration as unreadable', async () => {
    athena.on(GetWorkGroupCommand).resolves({ WorkGroup: { Name: 'analysis' } });
    const inventory = await collect(['athenaWorkGroups']);
    expect(inventory.keys.athenaWorkGroups?.items).toEqual([]);
    expect(inventory.keys.athenaWorkGroups?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'athena:GetWorkGroup', resourceArn: ARN })]);
  });

  it('records a denied GetWorkGroup for the workgroup and a denied listing for the region', async () => {
    athena.on(GetWorkGroupCommand).rejects(awsError('AccessDeniedException', 400));
    let inventory = await collect(['athenaWorkGroups']);
    expect(inventory.keys.athenaWorkGroups?.failures).toEqual([expect.objectContaining({ action: 'athena:GetWorkGroup', resourceArn: ARN, kind: 'access-denied' })]);
    athena.on(ListWorkGroupsCommand).rejects(awsError('AccessDeniedException', 400));
    inventory = await collect(['athenaWorkGroups']);
    expect(inventory.keys.athenaWorkGroups?.failures).toEqual([expect.objectContaining({ action: 'athena:ListWorkGroups', region: 'us-east-1' })]);
  });
});
