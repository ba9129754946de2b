/**
 * Maps an API we call (`service.Operation`) to the IAM action it needs. Most are `<prefix>:<Operation>`;
 * the exceptions are listed. Used for failure messages ("missing IAM permission …") and for `dbgap-audit policy`.
 */
const ACTION_PREFIX: Record<string, string> = {
  s3control: 's3',
  accessanalyzer: 'access-analyzer',
  efs: 'elasticfilesystem',
  emr: 'elasticmapreduce',
};

const ACTION_OVERRIDES: Record<string, string> = {
  's3.ListBuckets': 's3:ListAllMyBuckets',
  's3.GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3.GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3.GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  's3.GetBucketReplication': 's3:GetReplicationConfiguration',
  's3.GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3.ListObjectsV2': 's3:ListBucket',
  's3.ListObjectVersions': 's3:ListBucketVersions',
  's3control.GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
};

/** `sts.GetCallerIdentity` needs no permission at all; it is still listed so the policy generator can skip it. */
export const ACTIONS_NEEDING_NO_PERMISSION = new Set(['sts:GetCallerIdentity']);

export function actionFor(api: string): string {
  const override = ACTION_OVERRIDES[api];
  if (override) return override;
  const [service = '', operation = ''] = api.split('.');
  return `${ACTION_PREFIX[service] ?? service}:${operation}`;
}
