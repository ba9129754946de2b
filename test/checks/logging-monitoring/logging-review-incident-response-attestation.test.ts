import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/logging-review-incident-response-attestation.js';
import { run } from '../../helpers/inventory.js';

describe('logging-review-incident-response-attestation', () => {
  it('is a manual item on the account asking for log review and NIH incident reporting evidence', () => {
    expect(check.kind).toBe('manual');
    expect(check.needs).toEqual([]);
    const results = run(check, {});
    expect(results).toEqual([expect.objectContaining({ status: 'manual', resourceArn: 'arn:aws:iam::123456789012:root', severity: 'medium' })]);
    expect(results[0]?.message).toMatch(/NIH/);
    expect(results[0]?.message).toMatch(/schedule/);
  });
});
