import { describe, expect, it } from 'vitest';
import { controlledData, controlledDataReason, holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const settings = { ...DEFAULT_SETTINGS, dbgapBuckets: { names: ['raw-genomes'], tag: { key: 'data-class', value: 'dbgap' } } };

describe('the controlled-data classifier', () => {
  it.each([
    ['a bucket named in dbgapBuckets.names', { kind: 's3-bucket', name: 'raw-genomes', tags: undefined }, 'named in dbgapBuckets.names'],
    ['a volume named like a dbGaP bucket (names classify buckets only)', { kind: 'ebs-volume', name: 'raw-genomes', tags: {} }, null],
    ['a volume with the configured tag and value', { kind: 'ebs-volume', name: 'vol-1', tags: { 'data-class': 'dbgap' } }, 'tagged data-class'],
    ['a snapshot with the configured tag but another value', { kind: 'ebs-snapshot', name: 'snap-1', tags: { 'data-class': 'public' } }, null],
    ['a KMS key with the project tag', { kind: 'kms-key', name: 'k', tags: { 'dbgap:project': 'phs000001' } }, 'tagged dbgap:project'],
    ['a snapshot with only an expiry date', { kind: 'ebs-snapshot', name: 'snap-2', tags: { 'dbgap:expiry': '2027-01-01' } }, 'tagged dbgap:expiry'],
    ['a store with unrelated tags', { kind: 'ebs-volume', name: 'vol-2', tags: { team: 'x' } }, null],
  ])('%s → %s', (_name, store, reason) => {
    expect(controlledDataReason(store, settings)).toBe(reason);
    expect(holdsControlledData(store, settings)).toBe(reason !== null);
  });

  it('says unknown (never false) for a store whose tags could not be read and whose name does not decide', () => {
    expect(controlledData({ kind: 's3-bucket', name: 'other', tags: undefined }, settings, true)).toBe('unknown');
    expect(controlledData({ kind: 's3-bucket', name: 'raw-genomes', tags: undefined }, settings, true)).toBe(true);
    expect(controlledData({ kind: 's3-bucket', name: 'other', tags: {} }, settings, true)).toBe(false);
  });

  it('keeps the check severity for dbGaP and unknown stores, and lowers it only for stores known not to hold dbGaP data', () => {
    expect(severityForStore(true, 'high')).toBe('high');
    expect(severityForStore('unknown', 'high')).toBe('high');
    expect(severityForStore(false, 'high')).toBe('low');
    expect(severityForStore(false, 'high', 'medium')).toBe('medium');
  });
});
