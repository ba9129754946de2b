import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/sagemaker-domain-kms.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aDomain } from '../../helpers/sagemaker.js';

describe('sagemaker-domain-kms', () => {
  it.each([
    ['a domain with a customer key', aDomain('d-1'), 'pass', 'high'],
    ['a dbGaP domain on the AWS managed key', aDomain('d-1', { kmsKeyId: undefined, tags: { 'dbgap:project': 'phs1' } }), 'fail', 'high'],
    ['an untagged domain on the AWS managed key', aDomain('d-1', { kmsKeyId: undefined }), 'fail', 'low'],
    [
      'a domain on the AWS managed key whose tags could not be read',
      aDomain('d-1', { kmsKeyId: undefined, tags: { unknown: aFailure({ api: 'sagemaker.ListTags', action: 'sagemaker:ListTags', field: 'tags' }) } }),
      'fail',
      'high',
    ],
  ])('%s → %s (%s)', (_name, domain, status, severity) => {
    expect(run(check, { sagemakerDomains: [domain] }).map((result) => [result.status, result.severity])).toEqual([[status, severity]]);
  });

  it('is not applicable without domains, and an error when DescribeDomain failed', () => {
    expect(statuses(run(check, { sagemakerDomains: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      sagemakerDomains: { items: [], failures: [aFailure({ api: 'sagemaker.DescribeDomain', action: 'sagemaker:DescribeDomain', code: 'UnreadableResponse', kind: 'unreadable', resourceArn: aDomain('d-1').arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('sagemaker:DescribeDomain');
  });
});
