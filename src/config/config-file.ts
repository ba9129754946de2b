/**
 * The config file (`dbgap-audit.config.yml` in the working directory, or `--config FILE`): the institution's
 * settings for the checks. Validated on load; a wrong field is one sentence naming the file and the field (exit 2).
 */
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { checkYamlDepth, readInputFile } from '../files/read-input-file.js';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings.js';
import { parseCidr } from '../rules/cidr-set.js';

export const DEFAULT_CONFIG_FILE = 'dbgap-audit.config.yml';

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'must be an AWS region name such as us-east-1');
const accountId = z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id');
const port = z.number().int().min(0).max(65535);
const days = z.number().int().min(1).max(36500);
const cidr = z
  .string()
  .regex(/^(\d{1,3}(\.\d{1,3}){3}\/\d{1,2}|[0-9a-fA-F:]+\/\d{1,3})$/, 'must be a CIDR block such as 10.0.0.0/8')
  // The shape alone lets 300.0.0.0/8 or 10.0.0.0/40 through; the checks read CIDRs with this same parser.
  .refine((text) => parseCidr(text) !== undefined, 'must be a CIDR block such as 10.0.0.0/8');

const configSchema = z.strictObject({
  allowedRegions: z.array(region).optional(),
  allowedAccounts: z.array(accountId).optional(),
  dbgapBuckets: z
    .strictObject({
      names: z.array(z.string().min(3)).optional(),
      tag: z.strictObject({ key: z.string().min(1), value: z.string().optional() }).optional(),
    })
    .optional(),
  approvedAdminCidrs: z.array(cidr).optional(),
  adminPorts: z.array(port).optional(),
  authorizedPublicPorts: z.array(port).optional(),
  breakGlassPrincipals: z.array(z.string().min(1)).optional(),
  dbgapTags: z
    .strictObject({ project: z.string().min(1).optional(), expiry: z.string().min(1).optional(), closeout: z.string().min(1).optional() })
    .optional(),
  publicExemptTag: z.string().min(1).optional(),
  requireDedicatedTenancy: z.boolean().optional(),
  flowLogTrafficType: z.enum(['ALL', 'REJECT']).optional(),
  passwordPolicy: z
    .strictObject({
      minimumLength: z.number().int().min(6).max(128).optional(),
      reusePrevention: z.number().int().min(0).max(24).optional(),
      maxAgeDays: days.nullable().optional(),
    })
    .optional(),
  thresholds: z
    .strictObject({
      unusedCredentialDays: days.optional(),
      accessKeyRotationDays: days.optional(),
      rootUseWindowDays: days.optional(),
      logRetentionDays: days.optional(),
      orphanedVolumeDays: days.optional(),
      maxSnapshotAgeDays: days.optional(),
      maxStoppedDays: days.optional(),
      patchScanMaxAgeDays: days.optional(),
      maxAmiAgeDays: days.optional(),
    })
    .optional(),
});

type ConfigFile = z.infer<typeof configSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    return `unknown field ${[path, keys[0]].filter(Boolean).join('.')}`;
  }
  return `field ${path || '(top level)'} ${issue.message}`;
}

function merge(config: ConfigFile): Settings {
  const defaults = DEFAULT_SETTINGS;
  return {
    ...defaults,
    ...Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined && typeof value !== 'object')),
    allowedRegions: config.allowedRegions ?? defaults.allowedRegions,
    allowedAccounts: config.allowedAccounts ?? defaults.allowedAccounts,
    approvedAdminCidrs: config.approvedAdminCidrs ?? defaults.approvedAdminCidrs,
    adminPorts: config.adminPorts ?? defaults.adminPorts,
    authorizedPublicPorts: config.authorizedPublicPorts ?? defaults.authorizedPublicPorts,
    breakGlassPrincipals: config.breakGlassPrincipals ?? defaults.breakGlassPrincipals,
    dbgapBuckets: {
      names: config.dbgapBuckets?.names ?? defaults.dbgapBuckets.names,
      tag: config.dbgapBuckets?.tag
        ? { key: config.dbgapBuckets.tag.key, ...(config.dbgapBuckets.tag.value !== undefined ? { value: config.dbgapBuckets.tag.value } : {}) }
        : defaults.dbgapBuckets.tag,
    },
    dbgapTags: { ...defaults.dbgapTags, ...stripUndefined(config.dbgapTags) },
    passwordPolicy: { ...defaults.passwordPolicy, ...stripUndefined(config.passwordPolicy) },
    thresholds: { ...defaults.thresholds, ...stripUndefined(config.thresholds) },
  } as Settings;
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export function parseConfig(text: string, source: string): Settings {
  // YAML aliases are refused outright: they serve no purpose here and enable "billion laughs" expansion.
  checkYamlDepth(text, `The config file ${source}`);
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    throw new InputFileError(`The config file ${source} is not valid YAML (${first?.message.split('\n')[0]}).`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (error) {
    throw new InputFileError(`The config file ${source} could not be read: ${(error as Error).message.split('\n')[0]}.`);
  }
  const checked = configSchema.safeParse(data);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new InputFileError(`The config file ${source}: ${first ? describeIssue(first) : 'is invalid'}.`);
  }
  return merge(checked.data);
}

/**
 * Loads `path` when given (it must exist), else `dbgap-audit.config.yml` in `cwd` when present, else the defaults.
 */
export async function loadSettings(path: string | undefined, cwd: string): Promise<{ settings: Settings; source?: string }> {
  const candidate = path ?? join(cwd, DEFAULT_CONFIG_FILE);
  const text = await readInputFile(candidate, { what: 'config file', optional: path === undefined });
  if (text === undefined) return { settings: DEFAULT_SETTINGS };
  return { settings: parseConfig(text, candidate), source: candidate };
}
