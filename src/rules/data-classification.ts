import type { Settings } from '../model/settings.js';

/** Is this bucket configured as holding controlled-access (dbGaP) data, by name or by tag? */
export function isDbgapBucket(name: string, tags: Record<string, string> | undefined, settings: Settings): boolean {
  if (settings.dbgapBuckets.names.includes(name)) return true;
  const { key, value } = settings.dbgapBuckets.tag;
  if (!tags || !(key in tags)) return false;
  return value === undefined || tags[key] === value;
}
