import { z } from 'zod';
import type { DynamodbContinuousBackups, DynamodbTable } from '../../model/items/dynamodb.js';
import { itemSchema, tagsIfRead } from './common.js';

const region = z.string();

export const dynamodbTable = itemSchema<DynamodbTable>()({
  region,
  tableName: z.string(),
  tableStatus: z.string(),
  sseType: z.string(),
  sseStatus: z.string().optional(),
  kmsKeyArn: z.string().optional(),
  deletionProtection: z.boolean().optional(),
  tags: tagsIfRead,
});

export const dynamodbContinuousBackups = itemSchema<DynamodbContinuousBackups>()({
  region,
  tableName: z.string(),
  pointInTimeRecoveryStatus: z.string(),
  recoveryPeriodInDays: z.number().optional(),
});
