/** Inventory item types of Amazon DynamoDB. */
import type { ResourceRef } from '../inventory.js';

export interface DynamodbTable extends ResourceRef {
  region: string;
  tableName: string;
  tableStatus: string;
  /**
   * `AWS_OWNED` when DescribeTable has no SSEDescription (the AWS owned key, the default); otherwise SSEType as sent
   * (`KMS`: an AWS managed or customer managed key, `kmsKeyArn` says which).
   */
  sseType: string;
  sseStatus?: string;
  kmsKeyArn?: string;
  deletionProtection?: boolean;
  /** undefined when ListTagsOfResource was not answered (its failure is recorded on the table). */
  tags: Record<string, string> | undefined;
}

/** Point-in-time recovery of one table (DescribeContinuousBackups); `arn` is the table's. */
export interface DynamodbContinuousBackups extends ResourceRef {
  region: string;
  tableName: string;
  /** ENABLED | DISABLED */
  pointInTimeRecoveryStatus: string;
  recoveryPeriodInDays?: number;
}
