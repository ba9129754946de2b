/** The bucket name in an S3 bucket ARN (`arn:aws:s3:::name`); a bare name is returned as is. */
export function bucketNameFromArn(arn: string): string {
  const match = /^arn:[^:]+:s3:::([^/]+)/.exec(arn);
  return match?.[1] ?? arn;
}

/** The partition of an ARN (`aws`, `aws-us-gov`, `aws-cn`…); `aws` when it names none. */
export function partitionFromArn(arn: string | undefined): string {
  const partition = arn?.split(':')[1];
  return partition && partition.length > 0 ? partition : 'aws';
}
