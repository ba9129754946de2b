import { LambdaClient, ListFunctionsCommand, ListFunctionUrlConfigsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const lambda = mockClient(LambdaClient);
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:indexer';

beforeEach(() => {
  lambda.reset();
  lambda.onAnyCommand().rejects(new Error('unexpected Lambda command'));
});
afterEach(() => lambda.reset());

describe('Lambda collectors', () => {
  it('keeps the number of environment variables and never their names’ values', async () => {
    lambda.on(ListFunctionsCommand).resolves({
      Functions: [{ FunctionName: 'indexer', FunctionArn: ARN, Role: 'arn:aws:iam::123456789012:role/r', Environment: { Variables: { DB_PASSWORD: 'hunter2-secret', TOKEN: 'tok-abc' } } }],
    });
    lambda.on(ListFunctionUrlConfigsCommand).resolves({ FunctionUrlConfigs: [{ FunctionUrl: 'https://u/', FunctionArn: ARN, AuthType: 'NONE', CreationTime: 't', LastModifiedTime: 't' }] });
    const inventory = await collect(['lambdaFunctions', 'lambdaFunctionUrls']);
    expect(inventory.keys.lambdaFunctions?.items).toEqual([{ arn: ARN, region: 'us-east-1', functionName: 'indexer', role: 'arn:aws:iam::123456789012:role/r', environmentVariableCount: 2 }]);
    expect(inventory.keys.lambdaFunctionUrls?.items).toEqual([{ arn: ARN, region: 'us-east-1', functionName: 'indexer', urls: [{ url: 'https://u/', authType: 'NONE' }] }]);
    const serialized = JSON.stringify(inventory);
    expect(serialized).not.toContain('hunter2-secret');
    expect(serialized).not.toContain('tok-abc');
    expect(lambda.commandCalls(ListFunctionsCommand)).toHaveLength(1);
  });

  it('records a denied ListFunctionUrlConfigs as a failure naming lambda:ListFunctionUrlConfigs', async () => {
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'indexer', FunctionArn: ARN }] });
    lambda.on(ListFunctionUrlConfigsCommand).rejects(awsError('AccessDeniedException', 403));
    const inventory = await collect(['lambdaFunctionUrls']);
    expect(inventory.keys.lambdaFunctionUrls?.items).toEqual([]);
    expect(inventory.keys.lambdaFunctionUrls?.failures).toEqual([expect.objectContaining({ action: 'lambda:ListFunctionUrlConfigs', resourceArn: ARN })]);
  });

  it('reads an answer without the Functions list as unreadable, not as "no functions"', async () => {
    lambda.on(ListFunctionsCommand).resolves({});
    const inventory = await collect(['lambdaFunctions']);
    expect(inventory.keys.lambdaFunctions?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'lambda:ListFunctions' })]);
  });
});
