/** Reading a saved inventory: every way it can be wrong gets one sentence naming the file (exit 2). */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { COLLECTORS } from '../collect/collectors.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../model/inventory.js';

/** Inventories larger than this are refused rather than exhausting memory. */
export const MAX_INVENTORY_BYTES = 512 * 1024 * 1024;

const failureSchema = z.object({
  api: z.string(),
  action: z.string(),
  code: z.string(),
  kind: z.enum(['access-denied', 'throttled', 'timeout', 'region-disabled', 'not-available', 'network', 'unknown']),
  message: z.string(),
  region: z.string().optional(),
  resourceArn: z.string().optional(),
  field: z.string().optional(),
});

const itemSchema = z.looseObject({ arn: z.string().min(1), region: z.string().optional() });

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
  return checked.data as unknown as Inventory;
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
