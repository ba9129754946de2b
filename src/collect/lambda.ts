import { type FunctionConfiguration, paginateListFunctions, paginateListFunctionUrlConfigs } from '@aws-sdk/client-lambda';
import type { LambdaFunction, LambdaFunctionUrls } from '../model/items/lambda.js';
import type { CollectContext } from './collector.js';
import { defineCollector } from './collector.js';
import { attemptPages, gathered, itemsOf, listingResult, shareListing, type SharedListing } from './paginate.js';

/**
 * ListFunctions once per region per scan. The SDK hands us the environment variables with their values; they are
 * dropped here (only their number is kept), so no secret ever reaches the inventory file.
 */
function listedFunctions(context: CollectContext, region: string): SharedListing<LambdaFunction> {
  return context.memo(`lambda:functions:${region}`, () => {
    const client = context.clients.get('lambda', region);
    return shareListing({ api: 'lambda.ListFunctions', region }, () => paginateListFunctions({ client }, {}), (page) => (page.Functions ?? []).map((entry) => toFunction(entry, region)));
  });
}

function toFunction(entry: FunctionConfiguration, region: string): LambdaFunction {
  const item: LambdaFunction = {
    arn: entry.FunctionArn ?? '',
    region,
    functionName: entry.FunctionName ?? '',
    environmentVariableCount: Object.keys(entry.Environment?.Variables ?? {}).length,
  };
  if (entry.Role) item.role = entry.Role;
  if (entry.KMSKeyArn) item.kmsKeyArn = entry.KMSKeyArn;
  if (entry.VpcConfig?.VpcId) item.vpcId = entry.VpcConfig.VpcId;
  return item;
}

export const lambdaFunctionsCollector = defineCollector({
  key: 'lambdaFunctions',
  scope: 'regional',
  apis: ['lambda.ListFunctions'],
  collect: (context, region) => listingResult(listedFunctions(context, region)),
});

export const lambdaFunctionUrlsCollector = defineCollector({
  key: 'lambdaFunctionUrls',
  scope: 'regional',
  apis: ['lambda.ListFunctions', 'lambda.ListFunctionUrlConfigs'],
  async collect(context, region) {
    const client = context.clients.get('lambda', region);
    const outcomes = await listedFunctions(context, region).map(async (fn) => {
      const pages = await attemptPages({ api: 'lambda.ListFunctionUrlConfigs', region, resourceArn: fn.arn }, () =>
        paginateListFunctionUrlConfigs({ client }, { FunctionName: fn.arn }),
      );
      if (!pages.ok) return { failure: pages.failure };
      const urls = itemsOf(pages.value, (page) => page.FunctionUrlConfigs).map((config) => ({ url: config.FunctionUrl ?? '', authType: config.AuthType ?? 'UNKNOWN' }));
      const item: LambdaFunctionUrls = { arn: fn.arn, region, functionName: fn.functionName, urls };
      return { item };
    });
    return gathered(outcomes);
  },
});
