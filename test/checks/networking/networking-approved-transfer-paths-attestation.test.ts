import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/networking-approved-transfer-paths-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('networking-approved-transfer-paths-attestation', () => {
  it('is a manual attestation item for the account, whatever the inventory holds', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root' });
    expect(results[0]?.message).toMatch(/transfer/i);
  });
});
