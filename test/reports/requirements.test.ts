import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { renderRequirementsCsv } from '../../reports/csv.js';
import { buildFrameworkView } from '../../reports/framework.js';
import { assessRequirement, type RequirementVerdict } from '../../reports/requirements.js';
import { SP800_171R2_REQUIREMENTS, SP800_171R3_REQUIREMENTS } from '../../src/model/nist-800-171.js';
import type { CheckResult, CheckSummary, Waiver } from '../../src/model/scan-result.js';
import { FIXTURE_CHECKS, fixtureScanResult } from './fixture.js';

const ACCOUNT = '123456789012';
const OTHER_ACCOUNT = '210987654321';

function check(id: string, kind: CheckSummary['kind'] = 'automated'): CheckSummary {
  return { ...FIXTURE_CHECKS[0]!, id, kind };
}

const WAIVER: Waiver = { checkId: 'a', resources: ['*'], reason: 'accepted', approvedBy: 'ISSO', expires: '2030-01-01' };

function result(checkId: string, status: CheckResult['status'], resource: string, extra: Partial<CheckResult> = {}): CheckResult {
  return { checkId, status, severity: 'high', controlArea: 'user-accounts', accountId: ACCOUNT, resourceArn: `arn:aws:s3:::${resource}`, message: `${resource} ${status}`, ...extra };
}

const A = check('a');
const B = check('b');
const M = check('m', 'manual');
const manualResult = result('m', 'manual', 'account');

describe('assessRequirement: how results combine into a verdict', () => {
  it.each<[string, CheckSummary[], CheckResult[], RequirementVerdict, Partial<Record<'failingResources' | 'waivedResources' | 'errorResources' | 'passingResources', number>>]>([
    ['an unwaived failure', [A], [result('a', 'fail', 'x'), result('a', 'pass', 'y')], 'not_met', { failingResources: 1, passingResources: 1 }],
    ['an unwaived failure decides even next to an error', [A, B], [result('a', 'fail', 'x'), result('b', 'error', 'y')], 'not_met', { failingResources: 1, errorResources: 1 }],
    ['an unwaived failure next to waived ones and a manual item', [A, M], [result('a', 'fail', 'x'), result('a', 'fail', 'y', { waiver: WAIVER }), manualResult], 'not_met', { failingResources: 1, waivedResources: 1 }],
    ['an error with passes: what was not seen may fail', [A], [result('a', 'error', 'x'), result('a', 'pass', 'y')], 'not_assessed', { errorResources: 1, passingResources: 1 }],
    ['an error next to waived failures (a waiver does not decide)', [A, B], [result('a', 'fail', 'x', { waiver: WAIVER }), result('b', 'error', 'y')], 'not_assessed', { waivedResources: 1, errorResources: 1 }],
    ['failures all waived', [A], [result('a', 'fail', 'x', { waiver: WAIVER }), result('a', 'pass', 'y')], 'partly_met', { waivedResources: 1, passingResources: 1 }],
    ['failures all waived, with a manual item', [A, M], [result('a', 'fail', 'x', { waiver: WAIVER }), manualResult], 'partly_met', { waivedResources: 1 }],
    ['passes and a manual item', [A, M], [result('a', 'pass', 'x'), manualResult], 'attested', { passingResources: 1 }],
    ['only a manual item', [M], [manualResult], 'attested', {}],
    ['a manual item and checks that found nothing in scope', [A, M], [result('a', 'not_applicable', 'account'), manualResult], 'attested', {}],
    ['only passes', [A, B], [result('a', 'pass', 'x'), result('b', 'pass', 'x')], 'met', { passingResources: 1 }],
    ['only not applicable', [A], [result('a', 'not_applicable', 'account')], 'not_assessed', {}],
    ['no check at all', [], [], 'not_assessed', {}],
  ])('%s', (_name, checks, results, verdict, tally) => {
    const assessment = assessRequirement(checks, results);
    expect(assessment.verdict).toBe(verdict);
    expect(assessment).toMatchObject({ failingResources: 0, waivedResources: 0, errorResources: 0, passingResources: 0, ...tally });
    expect(assessment.reason).toMatch(/^[A-Z0-9].*\.$/);
  });

  it('counts a resource once, under its worst result, per account', () => {
    const assessment = assessRequirement(
      [A, B],
      [
        result('a', 'fail', 'x'),
        result('b', 'fail', 'x'), // same resource, second check: still one resource
        result('a', 'fail', 'y', { waiver: WAIVER }),
        result('b', 'fail', 'y'), // waived in one check, unwaived in another: failing
        result('a', 'fail', 'x', { accountId: OTHER_ACCOUNT }), // the same ARN in another account is another resource
        result('a', 'pass', 'z'),
        result('b', 'fail', 'z', { waiver: WAIVER }), // passes one check, waived in the other: waived
      ],
    );
    expect(assessment).toMatchObject({ verdict: 'not_met', failingResources: 3, waivedResources: 1, passingResources: 0 });
    expect(assessment.reason).toBe('3 resources fail a, b without a valid waiver; 1 more waived.');
  });

  it('ignores results of checks not mapped to the requirement', () => {
    expect(assessRequirement([A], [result('a', 'pass', 'x'), result('other', 'fail', 'x')]).verdict).toBe('met');
  });

  it('names the manual items and the deciding checks in its reason', () => {
    expect(assessRequirement([A, M], [result('a', 'pass', 'x'), manualResult]).reason).toBe("1 resource passes the automated checks; rests on the institution's attestation of m.");
    expect(assessRequirement([A], [result('a', 'error', 'x')]).reason).toContain('could not be evaluated by a');
    expect(assessRequirement([], []).reason).toContain('No check or manual item');
  });
});

