import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/user-accounts-individual-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('user-accounts-individual-attestation', () => {
  it('is one manual item on the account, with the text to attest and the evidence to attach', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toEqual([
      expect.objectContaining({ checkId: 'user-accounts-individual-attestation', status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root', controlArea: 'user-accounts' }),
    ]);
    expect(results[0]?.message).toMatch(/one named, DAC-approved person.*MFA/);
    expect(check.remediation.summary).toMatch(/^Attach /);
  });
});
