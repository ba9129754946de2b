import { describe, expect, it } from 'vitest';
import check from '../../../checks/operating-systems/operating-systems-hardening-baseline-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('operating-systems-hardening-baseline-attestation', () => {
  it('is a manual attestation item for the account, whatever the inventory holds', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root' });
    expect(results[0]?.message).toMatch(/hardening baseline/i);
  });
});
