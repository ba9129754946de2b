import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/authorizing-access-dac-approval-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('authorizing-access-dac-approval-attestation', () => {
  it('is one manual item on the account, with the text to attest and the evidence to attach', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toEqual([
      expect.objectContaining({ checkId: 'authorizing-access-dac-approval-attestation', status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root', controlArea: 'authorizing-access' }),
    ]);
    expect(results[0]?.message).toMatch(/DAC-approved users list/);
    expect(check.remediation.summary).toMatch(/^Attach /);
  });
});
