/**
 * Every command-line option, defined once (DESIGN.md §3), and attached to the commands that take it. A definition
 * says which commands take the option, in that command's words where the meaning shifts (`--check` chooses what
 * `scan` evaluates but what `policy` grants), its help group, how its value is parsed, and what shell completion
 * offers for it. Help, parsing and the completion scripts all come from this one table.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FRAMEWORK_IDS } from '../../reports/framework.js';
import { REPORT_FORMATS } from '../../reports/index.js';
import { DEFAULT_CLIENT_SETTINGS } from '../collect/aws-clients.js';
import { DEFAULT_CONCURRENCY } from '../collect/request-pool.js';
import { DEFAULT_ORG_ROLE_NAME, parseShard, type Shard } from '../collect/organization-accounts.js';
import { DEFAULT_CONFIG_FILE } from '../config/config-file.js';
import { DEFAULT_WAIVER_WARNING_DAYS, DEFAULT_WAIVERS_FILE } from '../config/waivers.js';
import { FAIL_ON_THRESHOLDS, findingsExitCodeProblem } from '../exit-code.js';
import { RESULT_STATUSES, type ResultStatus } from '../model/check.js';
import { CONTROL_AREAS } from '../model/control-areas.js';
import { SEVERITIES } from '../model/severity.js';

export const COMMAND_NAMES = ['scan', 'collect', 'merge', 'diff', 'list-checks', 'policy', 'evidence', 'verify-evidence', 'poam', 'completion'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Help headings, in the order help prints them. */
export const OPTION_GROUPS = {
  scope: 'Scope (accounts, regions, credentials):',
  requests: 'AWS requests:',
  selection: 'Check selection:',
  output: 'Output:',
  gating: 'Gating (exit code, waivers, baseline):',
  role: 'Scan role template (--format cloudformation or terraform):',
  other: 'Other options:',
} as const;
export type OptionGroup = keyof typeof OPTION_GROUPS;

/** What shell completion offers for an option's value (choices are offered from the definition itself). */
export type CompletionHint = 'file' | 'directory' | 'check' | 'control-area' | 'none';

interface PerCommand {
  description: string;
  /** The value placeholder in this command's help, when it differs (`<file>` vs `<dir>`). */
  value?: string;
  required?: boolean;
  group?: OptionGroup;
  /** This command's allowed values, when they differ from the definition's. */
  choices?: readonly string[];
  parse?: (value: string, previous: unknown) => unknown;
  defaultValue?: unknown;
  /** Takes a comma-separated list (completion completes after the last comma). */
  list?: boolean;
}

export interface OptionDefinition {
  /** Short and long flag, e.g. `-r, --region`. */
  flags: string;
  /** The value placeholder, e.g. `<regions>`; none for a switch. */
  value?: string;
  group: OptionGroup;
  /** The commands that take the option, each with its description (or more). */
  commands: Partial<Record<CommandName, string | PerCommand>>;
  parse?: (value: string, previous: unknown) => unknown;
  /** Allowed values, matched case-insensitively; shown in help and offered by completion. */
  choices?: readonly string[];
  /** False when the choices are too many for help (completion still offers them). */
  listChoicesInHelp?: boolean;
  defaultValue?: unknown;
  /** A hidden alias (an old or Prowler/Trivy spelling): the option it sets. */
  aliasOf?: string;
  complete?: CompletionHint;
}

// ---------- value parsers ----------

/** Comma-separated and repeatable: `--region a,b --region c` is [a, b, c]. */
export function parseList(value: string, previous: unknown): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return [...((previous as string[] | undefined) ?? []), ...items];
}

/** `--region ''` or `--region ,` would silently mean "every region": a list flag given a value must name one. */
function parseRegionList(value: string, previous: unknown): string[] {
  const items = parseList(value, undefined);
  if (items.length === 0) throw new InvalidArgumentError('It names no region (give region names such as us-east-1, comma-separated).');
  return [...((previous as string[] | undefined) ?? []), ...items];
}

