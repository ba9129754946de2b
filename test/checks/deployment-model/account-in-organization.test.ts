import { describe, expect, it } from 'vitest';
import check from '../../../checks/deployment-model/account-in-organization.js';
import { ACCOUNT_ARN, aMembership, STANDALONE } from '../../helpers/account.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('account-in-organization', () => {
  it.each([
    ['a member of an all-features organization', aMembership(), 'pass', 'medium', /o-abc123 with all features/],
    ['a standalone account (AWSOrganizationsNotInUseException)', STANDALONE, 'fail', 'medium', /standalone/],
    ['a member of a consolidated-billing organization', aMembership({ featureSet: 'CONSOLIDATED_BILLING' }), 'fail', 'low', /CONSOLIDATED_BILLING/],
  ])('%s → %s', (_name, membership, expected, severity, message) => {
    const results = run(check, { organization: [membership] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[ACCOUNT_ARN, expected, severity]]);
    expect(results[0]?.message).toMatch(message);
  });

  it('errors, never passes or fails, when DescribeOrganization was denied', () => {
    const results = run(check, {
      organization: { items: [], failures: [aFailure({ api: 'organizations.DescribeOrganization', action: 'organizations:DescribeOrganization', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/organizations:DescribeOrganization/);
  });
});
