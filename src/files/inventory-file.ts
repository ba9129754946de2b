/** Reading a saved inventory: every way it can be wrong gets one sentence naming the file (exit 2). */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { COLLECTORS } from '../collect/collectors.js';
import { FAILURE_KINDS, unknownFact, type CollectionFailure } from '../model/failure.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../model/inventory.js';

/** Inventories larger than this are refused rather than exhausting memory. */
export const MAX_INVENTORY_BYTES = 512 * 1024 * 1024;

const failureSchema = z.object({
  api: z.string(),
  action: z.string(),
  code: z.string(),
  kind: z.enum(FAILURE_KINDS),
  message: z.string(),
  region: z.string().optional(),
  resourceArn: z.string().optional(),
  field: z.string().optional(),
});

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

export function parseInventory(text: string, source: string): Inventory {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`The inventory file ${source} is not valid JSON (${(error as Error).message}).`);
  }
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
  return upgradeLegacyFacts(checked.data as unknown as Inventory);
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

/**
 * A multi-account `collect` writes a JSON array of inventories (one per account, each a complete version-1
 * inventory); a single-account one writes the bare object, as always. This reads either.
 */
export function parseInventories(text: string, source: string): Inventory[] {
  if (!/^\s*\[/.test(text)) return [parseInventory(text, source)];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`The inventory file ${source} is not valid JSON (${(error as Error).message}).`);
  }
  const list = parsed as unknown[];
  if (list.length === 0) throw new InputFileError(`The inventory file ${source} is an empty list of inventories.`);
  return list.map((entry, index) => parseInventory(JSON.stringify(entry), `${source} (inventory ${index + 1})`));
}

export async function readInventoryFile(path: string): Promise<Inventory> {
  const [first, ...rest] = await readInventoryFiles(path);
  if (!first || rest.length > 0) throw new InputFileError(`The inventory file ${path} holds ${rest.length + 1} accounts' inventories; expected one.`);
  return first;
}

/** Reads an inventory file holding one inventory or an array of them (a multi-account collect). */
export async function readInventoryFiles(path: string): Promise<Inventory[]> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputFileError(`The inventory path ${path} is a directory, not a file.`);
    if (info.size > MAX_INVENTORY_BYTES) {
      throw new InputFileError(`The inventory file ${path} is ${info.size} bytes, over the ${MAX_INVENTORY_BYTES}-byte limit.`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : (error as Error).message;
    throw new InputFileError(`The inventory file ${path} ${why}.`);
  }
  return parseInventories(text, path);
}
