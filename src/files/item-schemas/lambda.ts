import { z } from 'zod';
import type { LambdaFunction, LambdaFunctionUrls } from '../../model/items/lambda.js';
import { itemSchema } from './common.js';

const region = z.string();

export const lambdaFunction = itemSchema<LambdaFunction>()({
  region,
  functionName: z.string(),
  role: z.string().optional(),
  kmsKeyArn: z.string().optional(),
  environmentVariableCount: z.number().int(),
  vpcId: z.string().optional(),
});

export const lambdaFunctionUrls = itemSchema<LambdaFunctionUrls>()({
  region,
  functionName: z.string(),
  urls: z.array(z.looseObject({ url: z.string(), authType: z.string() })),
});
