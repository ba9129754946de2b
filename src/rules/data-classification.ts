/**
 * THE classifier of controlled-access (dbGaP) data: whether a data store holds it, from the configured names and
 * tags. Every check that treats dbGaP data differently asks this module, so a bucket that is dbGaP by its tag is
 * dbGaP everywhere, and the severity that depends on it is computed here once.
 */
import type { Settings } from '../model/settings.js';
import type { Severity } from '../model/severity.js';

/** A place data can live: S3 buckets today; volumes, snapshots, keys and every data store added later. */
export interface DataStore {
  /** The store's name (bucket name, volume id…), matched against settings.dbgapBuckets.names for buckets. */
  name: string;
  kind: 's3-bucket' | 'ebs-volume' | 'ebs-snapshot' | 'kms-key' | (string & {});
  /** Its tags; undefined when they were not read (then only the name can classify it). */
  tags: Record<string, string> | undefined;
}

/** Why a store is classified as holding dbGaP data, or null when nothing says so. */
export function controlledDataReason(store: DataStore, settings: Settings): string | null {
  if (store.kind === 's3-bucket' && settings.dbgapBuckets.names.includes(store.name)) return 'named in dbgapBuckets.names';
  if (!store.tags) return null;
  const { key, value } = settings.dbgapBuckets.tag;
  if (key in store.tags && (value === undefined || store.tags[key] === value)) return `tagged ${key}`;
  const project = settings.dbgapTags.project;
  if (project !== key && project in store.tags) return `tagged ${project}`;
  // A data-use expiry date is only ever set on controlled-access data (dbgap-resources-tagged asks for it).
  const expiry = settings.dbgapTags.expiry;
  if (expiry !== key && expiry in store.tags) return `tagged ${expiry}`;
  return null;
}

/**
 * Whether a store holds dbGaP data: true or false, or 'unknown' when its tags could not be read (`tagsUnread`) and
 * its name does not decide. Volumes and snapshots are classified by their own tags, KMS keys by theirs: a key's
 * project is recorded on the key, and one key can protect stores of several projects.
 */
export function controlledData(store: DataStore, settings: Settings, tagsUnread = false): boolean | 'unknown' {
  if (holdsControlledData(store, settings)) return true;
  return tagsUnread && store.tags === undefined ? 'unknown' : false;
}

export function holdsControlledData(store: DataStore, settings: Settings): boolean {
  return controlledDataReason(store, settings) !== null;
}

/** Is this bucket configured as holding controlled-access (dbGaP) data, by name or by tag? */
export function isDbgapBucket(name: string, tags: Record<string, string> | undefined, settings: Settings): boolean {
  return holdsControlledData({ kind: 's3-bucket', name, tags }, settings);
}

/**
 * The severity of a finding about a store: the check's own for dbGaP data, `otherwise` (low unless the check says)
 * elsewhere. A store whose tags could not be read and whose name does not classify it may hold dbGaP data: it keeps
 * the check's severity, so an unread tag can never lower a finding below a --fail-on threshold.
 */
export function severityForStore(isDbgap: boolean | 'unknown', checkSeverity: Severity, otherwise: Severity = 'low'): Severity {
  return isDbgap === false ? otherwise : checkSeverity;
}
