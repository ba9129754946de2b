import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-cleanup-retention/data-cleanup-closeout-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('data-cleanup-closeout-attestation', () => {
  it('is a manual item about the account, needing no inventory', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toEqual([expect.objectContaining({ status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root' })]);
    expect(results[0]?.message).toContain('SP 800-88');
  });
});
