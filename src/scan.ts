/** Orchestration: select checks → collect (or load) → evaluate → waivers/baseline → ScanResult. */
import { CHECKS } from '../checks/index.js';
import { collectInventory } from './collect/collect-inventory.js';
import { DEFAULT_CONCURRENCY } from './collect/request-pool.js';
import { collectOrganization, type OrganizationScanOptions } from './collect/organization-accounts.js';
import { resolveScope, type ScopeOptions } from './collect/scope.js';
import { UsageError } from './errors.js';
import { collectionErrors, evaluateChecks } from './evaluate.js';
import type { Check } from './model/check.js';
import { dataInventory } from './rules/data-stores/index.js';
import { isControlAreaId, type ControlAreaId } from './model/control-areas.js';
import type { Inventory, InventoryKey } from './model/inventory.js';
import { countStatuses, REPORT_SCHEMA_VERSION, summarizeCheck, type DataStoreEntry, type ScanResult } from './model/scan-result.js';
import { DEFAULT_SETTINGS, type Settings } from './model/settings.js';
import { isSeverity, type Severity } from './model/severity.js';
import { TOOL } from './version.js';

export interface CheckSelection {
  checks?: string[];
  skipChecks?: string[];
  controlAreas?: string[];
  severities?: string[];
}

/** Applies --check, --skip-check, --control-area and --severity. Unknown ids or values are usage errors. */
export function selectChecks(selection: CheckSelection, registry: readonly Check[] = CHECKS): Check[] {
  const known = new Set(registry.map((check) => check.id));
  for (const [flag, ids] of [['--check', selection.checks], ['--skip-check', selection.skipChecks]] as const) {
    for (const id of ids ?? []) {
      if (!known.has(id)) throw new UsageError(`Unknown check id '${id}' given to ${flag} (see dbgap-audit list-checks).`);
    }
  }
  for (const area of selection.controlAreas ?? []) {
    if (!isControlAreaId(area)) throw new UsageError(`Unknown control area '${area}' given to --control-area (see dbgap-audit list-checks).`);
  }
  for (const severity of selection.severities ?? []) {
    if (!isSeverity(severity)) throw new UsageError(`Unknown severity '${severity}' given to --severity (use critical, high, medium, low or informational).`);
  }
  const selected = registry.filter(
    (check) =>
      (!selection.checks?.length || selection.checks.includes(check.id)) &&
      !(selection.skipChecks ?? []).includes(check.id) &&
      (!selection.controlAreas?.length || (selection.controlAreas as ControlAreaId[]).includes(check.controlArea)) &&
      (!selection.severities?.length || (selection.severities as Severity[]).includes(check.severity)),
  );
  if (selected.length === 0) throw new UsageError('The check selection flags leave no check to run.');
  return selected;
}

export function neededKeys(checks: readonly Check[]): InventoryKey[] {
  return [...new Set(checks.flatMap((check) => check.needs))].sort();
}

export interface LiveCollection extends ScopeOptions {
  concurrency?: number;
  onProgress?: Parameters<typeof collectInventory>[0]['onProgress'];
}

/** Collects a fresh inventory for the given checks from AWS. */
export async function collectLive(checks: readonly Check[], options: LiveCollection, settings: Settings = DEFAULT_SETTINGS): Promise<Inventory> {
  const scope = await resolveScope(options);
  try {
    return await collectInventory({
      keys: neededKeys(checks),
      scope,
      clients: scope.clients,
      settings,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    scope.clients.destroy();
  }
}

/** `--org` (one inventory per account, sorted by id) or the single account of the credentials (one inventory). */
export async function collectLiveAccounts(
  checks: readonly Check[],
  options: LiveCollection & Partial<OrganizationScanOptions> & { org?: boolean },
  settings: Settings = DEFAULT_SETTINGS,
): Promise<Inventory[]> {
  if (!options.org) return [await collectLive(checks, options, settings)];
  return collectOrganization(neededKeys(checks), { ...options, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY }, settings);
}

export interface EvaluateOptions {
  checks: readonly Check[];
  settings?: Settings;
  source: 'live' | 'inventory';
  startedAt: Date;
  /** When the scan finished; defaults to startedAt. (Checks evaluate as of the inventory's collectedAt.) */
  now?: Date;
}

/**
 * The data inventory of one account's inventory, as the report lists it. From the whole inventory (not only the
 * keys the selected checks need), and as of when it was collected, so `scan --inventory` reproduces it.
 */
export function dataInventoryOf(inventory: Inventory, settings: Settings = DEFAULT_SETTINGS): DataStoreEntry[] {
  const stores = dataInventory(inventory.keys, settings, { account: inventory.account, now: new Date(inventory.collectedAt) });
  return stores.flatMap((store) =>
    store.controlledData === false
      ? []
      : [
          {
            accountId: inventory.account.id,
            arn: store.arn,
            kind: store.kind,
            service: store.service,
            ...(store.region ? { region: store.region } : {}),
            name: store.name,
            controlledData: store.controlledData,
            reason: store.reason ?? (store.controlledData === 'unknown' ? 'tags could not be read' : 'classified as dbGaP data'),
            encryption: store.encryption,
            exposure: store.exposure,
            retention: store.retention,
          },
        ],
  );
}

export function buildScanResult(inventory: Inventory, options: EvaluateOptions): ScanResult {
  const now = options.now ?? options.startedAt;
  // Checks judge ages and deadlines as of when the account was observed, so a saved inventory evaluates the same
  // way whenever it is scanned.
  const results = evaluateChecks(options.checks, inventory, {
    account: inventory.account,
    regions: inventory.regions,
    settings: options.settings ?? DEFAULT_SETTINGS,
    now: new Date(inventory.collectedAt),
  });
  const needed = new Set<string>(neededKeys(options.checks));
  const relevantInventory: Inventory = {
    ...inventory,
    keys: Object.fromEntries(Object.entries(inventory.keys).filter(([key]) => needed.has(key))),
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { ...TOOL },
    scan: {
      startedAt: options.startedAt.toISOString(),
      finishedAt: now.toISOString(),
      source: options.source,
      inventoryCollectedAt: inventory.collectedAt,
      account: inventory.account,
      accounts: [inventory.account],
      regions: inventory.regions,
      ...(inventory.skippedRegions?.length ? { skippedRegions: inventory.skippedRegions } : {}),
      ...(inventory.notOwned?.length ? { notOwned: inventory.notOwned } : {}),
    },
    summary: countStatuses(results),
    checks: options.checks.map(summarizeCheck),
    results,
    collectionErrors: collectionErrors(relevantInventory),
    dataInventory: dataInventoryOf(inventory, options.settings),
  };
}
