/** The one tag-map helper: AWS's `[{ Key, Value }]` tag lists (EC2, S3, KMS…) as a plain map. */
export function toTagMap(tags: ReadonlyArray<{ Key?: string | undefined; Value?: string | undefined }> | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
}
