import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/sagemaker-domain-vpc-only.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aDomain } from '../../helpers/sagemaker.js';

describe('sagemaker-domain-vpc-only', () => {
  // https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html
  it.each([
    ['a VpcOnly domain', aDomain('d-1'), 'pass'],
    ['a PublicInternetOnly domain', aDomain('d-1', { appNetworkAccessType: 'PublicInternetOnly' }), 'fail'],
    ['a PublicInternetOnly domain that still has a VPC and subnets', aDomain('d-1', { appNetworkAccessType: 'PublicInternetOnly', vpcId: 'vpc-1', subnetIds: ['subnet-1'] }), 'fail'],
  ])('%s → %s', (_name, domain, expected) => {
    expect(statuses(run(check, { sagemakerDomains: [domain] }))).toEqual([expected]);
  });

  it('is not applicable without domains, or with only a domain being deleted', () => {
    expect(statuses(run(check, { sagemakerDomains: [] }))).toEqual(['not_applicable']);
    expect(statuses(run(check, { sagemakerDomains: [aDomain('d-1', { status: 'Deleting', appNetworkAccessType: 'PublicInternetOnly' })] }))).toEqual(['not_applicable']);
  });

  it('turns a denied ListDomains into error naming sagemaker:ListDomains', () => {
    const results = run(check, { sagemakerDomains: { items: [], failures: [aFailure({ api: 'sagemaker.ListDomains', action: 'sagemaker:ListDomains', code: 'AccessDeniedException' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('sagemaker:ListDomains');
  });
});