describe('the SP 800-171 catalogs', () => {
  it('hold 110 rev 2 and 97 rev 3 requirements, unique, each with a family (rev 3 with its title)', () => {
    expect(SP800_171R2_REQUIREMENTS).toHaveLength(110);
    expect(SP800_171R3_REQUIREMENTS).toHaveLength(97);
    for (const catalog of [SP800_171R2_REQUIREMENTS, SP800_171R3_REQUIREMENTS]) {
      expect(new Set(catalog.map((requirement) => requirement.id)).size).toBe(catalog.length);
      for (const requirement of catalog) expect(requirement.family).not.toBe('Unknown family');
    }
    expect(SP800_171R3_REQUIREMENTS.find((requirement) => requirement.id === '03.13.08')?.title).toBe('Transmission and Storage Confidentiality');
    // Withdrawn in rev 3 (incorporated into other requirements): not listed.
    expect(SP800_171R3_REQUIREMENTS.map((requirement) => requirement.id)).not.toContain('03.13.02');
    expect(SP800_171R2_REQUIREMENTS.at(-1)?.id).toBe('3.14.7');
  });

  it('contain every SP 800-171 id a registered check maps to (no typo, no withdrawn rev 3 id)', () => {
    const r2 = new Set(SP800_171R2_REQUIREMENTS.map((requirement) => requirement.id));
    const r3 = new Set(SP800_171R3_REQUIREMENTS.map((requirement) => requirement.id));
    const unknown = CHECKS.flatMap((registered) => [
      ...registered.nist.sp800_171r2.filter((id) => !r2.has(id)).map((id) => `${registered.id}: r2 ${id}`),
      ...registered.nist.sp800_171r3.filter((id) => !r3.has(id)).map((id) => `${registered.id}: r3 ${id}`),
    ]);
    expect(unknown).toEqual([]);
  });
});

describe('requirement verdicts in the framework view and CSV', () => {
  it('lists every requirement of the revision, covered or not, with verdict counts that add up', () => {
    const view = buildFrameworkView(fixtureScanResult(), 'nist-800-171-r3');
    expect(view.requirements).toHaveLength(97);
    expect(Object.values(view.verdicts).reduce((sum, count) => sum + count, 0)).toBe(97);
    const byId = new Map(view.requirements.map((requirement) => [requirement.id, requirement]));
    expect(byId.get('03.13.08')).toMatchObject({ verdict: 'not_met', failingResources: 1, title: 'Transmission and Storage Confidentiality', family: 'System and Communications Protection' });
    // alice fails without a waiver; the break-glass user's failure is waived.
    expect(byId.get('03.05.03')).toMatchObject({ verdict: 'not_met', failingResources: 1, waivedResources: 1, passingResources: 1 });
    expect(byId.get('03.10.01')).toMatchObject({ verdict: 'attested', manualItems: ['physical-datacenter-attestation'] });
    expect(byId.get('03.01.01')).toMatchObject({ verdict: 'not_assessed', checks: [], manualItems: [] });
  });

  it('makes 03.05.03 partly met once its last unwaived failure is waived', () => {
    const base = fixtureScanResult();
    const results = base.results.map((entry) =>
      entry.checkId === 'iam-user-console-mfa' && entry.status === 'fail' && !entry.waiver ? { ...entry, waiver: base.results[4]!.waiver! } : entry,
    );
    const requirement = buildFrameworkView({ ...base, results }, 'nist-800-171-r3').requirements.find((entry) => entry.id === '03.05.03')!;
    expect(requirement).toMatchObject({ verdict: 'partly_met', failingResources: 0, waivedResources: 2 });
  });

  it('writes one CSV row per requirement of each revision, neutralizing formula-like text', () => {
    const csv = renderRequirementsCsv(fixtureScanResult(), ['nist-800-171-r2', 'nist-800-171-r3']);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 110 + 97);
    expect(lines).toContain("nist-800-171-r2,3.10.1,Physical Protection,,attested,No automated evidence; rests on the institution's attestation of physical-datacenter-attestation.,0,0,0,0,,physical-datacenter-attestation");
    const r3 = lines.find((line) => line.startsWith('nist-800-171-r3,03.01.12,'))!;
    expect(r3).toBe('nist-800-171-r3,03.01.12,Access Control,Remote Access,not_met,1 resource fails ec2-sg-no-public-admin-ports without a valid waiver.,1,0,1,1,ec2-sg-no-public-admin-ports,');
  });
});