/**
 * Who may assume the scan role: a 12-digit account id or an IAM ARN (`arn:<partition>:iam::<account>:<resource>`,
 * e.g. a role or `root`). Anything else would be pasted into a trust policy that CloudFormation or Terraform
 * rejects at deploy time; refusing it here costs nothing.
 */
function parseTrustedPrincipal(value: string): string {
  const trimmed = value.trim();
  if (/^\d{12}$/.test(trimmed) || /^arn:aws(-[a-z]+)*:(iam|sts)::\d{12}:[A-Za-z0-9+=,.@_/-]+$/.test(trimmed)) return trimmed;
  throw new InvalidArgumentError('Give a 12-digit AWS account id or an IAM ARN (arn:aws:iam::111122223333:role/name).');
}

/** A list of enum values, lower-cased: `--severity HIGH,Critical`. Unknown values are refused where they are used. */
function parseLowerCaseList(value: string, previous: unknown): string[] {
  return parseList(value.toLowerCase(), previous);
}

/** `--status pass,FAIL,…`: the statuses the table lists (case-insensitive; `not-applicable` = `not_applicable`). */
export function parseStatusList(value: string, previous: unknown): ResultStatus[] {
  const statuses = parseList(value, undefined).map((item) => item.toLowerCase().replace('-', '_'));
  const unknown = statuses.find((status) => !(RESULT_STATUSES as readonly string[]).includes(status));
  if (unknown !== undefined) throw new InvalidArgumentError(`Unknown status '${unknown}' (use ${RESULT_STATUSES.join(', ')}).`);
  return [...new Set([...((previous as ResultStatus[] | undefined) ?? []), ...(statuses as ResultStatus[])])];
}

function lowerCase(value: string): string {
  return value.toLowerCase();
}

/** One of the choices, case-insensitively, in commander's wording. */
function oneOf(choices: readonly string[]) {
  return (value: string): string => {
    const lower = value.toLowerCase();
    if (!choices.includes(lower)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return lower;
  };
}

function positiveInteger(flag: string, max: number) {
  return (value: string): number => {
    const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < 1 || number > max) throw new InvalidArgumentError(`${flag} takes a whole number from 1 to ${max}.`);
    return number;
  };
}

function parseExitCode(value: string): number {
  const code = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  const problem = findingsExitCodeProblem(code);
  if (problem) throw new InvalidArgumentError(`--exit-code ${problem}.`);
  return code;
}

function parseDays(value: string): number {
  const days = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(days) || days > 3650) throw new InvalidArgumentError('--waiver-warning-days takes a whole number from 0 to 3650.');
  return days;
}

