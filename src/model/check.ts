import type { ControlAreaId } from './control-areas.js';
import type { AccountScope, InventoryItems, InventoryKey, ResourceRef } from './inventory.js';
import { describeFailure, type CollectionFailure } from './failure.js';
import type { Settings } from './settings.js';
import type { Severity } from './severity.js';

export type ResultStatus = 'pass' | 'fail' | 'error' | 'not_applicable' | 'manual';
export const RESULT_STATUSES: readonly ResultStatus[] = ['pass', 'fail', 'error', 'not_applicable', 'manual'];

export interface NistMapping {
  /** NIST SP 800-53 rev 5 controls, e.g. `SC-8`, `SC-8(1)`. */
  sp800_53r5: string[];
  /** NIST SP 800-171 rev 2 requirements, e.g. `3.13.8`. */
  sp800_171r2: string[];
  /** NIST SP 800-171 rev 3 requirements, e.g. `03.13.08`. */
  sp800_171r3: string[];
}

/** How to fix a failure. Shown in the table (first sentence and link), CSV, JSON, SARIF, HTML and the README. */
export interface Remediation {
  /** What to do, in a few sentences. The first sentence is the one-line fix the terminal table shows. */
  summary: string;
  /**
   * An AWS CLI example. It never destroys or replaces something as written: it merges into an existing policy or
   * configuration instead of overwriting it, snapshots before it deletes, and says so where it must change something.
   */
  cli?: string;
  /** The AWS documentation page for the fix (every automated check has one). */
  docUrl?: string;
}

/** What a check's evaluate() returns for one resource. The runner adds the check's metadata. */
export interface Finding {
  status: ResultStatus;
  resourceArn: string;
  region?: string;
  message: string;
  /** Overrides the check's severity for this finding (e.g. a lesser "warning" case). */
  severity?: Severity;
}

/** What every evaluate() receives besides its inventory slice. Pure data: no clock, no environment. */
export interface EvaluationContext {
  account: AccountScope;
  regions: string[];
  settings: Settings;
  /** The evaluation time, fixed once per scan so that evaluation is reproducible. */
  now: Date;
  /**
   * Collection failures of the keys a check judges itself (`judgesFailuresOf`): facts that could not be read. The
   * check decides whether its verdict depends on them (then `error`, naming the IAM action) or holds whatever
   * their value (then pass/fail, saying what could not be read). Empty for every other key.
   */
  failures: Partial<Record<InventoryKey, readonly CollectionFailure[]>>;
}

export type NeededItems<N extends readonly InventoryKey[]> = { [K in N[number]]: InventoryItems[K][] };

export interface CheckDefinition<N extends readonly InventoryKey[] = readonly InventoryKey[]> {
  id: string;
  title: string;
  controlArea: ControlAreaId;
  severity: Severity;
  nist: NistMapping;
  /** Inventory keys this check reads. Empty for manual attestation items. */
  needs: N;
  rationale: string;
  remediation: Remediation;
  /** `automated` checks read the inventory; `manual` items are attestations no API can show. */
  kind?: 'automated' | 'manual';
  /**
   * Keys whose collection failures this check weighs itself (they arrive in `context.failures`). For every other
   * key the runner turns a failure into `error` for the resources or regions it touches, whatever the check said.
   */
  judgesFailuresOf?: readonly InventoryKey[];
  evaluate(items: NeededItems<N>, context: EvaluationContext): Finding[];
}

/** A check with its type parameter erased, as held by the registry. */
export interface Check {
  id: string;
  title: string;
  controlArea: ControlAreaId;
  severity: Severity;
  nist: NistMapping;
  needs: readonly InventoryKey[];
  rationale: string;
  remediation: Remediation;
  kind: 'automated' | 'manual';
  judgesFailuresOf?: readonly InventoryKey[];
  evaluate(items: Partial<{ [K in InventoryKey]: InventoryItems[K][] }>, context: EvaluationContext): Finding[];
}

export function defineCheck<const N extends readonly InventoryKey[]>(definition: CheckDefinition<N>): Check {
  return {
    ...definition,
    kind: definition.kind ?? (definition.needs.length === 0 ? 'manual' : 'automated'),
    // The runner only ever passes the keys listed in `needs`, so the narrowing below is sound.
    evaluate: definition.evaluate as Check['evaluate'],
  };
}

type Target = ResourceRef | string;

function toFinding(status: ResultStatus, target: Target, message: string, severity?: Severity): Finding {
  const ref = typeof target === 'string' ? { arn: target } : target;
  const finding: Finding = { status, resourceArn: ref.arn, message };
  if (ref.region) finding.region = ref.region;
  if (severity) finding.severity = severity;
  return finding;
}

export const pass = (target: Target, message: string): Finding => toFinding('pass', target, message);
export const fail = (target: Target, message: string, severity?: Severity): Finding =>
  toFinding('fail', target, message, severity);
export const notApplicable = (target: Target, message: string): Finding =>
  toFinding('not_applicable', target, message);
/** For a check that can see its data is incomplete (e.g. a trail whose status could not be read). */
export const error = (target: Target, message: string): Finding => toFinding('error', target, message);
export const manual = (target: Target, message: string): Finding => toFinding('manual', target, message);

/** An `error` for a verdict that depends on facts that could not be read; names each failure's API and IAM action. */
export function unknownError(target: Target, what: string, failures: readonly CollectionFailure[]): Finding {
  return toFinding('error', target, `Not evaluated: ${what} depends on facts that could not be read (${failures.map(describeFailure).join('; ')}).`);
}

/** The account as a resource: `arn:<partition>:iam::<account>:root`. */
export function accountArn(account: AccountScope): string {
  return `arn:${account.partition}:iam::${account.id}:root`;
}

/** A per-region account setting of a service, e.g. EBS default encryption in eu-west-1. */
export function regionalAccountRef(account: AccountScope, service: string, region: string): ResourceRef {
  return { arn: `arn:${account.partition}:${service}:${region}:${account.id}:account`, region };
}
