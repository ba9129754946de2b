import { AccessAnalyzerClient, ListAnalyzersCommand, ListFindingsCommand, ListFindingsV2Command } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const analyzer = mockClient(AccessAnalyzerClient);
beforeEach(() => {
  analyzer.reset();
  analyzer.onAnyCommand().rejects(new Error('unexpected Access Analyzer command'));
});
afterEach(() => analyzer.reset());

const ARN_EAST = 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/account';
const summary = (arn: string, type: 'ACCOUNT' | 'ORGANIZATION', status: 'ACTIVE' | 'CREATING' = 'ACTIVE') => ({
  arn,
  name: arn.split('/').pop(),
  type,
  status,
  createdAt: new Date('2025-01-01T00:00:00Z'),
});

describe('Access Analyzer collectors', () => {
  it('lists ACCOUNT and ORGANIZATION analyzers per region (once, shared by both keys) and reads ACTIVE findings with v1 ListFindings', async () => {
    analyzer.on(ListAnalyzersCommand, { type: 'ACCOUNT' }).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      return { analyzers: region === 'us-east-1' ? [summary(ARN_EAST, 'ACCOUNT')] : [] };
    });
    analyzer.on(ListAnalyzersCommand, { type: 'ORGANIZATION' }).resolves({ analyzers: [] });
    analyzer.on(ListFindingsCommand)
      .resolvesOnce({
        findings: [
          {
            id: 'f-1',
            resource: 'arn:aws:s3:::data',
            resourceType: 'AWS::S3::Bucket',
            principal: { AWS: '999988887777' },
            action: ['s3:GetObject'],
            isPublic: false,
            condition: {},
            status: 'ACTIVE',
            resourceOwnerAccount: '123456789012',
            createdAt: new Date(),
            analyzedAt: new Date(),
            updatedAt: new Date(),
          },
        ],
        nextToken: 'page-2',
      })
      .resolvesOnce({
        findings: [
          { id: 'f-2', resource: 'arn:aws:kms:us-east-1:123456789012:key/k', resourceType: 'AWS::KMS::Key', isPublic: true, principal: { AWS: '*' }, condition: {}, status: 'ACTIVE', resourceOwnerAccount: '123456789012', createdAt: new Date(), analyzedAt: new Date(), updatedAt: new Date() },
        ],
      });
    const inventory = await collect(['accessAnalyzers', 'accessAnalyzerFindings'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.accessAnalyzers?.items).toEqual([{ arn: ARN_EAST, region: 'us-east-1', name: 'account', type: 'ACCOUNT', status: 'ACTIVE' }]);
    // Two types × two regions, not doubled by the second key.
    expect(analyzer.commandCalls(ListAnalyzersCommand)).toHaveLength(4);
    const listFindings = analyzer.commandCalls(ListFindingsCommand);
    expect(listFindings).toHaveLength(2);
    expect(listFindings[0]?.args[0].input).toMatchObject({ analyzerArn: ARN_EAST, filter: { status: { eq: ['ACTIVE'] } } });
    expect(analyzer.commandCalls(ListFindingsV2Command)).toHaveLength(0);
    expect(inventory.keys.accessAnalyzerFindings?.items).toEqual([
      expect.objectContaining({ arn: 'arn:aws:s3:::data', region: 'us-east-1', id: 'f-1', analyzerArn: ARN_EAST, principal: { AWS: '999988887777' }, actions: ['s3:GetObject'], isPublic: false }),
      expect.objectContaining({ arn: 'arn:aws:kms:us-east-1:123456789012:key/k', id: 'f-2', isPublic: true, actions: [] }),
    ]);
    expect(inventory.keys.accessAnalyzerFindings?.failures).toEqual([]);
  });

  it('does not read findings of analyzers that are not ACTIVE', async () => {
    analyzer.on(ListAnalyzersCommand, { type: 'ACCOUNT' }).resolves({ analyzers: [summary(ARN_EAST, 'ACCOUNT', 'CREATING')] });
    analyzer.on(ListAnalyzersCommand, { type: 'ORGANIZATION' }).resolves({ analyzers: [] });
    const inventory = await collect(['accessAnalyzerFindings']);
    expect(analyzer.commandCalls(ListFindingsCommand)).toHaveLength(0);
    expect(inventory.keys.accessAnalyzerFindings).toMatchObject({ items: [], failures: [] });
  });

  it('pages through ListAnalyzers', async () => {
    analyzer.on(ListAnalyzersCommand, { type: 'ACCOUNT' })
      .resolvesOnce({ analyzers: [summary(ARN_EAST, 'ACCOUNT')], nextToken: 't' })
      .resolvesOnce({ analyzers: [summary(`${ARN_EAST}-2`, 'ACCOUNT')] });
    analyzer.on(ListAnalyzersCommand, { type: 'ORGANIZATION' }).resolves({ analyzers: [summary('arn:aws:access-analyzer:us-east-1:123456789012:analyzer/org', 'ORGANIZATION')] });
    const inventory = await collect(['accessAnalyzers']);
    expect(inventory.keys.accessAnalyzers?.items.map((item) => [item.name, item.type])).toEqual([
      ['account', 'ACCOUNT'],
      ['account-2', 'ACCOUNT'],
      ['org', 'ORGANIZATION'],
    ]);
  });

  it('records AccessDeniedException per region, naming the access-analyzer action', async () => {
    analyzer.on(ListAnalyzersCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'us-west-2') throw awsError('AccessDeniedException', 403);
      return { analyzers: [] };
    });
    const inventory = await collect(['accessAnalyzers'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.accessAnalyzers?.failures).toEqual([
      expect.objectContaining({ api: 'accessanalyzer.ListAnalyzers', action: 'access-analyzer:ListAnalyzers', kind: 'access-denied', region: 'us-west-2' }),
      expect.objectContaining({ region: 'us-west-2' }),
    ]);
  });

  it('records a denied ListFindings as a region failure (so the region is not passed by omission)', async () => {
    analyzer.on(ListAnalyzersCommand, { type: 'ACCOUNT' }).resolves({ analyzers: [summary(ARN_EAST, 'ACCOUNT')] });
    analyzer.on(ListAnalyzersCommand, { type: 'ORGANIZATION' }).resolves({ analyzers: [] });
    analyzer.on(ListFindingsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['accessAnalyzerFindings']);
    expect(inventory.keys.accessAnalyzerFindings?.failures).toEqual([
      { api: 'accessanalyzer.ListFindings', action: 'access-analyzer:ListFindings', code: 'AccessDeniedException', kind: 'access-denied', message: 'AccessDeniedException (test)', region: 'us-east-1' },
    ]);
  });
});