/** `--shard K/N`, or `auto`: the index and count of the CI engine's parallel jobs (see ci-shard.ts). */
export type ShardFlag = Shard | 'auto';
function parseShardFlag(value: string): ShardFlag {
  if (value.trim().toLowerCase() === 'auto') return 'auto';
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** A base name for `--output-dir` files: the extension is added per format, so it holds no directory. */
function parseFileName(value: string): string {
  if (value === '' || value === '.' || value === '..' || /[/\\\0]/.test(value)) {
    throw new InvalidArgumentError('--output-file-name takes a file name without a directory (the extension is added per format).');
  }
  return value;
}

/** `--check`, `--skip-check`, `--control-area`, `--severity`: what choosing checks does in each command. */
function selectionDescriptions(what: string, leaveOut = false): Record<'scan' | 'collect' | 'policy' | 'evidence', string> {
  const list = '(comma-separated, repeatable)';
  if (leaveOut) {
    return {
      scan: `leave out ${what} ${list}`,
      collect: `leave out ${what}: their data is not collected ${list}`,
      policy: `leave out ${what}: their permissions are not granted ${list}`,
      evidence: `leave out ${what} ${list}`,
    };
  }
  return {
    scan: `evaluate only ${what} ${list}`,
    collect: `collect only the data needed by ${what} ${list}`,
    policy: `grant only the permissions needed by ${what} ${list}`,
    evidence: `evaluate only ${what} ${list}`,
  };
}

const REPORT_FORMAT_HELP = 'report format(s), comma-separated; several need --output-dir';

/** The option table. Keys are commander attribute names. */
export const OPTIONS = {
  // ---------- scope ----------
  inventory: {
    flags: '--inventory',
    value: '<file>',
    group: 'scope',
    commands: {
      scan: 'evaluate a saved inventory offline (no AWS calls)',
      evidence: { description: 'the saved inventory to evaluate (dbgap-audit collect --output)', required: true },
      poam: 'evaluate this saved inventory (with the waivers file)',
    },
    complete: 'file',
  },
  report: {
    flags: '--report',
    value: '<file>',
    group: 'scope',
    commands: { poam: 'or read this JSON report (scan --format json)' },
    complete: 'file',
  },
  csv: {
    flags: '--csv',
    value: '<file>',
    group: 'output',
    commands: { poam: 'write the POA&M as CSV to this file' },
    complete: 'file',
  },
  xlsx: {
    flags: '--xlsx',
    value: '<file>',
    group: 'output',
    commands: { poam: 'write the POA&M as an Excel workbook to this file' },
    complete: 'file',
  },
  profile: { flags: '--profile', value: '<name>', group: 'scope', commands: { scan: 'AWS shared-config profile to use', collect: 'AWS shared-config profile to use' } },
  region: {
    flags: '-r, --region',
    value: '<regions>',
    group: 'scope',
    commands: {
      scan: 'regions to scan, comma-separated or repeated; the first is also the home region for global calls (default: every enabled region)',
      collect: 'regions to collect, comma-separated or repeated; the first is also the home region for global calls (default: every enabled region)',
    },
    parse: parseRegionList,
  },
  regions: { flags: '--regions', value: '<regions>', group: 'scope', commands: { scan: '', collect: '' }, aliasOf: 'region' },
  excludeRegions: {
    flags: '--exclude-regions',
    value: '<regions>',
    group: 'scope',
    commands: { scan: 'regions never to scan (comma-separated, repeatable)', collect: 'regions never to collect (comma-separated, repeatable)' },
    parse: parseRegionList,
  },
  endpointUrl: {
    flags: '--endpoint-url',
    value: '<url>',
    group: 'scope',
    commands: { scan: 'send every AWS call to this endpoint (e.g. an emulator on loopback)', collect: 'send every AWS call to this endpoint (e.g. an emulator on loopback)' },
  },
  roleArn: {
    flags: '--role-arn',
    value: '<arn>',
    group: 'scope',
    commands: { scan: 'scan through this IAM role (sts:AssumeRole with the resolved credentials)', collect: 'collect through this IAM role (sts:AssumeRole with the resolved credentials)' },
  },
  externalId: {
    flags: '--external-id',
    value: '<id>',
    group: 'scope',
    commands: {
      scan: 'external id for sts:AssumeRole (--role-arn and --org)',
      collect: 'external id for sts:AssumeRole (--role-arn and --org)',
      policy: { description: 'external id the scan role requires of whoever assumes it', group: 'role' },
    },
  },
  org: {
    flags: '--org',
    group: 'scope',
    commands: {
      scan: 'scan every ACTIVE account of the AWS Organization (from the management or a delegated-admin account)',
      collect: 'collect every ACTIVE account of the AWS Organization (from the management or a delegated-admin account)',
      policy: 'the policy of the principal that runs scan --org: also list the accounts and assume the member role',
    },
  },
  orgRoleName: {
    flags: '--org-role-name',
    value: '<name>',
    group: 'scope',
    commands: {
      scan: 'role assumed in each member account with --org',
      collect: 'role assumed in each member account with --org',
      policy: 'with --org: the member role scan --org assumes',
    },
    defaultValue: DEFAULT_ORG_ROLE_NAME,
  },
  accounts: { flags: '--accounts', value: '<ids>', group: 'scope', commands: { scan: 'with --org: only these account ids', collect: 'with --org: only these account ids' }, parse: parseList },
  excludeAccounts: {
    flags: '--exclude-accounts',
    value: '<ids>',
    group: 'scope',
    commands: { scan: 'with --org: skip these account ids', collect: 'with --org: skip these account ids' },
    parse: parseList,
  },
  shard: {
    flags: '--shard',
    value: '<K/N|auto>',
    group: 'scope',
    commands: {
      scan: 'with --org: only shard K of N (account id mod N = K-1); auto reads the CI job index and count (GitLab, Kubernetes, AWS Batch, DBGAP_AUDIT_SHARD_INDEX/COUNT)',
      collect: 'with --org: only shard K of N (account id mod N = K-1); auto reads the CI job index and count (GitLab, Kubernetes, AWS Batch, DBGAP_AUDIT_SHARD_INDEX/COUNT)',
    },
    parse: parseShardFlag,
  },

  // ---------- AWS requests ----------
  concurrency: {
    flags: '--concurrency',
    value: '<n>',
    group: 'requests',
    commands: { scan: 'maximum AWS requests in flight', collect: 'maximum AWS requests in flight' },
    parse: positiveInteger('--concurrency', 256),
    defaultValue: DEFAULT_CONCURRENCY,
  },
  maxAttempts: {
    flags: '--max-attempts',
    value: '<n>',
    group: 'requests',
    commands: { scan: 'attempts per AWS call under throttling (5xx, resets and timeouts get at most 3)', collect: 'attempts per AWS call under throttling (5xx, resets and timeouts get at most 3)' },
    parse: positiveInteger('--max-attempts', 20),
    defaultValue: DEFAULT_CLIENT_SETTINGS.maxAttempts,
  },
  retryMode: {
    flags: '--retry-mode',
    value: '<mode>',
    group: 'requests',
    commands: {
      scan: 'SDK retry mode: standard backs off with jitter; adaptive also slows a client down after throttling (much slower under throttling)',
      collect: 'SDK retry mode: standard backs off with jitter; adaptive also slows a client down after throttling (much slower under throttling)',
    },
    choices: ['standard', 'adaptive'],
    defaultValue: 'standard',
  },
  timeout: {
    flags: '--timeout',
    value: '<seconds>',
    group: 'requests',
    commands: { scan: 'per-request timeout', collect: 'per-request timeout' },
    parse: positiveInteger('--timeout', 3600),
    defaultValue: DEFAULT_CLIENT_SETTINGS.timeoutMs / 1000,
  },

  // ---------- check selection ----------
  check: { flags: '-c, --check', value: '<ids>', group: 'selection', commands: selectionDescriptions('these checks'), parse: parseList, complete: 'check' },
  skipCheck: { flags: '--skip-check', value: '<ids>', group: 'selection', commands: selectionDescriptions('these checks', true), parse: parseList, complete: 'check' },
  controlArea: {
    flags: '--control-area',
    value: '<areas>',
    group: 'selection',
    commands: selectionDescriptions('the checks of these control areas (ids as in list-checks)'),
    parse: parseLowerCaseList,
    choices: CONTROL_AREAS.map((area) => area.id),
    listChoicesInHelp: false,
  },
  severity: {
    flags: '--severity',
    value: '<levels>',
    group: 'selection',
    commands: selectionDescriptions('the checks of these severities'),
    parse: parseLowerCaseList,
    choices: SEVERITIES,
  },

  // ---------- output ----------
  format: {
    flags: '-f, --format',
    value: '<format>',
    group: 'output',
    commands: {
      // A list: each value is checked by the command, naming the formats.
      scan: { description: REPORT_FORMAT_HELP, value: '<formats>', choices: REPORT_FORMATS, parse: lowerCase, defaultValue: 'table', list: true },
      merge: { description: REPORT_FORMAT_HELP, value: '<formats>', choices: REPORT_FORMATS, parse: lowerCase, defaultValue: 'table', list: true },
      'list-checks': { description: 'output format', choices: ['table', 'json'], defaultValue: 'table' },
      diff: { description: 'output format', choices: ['table', 'json'], defaultValue: 'table' },
      policy: { description: 'the policy as json, or a scan role as cloudformation or terraform', choices: ['json', 'cloudformation', 'terraform'], defaultValue: 'json' },
    },
  },
  output: {
    flags: '-o, --output',
    value: '<file>',
    group: 'output',
    commands: {
      scan: 'write the (single) report to this file instead of stdout',
      merge: 'write the (single) merged report to this file instead of stdout',
      collect: { description: 'where to write the inventory JSON', required: true },
      evidence: { description: 'the bundle directory (created with owner-only permissions)', value: '<dir>', required: true },
    },
  },
  out: {
    flags: '--out',
    value: '<path>',
    group: 'output',
    commands: { collect: '', evidence: '' },
    aliasOf: 'output',
  },
  outputDir: {
    flags: '--output-dir',
    value: '<dir>',
    group: 'output',
    commands: {
      scan: 'write each report to DIR/dbgap-audit-<account>-<UTC time>.<ext> (or --output-file-name)',
      merge: 'write each report to DIR/dbgap-audit-<account>-<UTC time>.<ext> (or --output-file-name)',
    },
  },
  outputFileName: {
    flags: '--output-file-name',
    value: '<name>',
    group: 'output',
    commands: {
      scan: 'with --output-dir: a fixed file name instead of the account and time; the extension is added per format',
      merge: 'with --output-dir: a fixed file name instead of the account and time; the extension is added per format',
    },
    parse: parseFileName,
    complete: 'none',
  },
  framework: {
    flags: '--framework',
    value: '<framework>',
    group: 'output',
    commands: {
      scan: 'compliance view: group the results by the requirements of this framework',
      merge: 'compliance view: group the results by the requirements of this framework',
      'list-checks': 'list the requirements of this framework and the checks mapped to each',
      poam: { description: 'key the rows by the requirements of this revision', choices: ['nist-800-171-r3', 'nist-800-171-r2'], defaultValue: 'nist-800-171-r3' },
    },
    // Unknown values are refused where they are used, naming the frameworks.
    parse: lowerCase,
    choices: FRAMEWORK_IDS,
  },
  evidenceDir: {
    flags: '--evidence-dir',
    value: '<dir>',
    group: 'output',
    commands: { scan: 'also write the evidence bundle (report.html, findings, inventory, manifest) to this directory' },
  },
  color: { flags: '--no-color', group: 'output', commands: { scan: 'plain output (also: NO_COLOR)', merge: 'plain output (also: NO_COLOR)' } },
  showPassed: { flags: '--show-passed', group: 'output', commands: { scan: 'list passing results in the table too', merge: 'list passing results in the table too' } },
  showManual: {
    flags: '--show-manual',
    group: 'output',
    commands: {
      scan: 'print the attestation items in the table (default: one line pointing to them)',
      merge: 'print the attestation items in the table (default: one line pointing to them)',
    },
  },
  status: {
    flags: '--status',
    value: '<list>',
    group: 'output',
    commands: {
      scan: { description: `table: list only results with these statuses (${RESULT_STATUSES.join(', ')}); the exit code still counts every result`, list: true },
      merge: { description: `table: list only results with these statuses (${RESULT_STATUSES.join(', ')}); the exit code still counts every result`, list: true },
    },
    parse: parseStatusList,
  },
  wide: {
    flags: '--wide',
    group: 'output',
    commands: {
      scan: 'table: full ARNs, one finding per line (lines may be wider than the terminal)',
      merge: 'table: full ARNs, one finding per line (lines may be wider than the terminal)',
    },
  },
  quiet: {
    flags: '-q, --quiet',
    group: 'output',
    commands: {
      scan: 'only the summary and errors: no progress, no warnings, no table rows',
      merge: 'only the summary and errors: no warnings, no table rows',
      collect: 'no progress output',
      evidence: 'no progress output',
      poam: 'no summary line on stderr',
    },
  },

  // ---------- gating ----------
  failOn: {
    flags: '--fail-on',
    value: '<severity>',
    group: 'gating',
    commands: {
      scan: 'exit 1 for an unwaived failure at or above this severity; none: report only (exit 0 even when incomplete, 2 still means the tool failed)',
      merge: 'exit 1 for an unwaived failure at or above this severity; none: report only (exit 0 even when incomplete, 2 still means the tool failed)',
    },
    choices: FAIL_ON_THRESHOLDS,
    defaultValue: 'low',
  },
  exitCode: {
    flags: '--exit-code',
    value: '<n>',
    group: 'gating',
    commands: { scan: 'exit code for failing findings instead of 1 (1 or 4-125)', merge: 'exit code for failing findings instead of 1 (1 or 4-125)' },
    parse: parseExitCode,
    complete: 'none',
  },
  allowIncomplete: {
    flags: '--allow-incomplete',
    group: 'gating',
    commands: {
      scan: 'exit 0 instead of 3 when some checks could not be evaluated',
      merge: 'exit 0 instead of 3 when some checks could not be evaluated',
    },
  },
  waivers: {
    flags: '--waivers',
    value: '<file>',
    group: 'gating',
    commands: {
      scan: `waivers file (default: ./${DEFAULT_WAIVERS_FILE} when present)`,
      evidence: `waivers file (default: ./${DEFAULT_WAIVERS_FILE} when present)`,
      poam: `waivers file, with --inventory (default: ./${DEFAULT_WAIVERS_FILE} when present)`,
    },
  },
  waiverWarningDays: {
    flags: '--waiver-warning-days',
    value: '<n>',
    group: 'gating',
    commands: { scan: 'warn about waivers expiring within this many days' },
    parse: parseDays,
    defaultValue: DEFAULT_WAIVER_WARNING_DAYS,
  },
  failOnExpiredWaivers: { flags: '--fail-on-expired-waivers', group: 'gating', commands: { scan: 'an expired waiver fails the gate (exit 1)' } },
  baseline: {
    flags: '--baseline',
    value: '<report.json>',
    group: 'gating',
    commands: { scan: 'a previous JSON report: mark failures new or existing, list what was fixed' },
    complete: 'file',
  },
  onlyNew: { flags: '--only-new', group: 'gating', commands: { scan: 'gate only on failures that are new since --baseline' } },
  failOnNew: { flags: '--fail-on-new', group: 'gating', commands: { diff: 'exit 1 when the later report has an unwaived failure the earlier one did not' } },

  // ---------- policy: the scan role template ----------
  trustedPrincipal: {
    flags: '--trusted-principal',
    value: '<arn-or-account>',
    group: 'role',
    commands: { policy: 'who may assume the scan role: a 12-digit account id or an IAM ARN' },
    parse: parseTrustedPrincipal,
  },
  roleName: { flags: '--role-name', value: '<name>', group: 'role', commands: { policy: 'name of the scan role' }, defaultValue: 'dbgap-audit-scanner' },

  // ---------- other ----------
  config: {
    flags: '--config',
    value: '<file>',
    group: 'other',
    commands: {
      scan: `settings file (default: ./${DEFAULT_CONFIG_FILE} when present)`,
      collect: `settings file (default: ./${DEFAULT_CONFIG_FILE} when present)`,
      evidence: `settings file (default: ./${DEFAULT_CONFIG_FILE} when present)`,
      poam: `settings file, with --inventory (default: ./${DEFAULT_CONFIG_FILE} when present)`,
    },
  },
} as const satisfies Record<string, OptionDefinition>;

export type OptionKey = keyof typeof OPTIONS;

/** The definitions a command takes, in table order. */
export function optionsOf(command: CommandName): Array<[OptionKey, OptionDefinition]> {
  return (Object.entries(OPTIONS) as Array<[OptionKey, OptionDefinition]>).filter(([, definition]) => definition.commands[command] !== undefined);
}

function perCommand(definition: OptionDefinition, command: CommandName): PerCommand {
  const entry = definition.commands[command];
  return typeof entry === 'string' ? { description: entry } : (entry ?? { description: '' });
}

function buildOption(definition: OptionDefinition, command: CommandName): Option {
  const entry = perCommand(definition, command);
  const value = entry.value ?? definition.value;
  const option = new Option(value ? `${definition.flags} ${value}` : definition.flags, entry.description);
  const choices = entry.choices ?? definition.choices;
  const parse = entry.parse ?? definition.parse;
  if (choices) {
    if (definition.listChoicesInHelp !== false) option.choices(choices);
    // Case-insensitive: commander's own choices check is exact.
    option.argParser(parse ?? oneOf(choices));
  } else if (parse) {
    option.argParser(parse);
  }
  const defaultValue = entry.defaultValue ?? definition.defaultValue;
  if (defaultValue !== undefined) option.default(defaultValue);
  option.helpGroup(OPTION_GROUPS[entry.group ?? definition.group]);
  if (definition.aliasOf) option.hideHelp();
  return option;
}

/**
 * Adds a command's options. A hidden alias sets the option it stands for (through that option's parser), and a
 * required option is checked before the action runs, after commander has reported unknown options (so a typo in
 * the flag name gets "did you mean" rather than "required option missing").
 */
export function attachOptions(target: Command, command: CommandName): Command {
  // Help lists the groups in the order options are added: add them group by group, in OPTION_GROUPS order.
  const order = Object.keys(OPTION_GROUPS);
  const groupIndex = ([, definition]: [OptionKey, OptionDefinition]) => order.indexOf(perCommand(definition, command).group ?? definition.group);
  const definitions = optionsOf(command).sort((a, b) => groupIndex(a) - groupIndex(b));
  const built = new Map<string, Option>();
  for (const [key, definition] of definitions) {
    const option = buildOption(definition, command);
    built.set(key, option);
    target.addOption(option);
  }
  for (const [key, definition] of definitions) {
    if (!definition.aliasOf) continue;
    const alias = built.get(key);
    const original = built.get(definition.aliasOf);
    if (!alias || !original) throw new Error(`Option ${key} of ${command} is an alias of ${definition.aliasOf}, which ${command} does not take.`);
    target.on(`option:${alias.name()}`, (value: string) => {
      const attribute = original.attributeName();
      let parsed: unknown = value;
      if (original.parseArg) {
        try {
          parsed = original.parseArg(value, target.getOptionValue(attribute));
        } catch (error) {
          if (!(error instanceof InvalidArgumentError)) throw error;
          target.error(`option '${alias.flags}' argument '${value}' is invalid. ${error.message}`, { code: 'commander.invalidArgument' });
        }
      }
      target.setOptionValueWithSource(attribute, parsed, 'cli');
    });
  }
  const required = definitions.filter(([, definition]) => perCommand(definition, command).required);
  if (required.length > 0) {
    target.hook('preAction', (self) => {
      for (const [key] of required) {
        const option = built.get(key);
        if (option && self.getOptionValue(option.attributeName()) === undefined) {
          self.error(`required option '${option.flags}' not specified`, { code: 'commander.missingMandatoryOptionValue' });
        }
      }
    });
  }
  return target;
}

export interface ValueCompletion {
  hint: CompletionHint;
  choices?: readonly string[];
  /** Comma-separated: complete the part after the last comma. */
  list: boolean;
}

/** What completion offers for an option's value, from its definition; undefined for a switch. */
export function completionOf(definition: OptionDefinition, command: CommandName): ValueCompletion | undefined {
  const entry = perCommand(definition, command);
  const value = entry.value ?? definition.value;
  if (!value) return undefined;
  const parse = entry.parse ?? definition.parse;
  const list = entry.list ?? (parse === parseList || parse === parseLowerCaseList);
  const choices = entry.choices ?? definition.choices;
  if (choices) return { hint: 'none', choices, list };
  if (definition.complete) return { hint: definition.complete, list };
  if (/<dir>/.test(value)) return { hint: 'directory', list };
  if (/<file>|<path>/.test(value)) return { hint: 'file', list };
  return { hint: 'none', list };
}

/** The program's own options, taken before or after the command. */
export const PROGRAM_OPTIONS = {
  version: { flags: '-v, --version', description: 'print the version' },
  debug: { flags: '--debug', description: 'show stack traces for unexpected errors' },
  help: { flags: '-h, --help', description: 'display help' },
} as const;
