/** Inventory item types of AWS Lambda. */
import type { ResourceRef } from '../inventory.js';

/**
 * One function (ListFunctions). Environment variable VALUES are never stored (they are often secrets): only how many
 * variables the function has.
 */
export interface LambdaFunction extends ResourceRef {
  region: string;
  functionName: string;
  /** The execution role's ARN. */
  role?: string;
  /** The customer key that encrypts the environment variables; absent = the AWS-managed key aws/lambda. */
  kmsKeyArn?: string;
  /** Number of environment variables (0 = none). */
  environmentVariableCount: number;
  vpcId?: string;
}

/** The function URLs of one function (ListFunctionUrlConfigs); an empty list when it has none. */
export interface LambdaFunctionUrls extends ResourceRef {
  region: string;
  functionName: string;
  urls: Array<{ url: string; authType: string }>;
}
