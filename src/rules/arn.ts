/** The bucket name in an S3 bucket ARN (`arn:aws:s3:::name`); a bare name is returned as is. */
export function bucketNameFromArn(arn: string): string {
  const match = /^arn:[^:]+:s3:::([^/]+)/.exec(arn);
  return match?.[1] ?? arn;
}
