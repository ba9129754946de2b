/**
 * Classifying a store whose tags may not have been read (SageMaker notebooks and domains read theirs with a call of
 * their own): data-classification.ts decides, and an unread tag set without a deciding name is 'unknown', never
 * "not dbGaP".
 */
import { type Fact, isUnknown } from '../model/failure.js';
import type { Settings } from '../model/settings.js';
import { controlledDataReason, type DataStore } from './data-classification.js';

export interface StoreClassification {
  controlledData: boolean | 'unknown';
  reason: string | null;
}

export function classifyStore(store: { name: string; kind: DataStore['kind']; tags: Fact<Record<string, string>> }, settings: Settings): StoreClassification {
  const tags = isUnknown(store.tags) ? undefined : store.tags;
  const reason = controlledDataReason({ name: store.name, kind: store.kind, tags }, settings);
  if (reason) return { controlledData: true, reason };
  return { controlledData: tags === undefined ? 'unknown' : false, reason: null };
}
