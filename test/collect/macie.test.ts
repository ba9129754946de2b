import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const macie = mockClient(Macie2Client);

beforeEach(() => {
  macie.reset();
  macie.onAnyCommand().rejects(new Error('unexpected Macie command'));
});
afterEach(() => macie.reset());

describe('Macie collector', () => {
  it('reads the session and the automated discovery status when Macie is enabled', async () => {
    macie.on(GetMacieSessionCommand).resolves({ status: 'ENABLED' });
    macie.on(GetAutomatedDiscoveryConfigurationCommand).resolves({ status: 'ENABLED' });
    const inventory = await collect(['macieStatus']);
    expect(inventory.keys.macieStatus?.items).toEqual([
      { arn: 'arn:aws:macie2:us-east-1:123456789012:account', region: 'us-east-1', status: 'ENABLED', automatedDiscoveryStatus: 'ENABLED' },
    ]);
    expect(inventory.keys.macieStatus?.failures).toEqual([]);
  });

  it('maps "Macie is not enabled" to NOT_ENABLED data without asking about discovery', async () => {
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, 'Macie is not enabled.'));
    const inventory = await collect(['macieStatus']);
    expect(inventory.keys.macieStatus?.items).toEqual([expect.objectContaining({ status: 'NOT_ENABLED', automatedDiscoveryStatus: null })]);
    expect(inventory.keys.macieStatus?.failures).toEqual([]);
    expect(macie.commandCalls(GetAutomatedDiscoveryConfigurationCommand)).toHaveLength(0);
  });

  it('records any other AccessDeniedException as a failure naming macie2:GetMacieSession', async () => {
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, 'User is not authorized to perform: macie2:GetMacieSession'));
    const inventory = await collect(['macieStatus'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.macieStatus?.items).toEqual([]);
    expect(inventory.keys.macieStatus?.failures).toEqual([
      expect.objectContaining({ api: 'macie2.GetMacieSession', action: 'macie2:GetMacieSession', kind: 'access-denied', region: 'us-east-1' }),
      expect.objectContaining({ region: 'us-west-2' }),
    ]);
  });

  it('keeps the session status and records a failure when discovery status is denied', async () => {
    macie.on(GetMacieSessionCommand).resolves({ status: 'PAUSED' });
    macie.on(GetAutomatedDiscoveryConfigurationCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['macieStatus']);
    expect(inventory.keys.macieStatus?.items).toEqual([expect.objectContaining({ status: 'PAUSED', automatedDiscoveryStatus: null })]);
    expect(inventory.keys.macieStatus?.failures).toEqual([
      expect.objectContaining({ api: 'macie2.GetAutomatedDiscoveryConfiguration', resourceArn: 'arn:aws:macie2:us-east-1:123456789012:account' }),
    ]);
  });
});
