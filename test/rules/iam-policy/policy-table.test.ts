/** The policy table (policy-cases.ts): every case gets AWS's verdict from the engine. */
import { describe, expect, it } from 'vitest';
import { POLICY_CASES } from './policy-cases.js';
import { ask } from './questions.js';

describe('policy table', () => {
  it('holds at least 150 cases over all nine classes, with exposed and compliant twins in each', () => {
    expect(POLICY_CASES.length).toBeGreaterThanOrEqual(150);
    for (const issueClass of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const cases = POLICY_CASES.filter((entry) => entry.issueClass === issueClass);
      expect(cases.some((entry) => entry.expected === 'exposed'), `class ${issueClass} exposed`).toBe(true);
      expect(cases.some((entry) => entry.expected === 'safe'), `class ${issueClass} safe`).toBe(true);
    }
    expect(new Set(POLICY_CASES.map((entry) => entry.name)).size).toBe(POLICY_CASES.length);
  });

  it.each(POLICY_CASES.map((entry) => [`${entry.issueClass}. ${entry.name} (${entry.question})`, entry] as const))('%s', (_name, entry) => {
    expect(ask(entry.question, entry.policy), entry.reason).toBe(entry.expected);
  });
});
