import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/ssm-association-compliance.js';
import type { SsmAssociationCompliance } from '../../../src/model/items/ssm.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAssociationSummary } from '../../helpers/ssm.js';

describe('ssm-association-compliance', () => {
  it.each<[string, SsmAssociationCompliance, string, RegExp]>([
    ['compliant', anAssociationSummary('i-1'), 'pass', /i-1 complies .*3 compliant/],
    ['non-compliant', anAssociationSummary('i-1', { status: 'NON_COMPLIANT', nonCompliantCount: 2, compliantCount: 1 }), 'fail', /non-compliant with 2 State Manager/],
    ['unknown status', anAssociationSummary('i-1', { status: 'UNKNOWN' }), 'fail', /status UNKNOWN/],
  ])('%s → %s', (_name, summary, expected, message) => {
    const [result, ...rest] = run(check, { ssmAssociationCompliance: [summary] });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity: 'low', resourceArn: summary.arn });
    expect(result?.message).toMatch(message);
  });

  it('is not applicable when no node has associations', () => {
    expect(statuses(run(check, { ssmAssociationCompliance: [] }))).toEqual(['not_applicable']);
  });

  it('one result per node, across regions and hybrid nodes', () => {
    const results = run(
      check,
      {
        ssmAssociationCompliance: [
          anAssociationSummary('i-1'),
          anAssociationSummary('mi-0123456789abcdef0', { region: 'us-west-2', arn: 'arn:aws:ssm:us-west-2:123456789012:managed-instance/mi-0123456789abcdef0', status: 'NON_COMPLIANT', nonCompliantCount: 1 }),
        ],
      },
      { regions: ['us-east-1', 'us-west-2'] },
    );
    expect(results.map((result) => [result.region, result.status])).toEqual([
      ['us-east-1', 'pass'],
      ['us-west-2', 'fail'],
    ]);
  });

  it('a region whose compliance could not be listed is an error, not a pass', () => {
    const results = run(check, {
      ssmAssociationCompliance: { items: [], failures: [aFailure({ api: 'ssm.ListResourceComplianceSummaries', action: 'ssm:ListResourceComplianceSummaries', code: 'AccessDeniedException', region: 'us-east-1' })] },
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
