/** ARNs of EC2 resources, built the same way by every EC2 collector. */
import type { CollectContext } from '../collector.js';

/** An ARN of an account-owned EC2 resource (`owner` for resources listed with another owner id). */
export function ec2Arn(context: CollectContext, region: string, type: string, id: string, owner?: string): string {
  return `arn:${context.account.partition}:ec2:${region}:${owner ?? context.account.id}:${type}/${id}`;
}

/** Snapshot and AMI ARNs carry no account id. */
export function snapshotArn(partition: string, region: string, snapshotId: string): string {
  return `arn:${partition}:ec2:${region}::snapshot/${snapshotId}`;
}

export function imageArn(partition: string, region: string, imageId: string): string {
  return `arn:${partition}:ec2:${region}::image/${imageId}`;
}
