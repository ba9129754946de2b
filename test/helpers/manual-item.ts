/** Shared assertions for manual attestation items: always one `manual` result on the account, whatever the inventory. */
import { expect } from 'vitest';
import type { Check } from '../../src/model/check.js';
import { run } from './inventory.js';

export function expectManualItem(check: Check, text: RegExp): void {
  expect(check.kind).toBe('manual');
  expect(check.needs).toEqual([]);
  const results = run(check, {});
  expect(results.map((result) => [result.status, result.resourceArn])).toEqual([['manual', 'arn:aws:iam::123456789012:root']]);
  expect(results[0]?.message).toMatch(text);
  expect(check.remediation.summary).toMatch(/Attach/);
}
