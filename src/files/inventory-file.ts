/** Reading a saved inventory: every way it can be wrong gets one sentence naming the file (exit 2). */
import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { COLLECTORS } from '../collect/collectors.js';
import { unknownFact, type CollectionFailure } from '../model/failure.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory, type InventoryKey } from '../model/inventory.js';
import { ITEM_SCHEMAS } from './item-schemas/index.js';
import { failureSchema } from './item-schemas/common.js';
import { parseJsonInput, readInputFile } from './read-input-file.js';

/** A fact that could not be collected: `{ "unknown": <the failure, naming the field> }` in place of its value. */
const unknownFactSchema = z.strictObject({ unknown: failureSchema.extend({ field: z.string().min(1) }) });

const itemSchema = z.looseObject({ arn: z.string().min(1), region: z.string().optional() }).superRefine((item, context) => {
  for (const [name, value] of Object.entries(item)) {
    const candidate = value as { unknown?: unknown } | null;
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate) || typeof candidate.unknown !== 'object') continue;
    const checked = unknownFactSchema.safeParse(candidate);
    if (!checked.success) {
      context.addIssue({ code: 'custom', path: [name], message: 'an unknown fact must be { "unknown": <collection failure with api, action, code, kind, message and field> }' });
    }
  }
});

const keyDataSchema = z.object({
  items: z.array(itemSchema),
  failures: z.array(failureSchema),
  regions: z.array(z.string()),
});

const knownKeys = Object.keys(COLLECTORS);

const inventorySchema = z.object({
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }),
  collectedAt: z.iso.datetime(),
  account: z.object({
    id: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'),
    partition: z.string().min(1),
    callerArn: z.string().optional(),
    alias: z.string().optional(),
  }),
  regions: z.array(z.string()),
  skippedRegions: z.array(z.string()).optional(),
  scopeFailures: z.array(failureSchema),
  notOwned: z.array(z.object({ api: z.string(), region: z.string(), count: z.number().int().nonnegative() })).optional(),
  keys: z.record(z.string(), keyDataSchema).superRefine((keys, context) => {
    for (const key of Object.keys(keys)) {
      if (!knownKeys.includes(key)) context.addIssue({ code: 'custom', message: `unknown inventory key '${key}'`, path: [key] });
    }
  }),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return `${path ? `field ${path}: ` : ''}${issue.message}`;
}

/**
 * Every item checked against its key's schema (src/files/item-schemas): a wrong type names the file, the key, the
 * item's index and the field, so "Bucket 12345" never reaches a check.
 */
function checkItems(inventory: Inventory, source: string): void {
  for (const [key, data] of Object.entries(inventory.keys) as [InventoryKey, { items: unknown[] }][]) {
    const schema = ITEM_SCHEMAS[key];
    data.items.forEach((item, index) => {
      const checked = schema.safeParse(item);
      if (checked.success) return;
      const first = checked.error.issues[0];
      const arn = (item as { arn?: unknown }).arn;
      const which = `keys.${key}.items[${index}]${typeof arn === 'string' ? ` (${arn})` : ''}`;
      throw new InputFileError(`The inventory file ${source} is not a dbgap-audit inventory: ${which}: ${first ? describeIssue(first) : 'invalid'}.`);
    });
  }
}

function validateInventory(parsed: unknown, source: string): Inventory {
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof parsed === 'object' && parsed !== null && version !== undefined && version !== INVENTORY_SCHEMA_VERSION) {
    throw new InputFileError(
      `The inventory file ${source} has schemaVersion ${JSON.stringify(version)}; this dbgap-audit reads version ${INVENTORY_SCHEMA_VERSION}.`,
    );
  }
  const checked = inventorySchema.safeParse(parsed);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new InputFileError(`The inventory file ${source} is not a dbgap-audit inventory: ${first ? describeIssue(first) : 'invalid'}.`);
  }
  const inventory = upgradeLegacyFacts(checked.data as unknown as Inventory);
  checkItems(inventory, source);
  return inventory;
}

/**
 * Facts that inventories written before unknown facts held as `null` beside a failure for the resource. Read as
 * unknown facts, so that an old file never turns "could not be read" into "off".
 */
const LEGACY_NULL_FACTS: Partial<Record<keyof Inventory['keys'], Record<string, { api: string; action: string }>>> = {
  cloudtrailTrails: {
    status: { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus' },
    selectors: { api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors' },
  },
};

function upgradeLegacyFacts(inventory: Inventory): Inventory {
  for (const [key, fields] of Object.entries(LEGACY_NULL_FACTS) as Array<[keyof Inventory['keys'], Record<string, { api: string; action: string }>]>) {
    const data = inventory.keys[key] as { items: Array<Record<string, unknown>>; failures: CollectionFailure[] } | undefined;
    if (!data) continue;
    for (const item of data.items) {
      for (const [field, { api, action }] of Object.entries(fields)) {
        if (item[field] !== null) continue;
        const index = data.failures.findIndex((failure) => failure.api === api && failure.resourceArn === item.arn && !failure.field);
        const failure: CollectionFailure =
          index >= 0
            ? (data.failures[index] as CollectionFailure)
            : { api, action, code: 'Unknown', kind: 'unknown', message: 'recorded as unknown by an older dbgap-audit', resourceArn: item.arn as string };
        const fact = unknownFact(failure, field);
        item[field] = fact;
        if (index >= 0) data.failures[index] = fact.unknown;
        else data.failures.push(fact.unknown);
      }
    }
  }
  return inventory;
}

export function parseInventory(text: string, source: string): Inventory {
  return validateInventory(parseJsonInput(text, `The inventory file ${source}`), source);
}

/**
 * A multi-account `collect` writes a JSON array of inventories (one per account, each a complete version-1
 * inventory); a single-account one writes the bare object, as always. This reads either.
 */
export function parseInventories(text: string, source: string): Inventory[] {
  const parsed = parseJsonInput(text, `The inventory file ${source}`);
  if (!Array.isArray(parsed)) return [validateInventory(parsed, source)];
  if (parsed.length === 0) throw new InputFileError(`The inventory file ${source} is an empty list of inventories.`);
  return parsed.map((entry, index) => validateInventory(entry, `${source} (inventory ${index + 1})`));
}

export async function readInventoryFile(path: string): Promise<Inventory> {
  const [first, ...rest] = await readInventoryFiles(path);
  if (!first || rest.length > 0) throw new InputFileError(`The inventory file ${path} holds ${rest.length + 1} accounts' inventories; expected one.`);
  return first;
}

/** Reads an inventory file holding one inventory or an array of them (a multi-account collect). */
export async function readInventoryFiles(path: string): Promise<Inventory[]> {
  return parseInventories(await readInputFile(path, { what: 'inventory file' }), path);
}
