import type { PublicAccessBlockSettings } from '../model/items/s3.js';

export const BLOCK_SETTING_NAMES = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;

export function hasAllFourBlocks(settings: PublicAccessBlockSettings | null | undefined): boolean {
  return !!settings && BLOCK_SETTING_NAMES.every((name) => settings[name]);
}

/** S3 applies the more restrictive of the bucket and account settings, one setting at a time. */
export function effectiveBlocks(
  bucket: PublicAccessBlockSettings | null | undefined,
  account: PublicAccessBlockSettings | null | undefined,
): PublicAccessBlockSettings {
  const on = (name: (typeof BLOCK_SETTING_NAMES)[number]) => Boolean(bucket?.[name]) || Boolean(account?.[name]);
  return {
    blockPublicAcls: on('blockPublicAcls'),
    ignorePublicAcls: on('ignorePublicAcls'),
    blockPublicPolicy: on('blockPublicPolicy'),
    restrictPublicBuckets: on('restrictPublicBuckets'),
  };
}

export const PUBLIC_GRANTEE_URIS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];
