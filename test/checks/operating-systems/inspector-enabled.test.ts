import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/inspector-enabled.js';
import type { InspectorStatus } from '../../../src/model/items/inspector.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anInspectorStatus } from '../../helpers/inspector.js';

const regions = ['us-east-1', 'us-west-2'];
const on = { EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'ENABLED' };

describe('inspector-enabled', () => {
  // Only ENABLED scans (API_State: ENABLING | ENABLED | DISABLING | DISABLED | SUSPENDING | SUSPENDED).
  it.each<[string, InspectorStatus[], string[]]>([
    ['EC2 and ECR scanning in both regions', [anInspectorStatus('us-east-1'), anInspectorStatus('us-west-2')], ['pass', 'pass']],
    ['never enabled in us-west-2 (DISABLED)', [anInspectorStatus('us-east-1'), anInspectorStatus('us-west-2', 'DISABLED', { EC2: 'DISABLED', ECR: 'DISABLED', LAMBDA: 'DISABLED' })], ['pass', 'fail']],
    ['SUSPENDED (a suspended member account)', [anInspectorStatus('us-east-1', 'SUSPENDED', on), anInspectorStatus('us-west-2')], ['fail', 'pass']],
    ['still ENABLING', [anInspectorStatus('us-east-1', 'ENABLING', { EC2: 'ENABLING', ECR: 'ENABLING' }), anInspectorStatus('us-west-2')], ['fail', 'pass']],
    ['ECR scanning off', [anInspectorStatus('us-east-1', 'ENABLED', { EC2: 'ENABLED', ECR: 'DISABLED', LAMBDA: 'ENABLED' }), anInspectorStatus('us-west-2')], ['fail', 'pass']],
    ['EC2 scanning still ENABLING', [anInspectorStatus('us-east-1', 'ENABLED', { EC2: 'ENABLING', ECR: 'ENABLED' }), anInspectorStatus('us-west-2')], ['fail', 'pass']],
    ['Lambda scanning off only (not judged)', [anInspectorStatus('us-east-1', 'ENABLED', { EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'DISABLED' }), anInspectorStatus('us-west-2')], ['pass', 'pass']],
  ])('%s → %j', (_name, entries, expected) => {
    const results = run(check, { inspectorStatus: entries }, { regions });
    expect(statuses(results)).toEqual(expected);
    expect(results.map((result) => [result.resourceArn, result.region])).toEqual(regions.map((region) => [`arn:aws:inspector2:${region}:123456789012:account`, region]));
  });

  it('names each scan type that is off, with its state, and says what Lambda scanning is', () => {
    const [result] = run(check, { inspectorStatus: [anInspectorStatus('us-east-1', 'ENABLED', { EC2: 'SUSPENDED', ECR: 'DISABLED', LAMBDA: 'DISABLED' })] });
    expect(result?.message).toBe('Amazon Inspector in us-east-1 does not scan EC2 (SUSPENDED), ECR (DISABLED). Lambda scanning is DISABLED (needed only where functions run).');
  });

  it('is not applicable when no region is in scope', () => {
    expect(statuses(run(check, { inspectorStatus: [] }, { regions: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied BatchGetAccountStatus into an error naming inspector2:BatchGetAccountStatus, never a pass or fail', () => {
    const results = run(
      check,
      {
        inspectorStatus: {
          items: [anInspectorStatus('us-east-1')],
          failures: [aFailure({ api: 'inspector2.BatchGetAccountStatus', action: 'inspector2:BatchGetAccountStatus', code: 'AccessDeniedException', region: 'us-west-2' })],
        },
      },
      { regions },
    );
    expect(statuses(results)).toEqual(['pass', 'error']);
    expect(results[1]?.message).toContain('inspector2:BatchGetAccountStatus');
  });
});
