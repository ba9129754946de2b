import type { LambdaFunction, LambdaFunctionUrls } from '../../src/model/items/lambda.js';
import { ACCOUNT } from './inventory.js';

export function aFunction(name: string, overrides: Partial<LambdaFunction> = {}): LambdaFunction {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:lambda:${region}:${ACCOUNT.id}:function:${name}`, region, functionName: name, role: `arn:aws:iam::${ACCOUNT.id}:role/${name}-role`, environmentVariableCount: 0, ...overrides };
}

export function functionUrls(name: string, urls: Array<{ url: string; authType: string }>, region = 'us-east-1'): LambdaFunctionUrls {
  return { arn: `arn:aws:lambda:${region}:${ACCOUNT.id}:function:${name}`, region, functionName: name, urls };
}
