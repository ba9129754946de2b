import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/ssm-patch-compliance.js';
import type { SsmPatchCompliance } from '../../../src/model/items/ssm.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aManagedInstance, aPatchSummary } from '../../helpers/ssm.js';

const DEFAULT_THRESHOLDS = DEFAULT_SETTINGS.thresholds;

// NOW is 2026-11-23T12:00Z.
describe('ssm-patch-compliance', () => {
  it.each<[string, SsmPatchCompliance[], string, string]>([
    ['compliant, scanned yesterday', [aPatchSummary('i-1')], 'pass', 'high'],
    ['non-compliant', [aPatchSummary('i-1', { status: 'NON_COMPLIANT', nonCompliant: { critical: 2, high: 5, medium: 1, low: 0, informational: 0, unspecified: 0 } })], 'fail', 'high'],
    ['no Patch compliance item (not assessed)', [], 'fail', 'high'],
    ['compliant but last scanned 30 days ago', [aPatchSummary('i-1', { executionTime: '2026-10-24T12:00:00.000Z' })], 'fail', 'medium'],
    ['compliant, scanned exactly 7 days ago (at the limit)', [aPatchSummary('i-1', { executionTime: '2026-11-16T12:00:00.000Z' })], 'pass', 'high'],
    ['compliant without a scan time', [aPatchSummary('i-1', { executionTime: undefined })], 'fail', 'medium'],
    ['compliance only for another node', [aPatchSummary('i-2')], 'fail', 'high'],
  ])('%s → %s (%s)', (_name, summaries, expected, severity) => {
    const [result, ...rest] = run(check, { ssmManagedInstances: [aManagedInstance('i-1')], ssmPatchCompliance: summaries });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity });
  });

  it('reports critical and high counts', () => {
    const [result] = run(check, {
      ssmManagedInstances: [aManagedInstance('i-1')],
      ssmPatchCompliance: [aPatchSummary('i-1', { status: 'NON_COMPLIANT', nonCompliant: { critical: 2, high: 5, medium: 1, low: 0, informational: 0, unspecified: 0 } })],
    });
    expect(result?.message).toMatch(/2 critical, 5 high/);
  });

  it('honours patchScanMaxAgeDays', () => {
    const keys = { ssmManagedInstances: [aManagedInstance('i-1')], ssmPatchCompliance: [aPatchSummary('i-1', { executionTime: '2026-11-13T12:00:00.000Z' })] };
    expect(statuses(run(check, keys))).toEqual(['fail']);
    const thresholds = { ...DEFAULT_THRESHOLDS, patchScanMaxAgeDays: 14 };
    expect(statuses(run(check, keys, { settings: { thresholds } }))).toEqual(['pass']);
  });

  it('includes hybrid nodes and skips inactive (deregistered) ones', () => {
    const results = run(check, {
      ssmManagedInstances: [aManagedInstance('mi-0123456789abcdef0'), aManagedInstance('i-gone', { pingStatus: 'Inactive' })],
      ssmPatchCompliance: [aPatchSummary('mi-0123456789abcdef0')],
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([['arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0', 'pass']]);
  });

  it('is not applicable with no managed nodes', () => {
    expect(statuses(run(check, { ssmManagedInstances: [], ssmPatchCompliance: [] }))).toEqual(['not_applicable']);
  });

  it('errors when compliance summaries could not be listed in the region', () => {
    const results = run(check, {
      ssmManagedInstances: [aManagedInstance('i-1')],
      ssmPatchCompliance: { items: [], failures: [aFailure({ api: 'ssm.ListResourceComplianceSummaries', code: 'AccessDeniedException', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
