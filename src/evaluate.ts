/**
 * Runs checks over an inventory. Pure: the same inventory, settings and time give the same results.
 * The runner, not the checks, owns incompleteness: every collection failure of a needed key becomes `error`
 * results, and overrides whatever the check said about the resources (or regions) it touches. A check that
 * throws becomes one `error` result naming the check. Zero results becomes `not_applicable`, never a pass.
 */
import { accountArn, regionalAccountRef, type Check, type EvaluationContext, type Finding } from './model/check.js';
import { describeFailure, type CollectionFailure } from './model/failure.js';
import type { Inventory, InventoryItems, InventoryKey } from './model/inventory.js';
import type { CheckResult } from './model/scan-result.js';

function toResult(check: Check, finding: Finding, accountId: string): CheckResult {
  const result: CheckResult = {
    checkId: check.id,
    status: finding.status,
    severity: finding.severity ?? check.severity,
    controlArea: check.controlArea,
    accountId,
    resourceArn: finding.resourceArn,
    message: finding.message,
  };
  if (finding.region) result.region = finding.region;
  return result;
}

function failureFinding(failure: CollectionFailure, fallbackArn: string): Finding {
  const finding: Finding = {
    status: 'error',
    resourceArn: failure.resourceArn ?? fallbackArn,
    message: `Not evaluated: ${describeFailure(failure)}.`,
  };
  if (failure.region) finding.region = failure.region;
  return finding;
}

/** The scan-wide context; each check gets its own `failures`. */
export type ScanContext = Omit<EvaluationContext, 'failures'>;

export function evaluateCheck(check: Check, inventory: Inventory, context: ScanContext): CheckResult[] {
  const account = accountArn(inventory.account);
  const accountId = inventory.account.id;
  const failures: CollectionFailure[] = [];
  const items: Partial<{ [K in InventoryKey]: InventoryItems[K][] }> = {};
  const missingKeys: InventoryKey[] = [];
  const judged: EvaluationContext['failures'] = {};
  for (const key of check.needs) {
    const data = inventory.keys[key];
    if (!data) {
      missingKeys.push(key);
      continue;
    }
    // The check weighs these failures itself; the runner neither overrides its findings nor adds errors for them.
    if (check.judgesFailuresOf?.includes(key)) judged[key] = data.failures;
    // A failure attached to a field left an UnknownFact in the item: the check reading the field weighs it.
    else failures.push(...data.failures.filter((failure) => !failure.field));
    (items as Record<string, unknown[]>)[key] = data.items;
  }
  const checkContext: EvaluationContext = { ...context, failures: judged };
  if (missingKeys.length > 0) {
    return [
      toResult(
        check,
        {
          status: 'error',
          resourceArn: account,
          message: `Not evaluated: the inventory has no data for ${missingKeys.join(', ')} (it was collected for other checks).`,
        },
        accountId,
      ),
    ];
  }

  // A failure with neither region nor resource means the whole key is unknown: the check cannot say anything.
  const wholeKeyFailures = failures.filter((failure) => !failure.region && !failure.resourceArn);
  if (wholeKeyFailures.length > 0) {
    return dedupe(wholeKeyFailures).map((failure) => toResult(check, failureFinding(failure, account), accountId));
  }

  let findings: Finding[];
  try {
    findings = check.kind === 'manual' ? check.evaluate({}, checkContext) : check.evaluate(items, checkContext);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      toResult(
        check,
        { status: 'error', resourceArn: account, message: `The check ${check.id} crashed: ${reason}` },
        accountId,
      ),
    ];
  }

  const failedResources = new Map<string, CollectionFailure>();
  const failedRegions = new Map<string, CollectionFailure>();
  for (const failure of failures) {
    if (failure.resourceArn) failedResources.set(failure.resourceArn, failure);
    // A region-wide failure (no resource) taints everything the check says about that region.
    else if (failure.region) failedRegions.set(failure.region, failure);
  }
  // Keyed by content: two keys of one check can carry equal copies of the same failure (a shared listing call).
  const covered = new Set<string>();
  const results = findings.map((finding) => {
    const failure =
      failedResources.get(finding.resourceArn) ?? (finding.region ? failedRegions.get(finding.region) : undefined);
    if (!failure) return toResult(check, finding, accountId);
    covered.add(failureKey(failure));
    return toResult(check, { ...failureFinding(failure, finding.resourceArn), resourceArn: finding.resourceArn }, accountId);
  });
  // Failures no finding covered: one error per resource (or per region, for a regional listing that failed), naming
  // every failure behind it, so a region's two failed APIs are one result with its own identity.
  const uncovered = new Map<string, CollectionFailure[]>();
  for (const failure of dedupe(failures)) {
    if (covered.has(failureKey(failure))) continue;
    const target = failure.resourceArn ?? (failure.region ? regionalTarget(inventory, failure) : account);
    uncovered.set(target, [...(uncovered.get(target) ?? []), failure]);
  }
  for (const [target, group] of uncovered) {
    const finding: Finding = { status: 'error', resourceArn: target, message: `Not evaluated: ${group.map(describeFailure).join('; ')}.` };
    const region = group[0]?.region;
    if (region) finding.region = region;
    results.push(toResult(check, finding, accountId));
  }
  if (results.length === 0) {
    results.push(
      toResult(check, { status: 'not_applicable', resourceArn: account, message: 'No resources in scope for this check.' }, accountId),
    );
  }
  return dedupeResults(results);
}

/** A regional account-level identity (`arn:aws:ssm:us-east-1:123456789012:account`) for a region-wide failure. */
function regionalTarget(inventory: Inventory, failure: CollectionFailure): string {
  const service = failure.api.split('.')[0]?.toLowerCase() || 'account';
  return regionalAccountRef(inventory.account, service, failure.region ?? '').arn;
}

function failureKey(failure: CollectionFailure): string {
  return [failure.api, failure.region ?? '', failure.resourceArn ?? '', failure.code].join('|');
}

function dedupe(failures: readonly CollectionFailure[]): CollectionFailure[] {
  const seen = new Map<string, CollectionFailure>();
  for (const failure of failures) if (!seen.has(failureKey(failure))) seen.set(failureKey(failure), failure);
  return [...seen.values()];
}

/** Two failures (or a failure and a finding) on the same resource must not yield two identical error lines. */
function dedupeResults(results: CheckResult[]): CheckResult[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    const key = `${result.status}|${result.resourceArn}|${result.region ?? ''}|${result.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function evaluateChecks(checks: readonly Check[], inventory: Inventory, context: ScanContext): CheckResult[] {
  return checks.flatMap((check) => evaluateCheck(check, inventory, context));
}

/** Every failure in the inventory (scope and keys), each once. */
export function collectionErrors(inventory: Inventory): CollectionFailure[] {
  return dedupe([
    ...inventory.scopeFailures,
    ...Object.values(inventory.keys).flatMap((data) => data?.failures ?? []),
  ]);
}
