/**
 * Requirement-level verdicts: how the results of the checks and manual items mapped to one requirement (a NIST SP
 * 800-171 requirement, an 800-53 control, a dbGaP control area) combine into one answer a signing official can act
 * on. Pure. The rule, in order (README "Requirement verdicts"):
 *
 * 1. a resource fails one of its automated checks without a valid waiver → `not_met`;
 * 2. else a resource could not be evaluated (`error`) → `not_assessed`: what was not seen may fail, so nothing better
 *    can be claimed (a waived failure does not decide either: the unseen part may hold an unwaived one);
 * 3. else some resources fail, every one under a valid waiver → `partly_met`: an accepted gap, whose waivers are the
 *    plan of action (`dbgap-audit poam`);
 * 4. else manual items are mapped to it → `attested`: what automation can see passes (or there is nothing for it to
 *    see) and the rest rests on the institution's signed attestation, which no API can show;
 * 5. else some resource passes → `met`;
 * 6. else (no check or manual item covers it, or its checks found nothing in scope) → `not_assessed`.
 *
 * A resource (account + ARN) is counted once per requirement, under the worst of its results there: an unwaived
 * failure, an error, a waived failure, a pass.
 */
import { REQUIREMENT_VERDICT_VALUES } from '../src/model/report-schema.js';
import type { CheckResult, CheckSummary } from '../src/model/scan-result.js';

/** Worst first: the order in which summaries and tables list them (the report schema's enum). */
export const REQUIREMENT_VERDICTS = REQUIREMENT_VERDICT_VALUES;
export type RequirementVerdict = (typeof REQUIREMENT_VERDICTS)[number];

export const VERDICT_LABELS: Record<RequirementVerdict, string> = {
  not_met: 'Not met',
  not_assessed: 'Not assessed by automation',
  partly_met: 'Partly met (POA&M)',
  attested: 'Attested (manual)',
  met: 'Met',
};

export interface RequirementAssessment {
  verdict: RequirementVerdict;
  /** One sentence: why this verdict, naming the checks that decided it. */
  reason: string;
  /** Distinct resources with an unwaived failure. */
  failingResources: number;
  /** Distinct resources whose only failures are waived (and no error). */
  waivedResources: number;
  /** Distinct resources that could not be evaluated (and have no unwaived failure). */
  errorResources: number;
  /** Distinct resources that only pass. */
  passingResources: number;
  /** Ids of the manual attestation items mapped to the requirement. */
  manualItems: string[];
}

type ResourceState = 'fail' | 'error' | 'waived' | 'pass';
const STATE_RANK: Record<ResourceState, number> = { fail: 3, error: 2, waived: 1, pass: 0 };

function stateOf(result: CheckResult): ResourceState | undefined {
  switch (result.status) {
    case 'fail':
      return result.waiver ? 'waived' : 'fail';
    case 'error':
      return 'error';
    case 'pass':
      return 'pass';
    default:
      return undefined;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "1 resource fails", "2 resources fail". */
function resourcesThat(count: number, singular: string, pluralVerb: string): string {
  return count === 1 ? `1 resource ${singular}` : `${count} resources ${pluralVerb}`;
}

function listChecks(ids: Iterable<string>): string {
  return [...new Set(ids)].sort().join(', ');
}

/**
 * The verdict of one requirement from the checks mapped to it that ran (automated and manual) and their results.
 * Results of other checks are ignored.
 */
export function assessRequirement(checks: readonly CheckSummary[], results: readonly CheckResult[]): RequirementAssessment {
  const mapped = new Set(checks.map((check) => check.id));
  const manualItems = checks.filter((check) => check.kind === 'manual').map((check) => check.id);
  const resources = new Map<string, ResourceState>();
  const decidingChecks: Record<ResourceState, string[]> = { fail: [], error: [], waived: [], pass: [] };
  let notApplicable = 0;
  for (const result of results) {
    if (!mapped.has(result.checkId)) continue;
    const state = stateOf(result);
    if (result.status === 'not_applicable') notApplicable += 1;
    if (!state) continue;
    decidingChecks[state].push(result.checkId);
    const key = `${result.accountId}\u0000${result.resourceArn}`;
    const previous = resources.get(key);
    if (!previous || STATE_RANK[state] > STATE_RANK[previous]) resources.set(key, state);
  }
  const count = (state: ResourceState) => [...resources.values()].filter((value) => value === state).length;
  const tally = {
    failingResources: count('fail'),
    waivedResources: count('waived'),
    errorResources: count('error'),
    passingResources: count('pass'),
    manualItems,
  };
  const attest = manualItems.length ? `; ${plural(manualItems.length, 'manual item')} (${listChecks(manualItems)}) to attest` : '';
  const waivedToo = tally.waivedResources ? `; ${tally.waivedResources} more waived` : '';
  if (tally.failingResources > 0) {
    return { verdict: 'not_met', reason: `${resourcesThat(tally.failingResources, 'fails', 'fail')} ${listChecks(decidingChecks.fail)} without a valid waiver${waivedToo}.`, ...tally };
  }
  if (tally.errorResources > 0) {
    return {
      verdict: 'not_assessed',
      reason: `${plural(tally.errorResources, 'resource')} could not be evaluated by ${listChecks(decidingChecks.error)} (see the collection errors)${waivedToo}.`,
      ...tally,
    };
  }
  if (tally.waivedResources > 0) {
    return {
      verdict: 'partly_met',
      reason: `${resourcesThat(tally.waivedResources, 'fails', 'fail')} ${listChecks(decidingChecks.waived)}, ${tally.waivedResources === 1 ? '' : 'all '}under a valid waiver (the plan of action)${attest}.`,
      ...tally,
    };
  }
  if (manualItems.length > 0) {
    const seen = tally.passingResources ? `${resourcesThat(tally.passingResources, 'passes', 'pass')} the automated checks; ` : 'No automated evidence; ';
    return { verdict: 'attested', reason: `${seen}rests on the institution's attestation of ${listChecks(manualItems)}.`, ...tally };
  }
  if (tally.passingResources > 0) {
    return { verdict: 'met', reason: `${resourcesThat(tally.passingResources, 'passes', 'pass')} ${listChecks(decidingChecks.pass)}.`, ...tally };
  }
  const reason =
    mapped.size === 0
      ? 'No check or manual item of this scan covers it: assess it by other means.'
      : notApplicable > 0
        ? `Its checks (${listChecks(mapped)}) found nothing in scope.`
        : `Its checks (${listChecks(mapped)}) returned no result.`;
  return { verdict: 'not_assessed', reason, ...tally };
}

export function countVerdicts(verdicts: Iterable<RequirementVerdict>): Record<RequirementVerdict, number> {
  const counts = Object.fromEntries(REQUIREMENT_VERDICTS.map((verdict) => [verdict, 0])) as Record<RequirementVerdict, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
