/** The commander program. Commands do their work through scan.ts and the report writers; this file parses and prints. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CHECKS } from '../checks/index.js';
import { FRAMEWORK_IDS, isFrameworkId, renderFrameworkMapping } from '../reports/framework.js';
import { DEFAULT_CONCURRENCY } from './collect/collect-inventory.js';
import { DEFAULT_CLIENT_SETTINGS } from './collect/aws-clients.js';
import { DEFAULT_CONFIG_FILE, loadSettings } from './config/config-file.js';
import { DbgapAuditError, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { collectionErrors } from './evaluate.js';
import { decideCollectExitCode, decideExitCode, decideVerifyEvidenceExitCode } from './exit-code.js';
import { cloudFormationTemplate, leastPrivilegePolicy, terraformSnippet } from './least-privilege-policy.js';
import { addDiffCommand } from './diff.js';
import { DEFAULT_WAIVER_WARNING_DAYS } from './config/waivers.js';
import { addGateOptions, gateFrom, loadGating, parseSeverity, type GateFlags } from './gate-options.js';
import type { Severity } from './model/severity.js';
import { RESULT_STATUSES, type ResultStatus } from './model/check.js';
import { readInventoryFile, readInventoryFiles } from './files/inventory-file.js';
import { buildAccountsScanResult, mergeReportFiles } from './merge.js';
import { DEFAULT_ORG_ROLE_NAME, parseShard, type Shard } from './collect/organization-accounts.js';
import type { ProgressEvent } from './collect/collect-inventory.js';
import { CONTROL_AREAS } from './model/control-areas.js';
import type { Inventory } from './model/inventory.js';
import { writeFileAtomic } from './files/atomic-write.js';
import { writeEvidenceBundle, verifyEvidenceBundle } from './evidence/bundle.js';
import { addReportOptions, emitReports, validateReportFlags, type ReportFlags } from './report-output.js';
import { buildScanResult, collectLiveAccounts, selectChecks, type CheckSelection, type LiveCollection } from './scan.js';
import { TOOL } from './version.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  /** Where the default config and waiver files are looked for. */
  cwd: string;
  /** The clock; tests freeze it. */
  now?: () => Date;
}

function parseList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return [...(previous ?? []), ...items];
}

/** `--status pass,FAIL,…`: the statuses the table lists (case-insensitive; `not-applicable` = `not_applicable`). */
export function parseStatusList(value: string, previous: ResultStatus[] | undefined): ResultStatus[] {
  const statuses = parseList(value, undefined).map((item) => item.toLowerCase().replace('-', '_'));
  const unknown = statuses.find((status) => !(RESULT_STATUSES as readonly string[]).includes(status));
  if (unknown !== undefined) throw new InvalidArgumentError(`Unknown status '${unknown}' (use ${RESULT_STATUSES.join(', ')}).`);
  return [...new Set([...(previous ?? []), ...(statuses as ResultStatus[])])];
}

function parsePositiveInteger(flag: string, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) {
      throw new InvalidArgumentError(`${flag} takes a whole number from 1 to ${max}.`);
    }
    return number;
  };
}

interface CommonScanFlags {
  config?: string;
  profile?: string;
  region?: string;
  regions?: string[];
  endpointUrl?: string;
  concurrency: number;
  maxAttempts: number;
  retryMode: 'adaptive' | 'standard';
  timeout: number;
  check?: string[];
  skipCheck?: string[];
  controlArea?: string[];
  severity?: string[];
  quiet?: boolean;
  debug?: boolean;
}

/** Flags of addAccountOptions (multi-account and multi-region scope). */
interface AccountFlags {
  excludeRegions?: string[];
  roleArn?: string;
  externalId?: string;
  org?: boolean;
  orgRoleName: string;
  accounts?: string[];
  excludeAccounts?: string[];
  shard?: Shard;
}

interface ScanFlags extends CommonScanFlags, GateFlags, ReportFlags, AccountFlags {
  inventory?: string;
  color: boolean;
  showPassed?: boolean;
}

interface CollectFlags extends CommonScanFlags, AccountFlags {
  out: string;
}

function addScopeOptions(command: Command): Command {
  return command
    .option('--config <file>', `settings file (default: ./${DEFAULT_CONFIG_FILE} when present)`)
    .option('--profile <name>', 'AWS shared-config profile to use')
    .option('--region <region>', 'home region for global calls; the only region scanned unless --regions is given')
    .option('--regions <list>', 'comma-separated regions to scan (default: every enabled region)', parseList)
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (e.g. an emulator on loopback)')
    .option('--concurrency <n>', 'maximum AWS requests in flight', parsePositiveInteger('--concurrency', 256), DEFAULT_CONCURRENCY)
    .option('--max-attempts <n>', 'attempts per AWS call, retries included (adaptive backoff)', parsePositiveInteger('--max-attempts', 20), DEFAULT_CLIENT_SETTINGS.maxAttempts)
    .addOption(new Option('--retry-mode <mode>', 'SDK retry mode: adaptive also slows a client down after throttling').choices(['adaptive', 'standard']).default('adaptive'))
    .option('--timeout <seconds>', 'per-request timeout', parsePositiveInteger('--timeout', 3600), DEFAULT_CLIENT_SETTINGS.timeoutMs / 1000);
}

function parseShardFlag(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Regions to leave out, an assumed role, and Organization fan-out (--org, --accounts, --shard). */
function addAccountOptions(command: Command): Command {
  return command
    .option('--exclude-regions <list>', 'comma-separated regions never to scan', parseList)
    .option('--role-arn <arn>', 'scan through this IAM role (sts:AssumeRole with the resolved credentials)')
    .option('--external-id <id>', 'external id for sts:AssumeRole (--role-arn and --org)')
    .option('--org', "scan every ACTIVE account of the AWS Organization (from the management or a delegated-admin account)")
    .option('--org-role-name <name>', 'role assumed in each member account with --org', DEFAULT_ORG_ROLE_NAME)
    .option('--accounts <ids>', 'with --org: only these account ids', parseList)
    .option('--exclude-accounts <ids>', 'with --org: skip these account ids', parseList)
    .option('--shard <K/N>', 'with --org: scan only shard K of N (account id mod N = K-1), for CI matrix jobs', parseShardFlag);
}

/** The LiveCollection fields of addAccountOptions; the Organization-only flags need --org. */
function accountOptionsFrom(flags: AccountFlags, command: Command): Partial<Parameters<typeof collectLiveAccounts>[1]> {
  if (!flags.org) {
    const orgOnly = (['accounts', 'excludeAccounts', 'shard'] as const).find((flag) => flags[flag] !== undefined);
    const roleNameGiven = command.getOptionValueSource('orgRoleName') === 'cli';
    if (orgOnly || roleNameGiven) {
      throw new UsageError(`--${(orgOnly ?? 'orgRoleName').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --org.`);
    }
  }
  if (flags.externalId !== undefined && !flags.roleArn && !flags.org) throw new UsageError('--external-id needs --role-arn or --org.');
  return {
    ...(flags.excludeRegions ? { excludeRegions: flags.excludeRegions } : {}),
    ...(flags.roleArn ? { roleArn: flags.roleArn } : {}),
    ...(flags.externalId !== undefined ? { externalId: flags.externalId } : {}),
    ...(flags.org ? { org: true, orgRoleName: flags.orgRoleName } : {}),
    ...(flags.accounts ? { accounts: flags.accounts } : {}),
    ...(flags.excludeAccounts ? { excludeAccounts: flags.excludeAccounts } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
  };
}

function addSelectionOptions(command: Command): Command {
  return command
    .option('--check <ids>', 'run only these checks (comma-separated, repeatable)', parseList)
    .option('--skip-check <ids>', 'skip these checks', parseList)
    .option('--control-area <areas>', `run only checks of these control areas (${CONTROL_AREAS.map((area) => area.id).join(', ')})`, parseList)
    .option('--severity <levels>', 'run only checks of these severities', parseList);
}

function selectionFrom(flags: Pick<CommonScanFlags, 'check' | 'skipCheck' | 'controlArea' | 'severity'>): CheckSelection {
  const selection: CheckSelection = {};
  if (flags.check) selection.checks = flags.check;
  if (flags.skipCheck) selection.skipChecks = flags.skipCheck;
  if (flags.controlArea) selection.controlAreas = flags.controlArea;
  if (flags.severity) selection.severities = flags.severity;
  return selection;
}

function liveOptions(flags: CommonScanFlags, io: Io): LiveCollection {
  const options: LiveCollection = {
    maxAttempts: flags.maxAttempts,
    retryMode: flags.retryMode,
    timeoutMs: flags.timeout * 1000,
    concurrency: flags.concurrency,
  };
  if (flags.profile) options.profile = flags.profile;
  if (flags.region) options.region = flags.region;
  if (flags.regions) options.regions = flags.regions;
  if (flags.endpointUrl) options.endpointUrl = flags.endpointUrl;
  if (!flags.quiet) options.onProgress = progressReporter(io);
  return options;
}

/**
 * Progress on stderr: on a TTY one status line rewritten in place (at most every 100 ms); otherwise a plain line
 * every 10% of the work (CI logs). `--quiet` turns it off.
 */
export function progressReporter(io: Io, clock: () => number = Date.now): (event: ProgressEvent) => void {
  let lastDecile = -1;
  let lastDrawn = 0;
  let finished = false;
  return (event) => {
    const complete = event.accounts.done === event.accounts.total && event.done === event.total && event.total > 0;
    if (finished) return;
    const accounts = event.accounts.total > 1 ? `${event.accounts.done}/${event.accounts.total} accounts, ` : '';
    const text =
      `Collecting: ${accounts}${event.regions} region(s), ${event.services} service(s), ` +
      `${event.done}/${event.total} units, ${event.calls.done}/${event.calls.started} calls, ${event.failures} error(s)`;
    if (io.stderr.isTTY) {
      if (!complete && clock() - lastDrawn < 100) return;
      lastDrawn = clock();
      io.stderr.write(`\r\x1b[2K${text}${complete ? '\n' : ''}`);
    } else {
      const decile = event.total === 0 ? 0 : Math.floor((event.done / event.total) * 10);
      if (decile === lastDecile && !complete) return;
      lastDecile = decile;
      io.stderr.write(`${text}\n`);
    }
    finished = complete;
  };
}

function useColor(flags: { color: boolean }, io: Io, toFile: boolean): boolean {
  if (!flags.color || toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

async function runScanCommand(flags: ScanFlags, io: Io, command: Command): Promise<number> {
  validateReportFlags(flags);
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const gating = await loadGating(flags, io.cwd);
  const now = io.now ?? (() => new Date());
  const startedAt = now();
  let inventories: Inventory[];
  if (flags.inventory) {
    const liveOnly = (['profile', 'region', 'regions', 'endpointUrl', 'excludeRegions', 'roleArn', 'externalId', 'org', 'accounts', 'excludeAccounts', 'shard'] as const).filter((flag) => flags[flag] !== undefined);
    if (liveOnly.length > 0) {
      throw new UsageError(`--inventory evaluates a saved inventory offline; it cannot be combined with --${liveOnly[0]?.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.`);
    }
    inventories = await readInventoryFiles(flags.inventory);
  } else {
    inventories = await collectLiveAccounts(checks, { ...liveOptions(flags, io), ...accountOptionsFrom(flags, command) }, settings);
  }
  const result = gating.apply(buildAccountsScanResult(inventories, {
    checks,
    settings,
    source: flags.inventory ? 'inventory' : 'live',
    startedAt,
    now: now(),
  }));
  if (!flags.quiet) for (const warning of gating.warnings(result)) io.stderr.write(`dbgap-audit: warning: ${warning}\n`);
  await emitReports(result, inventories.length === 1 ? inventories[0] : inventories, flags, io, (toFile) => useColor(flags, io, toFile));
  return decideExitCode(result, gateFrom(flags));
}

async function runCollectCommand(flags: CollectFlags, io: Io, command: Command): Promise<number> {
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const inventories = await collectLiveAccounts(checks, { ...liveOptions(flags, io), ...accountOptionsFrom(flags, command) }, settings);
  // One account: the inventory object, as always. Several (--org): an array of them (scan --inventory reads both).
  const [only] = inventories;
  await writeFileAtomic(flags.out, `${JSON.stringify(inventories.length === 1 ? only : inventories, null, 2)}\n`);
  const failures = inventories.reduce((total, inventory) => total + collectionErrors(inventory).length, 0);
  const whose = inventories.length === 1 && only ? `account ${only.account.id}` : `${inventories.length} accounts`;
  if (!flags.quiet) io.stderr.write(`Wrote inventory of ${whose} to ${flags.out} (${failures} collection failure(s)).\n`);
  return decideCollectExitCode(failures);
}

function runListChecks(flags: { format: string; framework?: string }, io: Io): number {
  if (flags.framework !== undefined) {
    if (!isFrameworkId(flags.framework)) throw new UsageError(`Unknown framework '${flags.framework}' given to --framework (use ${FRAMEWORK_IDS.join(', ')}).`);
    io.stdout.write(renderFrameworkMapping(CHECKS, flags.framework, flags.format === 'json' ? 'json' : 'table'));
    return EXIT_OK;
  }
  if (flags.format === 'json') {
    const checks = CHECKS.map((check) => ({
      id: check.id,
      title: check.title,
      controlArea: check.controlArea,
      severity: check.severity,
      kind: check.kind,
      nist: check.nist,
      needs: check.needs,
      rationale: check.rationale,
      remediation: check.remediation,
    }));
    io.stdout.write(`${JSON.stringify({ tool: TOOL, controlAreas: CONTROL_AREAS, checks }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (flags.format !== 'table') throw new UsageError(`Unknown format '${flags.format}' given to --format (use table or json).`);
  const lines: string[] = [];
  for (const area of CONTROL_AREAS) {
    const checks = CHECKS.filter((check) => check.controlArea === area.id);
    lines.push(`${area.number}. ${area.title} (${area.id})`);
    if (checks.length === 0) lines.push('   (no checks yet)');
    for (const check of checks) {
      lines.push(`   ${check.id.padEnd(40)} ${check.severity.padEnd(13)} ${check.title}`);
      lines.push(`   ${''.padEnd(40)} 800-53r5 ${check.nist.sp800_53r5.join(' ')} | 800-171r2 ${check.nist.sp800_171r2.join(' ')} | r3 ${check.nist.sp800_171r3.join(' ')}`);
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('dbgap-audit')
    .description('Audit an AWS account against the NIH dbGaP security best practices and NIST SP 800-171.')
    .version(TOOL.version, '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`dbgap-audit: ${text.replace(/^error: /, '').split('\n')[0]}\n`),
    });

  const scan = program.command('scan').description('collect the inventory from AWS (or read --inventory) and evaluate the checks');
  addScopeOptions(scan);
  addAccountOptions(scan);
  addSelectionOptions(scan);
  addGateOptions(scan);
  addReportOptions(scan);
  scan
    .option('--inventory <file>', 'evaluate a saved inventory offline (no AWS calls)')
    .option('--no-color', 'plain output (also: NO_COLOR)')
    .option('--show-passed', 'list passing results in the table too')
    .option('--show-manual', 'print the attestation items in the table (default: one line pointing to them)')
    .option('--status <list>', `table: list only results with these statuses (${RESULT_STATUSES.join(', ')}); the exit code still counts every result`, parseStatusList)
    .option('--wide', 'table: full ARNs, one finding per line (lines may be wider than the terminal)')
    .option('--quiet', 'only the summary and errors: no progress, no warnings, no table rows')
    .action(async (flags: ScanFlags, command: Command) => setExitCode(await runScanCommand(flags, io, command)));

  const collect = program.command('collect').description('collect the inventory from AWS and save it (no evaluation)');
  addScopeOptions(collect);
  addAccountOptions(collect);
  addSelectionOptions(collect);
  collect
    .requiredOption('--out <file>', 'where to write the inventory JSON')
    .option('--quiet', 'no progress output')
    .action(async (flags: CollectFlags, command: Command) => setExitCode(await runCollectCommand(flags, io, command)));

  const merge = program
    .command('merge')
    .description('combine JSON reports of disjoint accounts (e.g. --shard jobs) into one report with recomputed summaries')
    .argument('<reports...>', 'JSON report files (scan --format json)');
  addReportOptions(merge);
  merge
    .option('--fail-on <severity>', 'exit 1 when an unwaived failure is at or above this severity', parseSeverity, 'low' as Severity)
    .option('--allow-incomplete', 'exit 0 instead of 3 when some checks could not be evaluated')
    .option('--no-color', 'plain output (also: NO_COLOR)')
    .option('--show-passed', 'list passing results in the table too')
    .option('--show-manual', 'print the attestation items in the table (default: one line pointing to them)')
    .option('--status <list>', `table: list only results with these statuses (${RESULT_STATUSES.join(', ')}); the exit code still counts every result`, parseStatusList)
    .option('--wide', 'table: full ARNs, one finding per line (lines may be wider than the terminal)')
    .option('--quiet', 'no progress output')
    .action(async (files: string[], flags: ReportFlags & { failOn: Severity; allowIncomplete?: boolean; color: boolean }) => {
      validateReportFlags(flags);
      if (flags.evidenceDir) throw new UsageError('merge has no inventory to put in an evidence bundle; run evidence on each shard, or scan with --evidence-dir.');
      const result = await mergeReportFiles(files);
      await emitReports(result, undefined, flags, io, (toFile) => useColor(flags, io, toFile));
      setExitCode(decideExitCode(result, { failOn: flags.failOn, allowIncomplete: flags.allowIncomplete ?? false }));
    });

  program
    .command('list-checks')
    .description('list the checks with their control areas and NIST mappings')
    .addOption(new Option('--format <format>', 'output format').default('table').choices(['table', 'json']))
    .option('--framework <framework>', `show the requirements of ${FRAMEWORK_IDS.join(', ')} and the checks mapped to each`)
    .action((flags: { format: string; framework?: string }) => setExitCode(runListChecks(flags, io)));

  addPolicyCommand(program, io, setExitCode);
  addDiffCommand(program, io, setExitCode);
  addEvidenceCommands(program, io, setExitCode);
  return program;
}

function addPolicyCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const policy = program
    .command('policy')
    .description('print the least-privilege IAM policy for the selected checks (JSON, CloudFormation or Terraform)');
  addSelectionOptions(policy);
  policy
    .addOption(new Option('--format <format>', 'output format').default('json').choices(['json', 'cloudformation', 'terraform']))
    .option('--trusted-principal <arn-or-account>', 'who may assume the scan role (cloudformation/terraform)')
    .option('--external-id <id>', 'external id the scan role requires (cloudformation/terraform)')
    .option('--role-name <name>', 'name of the scan role (cloudformation/terraform)', 'dbgap-audit-scanner')
    .action((flags: CommonScanFlags & { format: string; trustedPrincipal?: string; externalId?: string; roleName: string }) => {
      const checks = selectChecks(selectionFrom(flags));
      if (flags.format === 'json') {
        io.stdout.write(`${JSON.stringify(leastPrivilegePolicy(checks), null, 2)}\n`);
      } else {
        if (!flags.trustedPrincipal) throw new UsageError(`--format ${flags.format} needs --trusted-principal (the account id or ARN allowed to assume the role).`);
        const options = { trustedPrincipal: flags.trustedPrincipal, roleName: flags.roleName, ...(flags.externalId ? { externalId: flags.externalId } : {}) };
        io.stdout.write(flags.format === 'cloudformation' ? cloudFormationTemplate(checks, options) : terraformSnippet(checks, options));
      }
      setExitCode(EXIT_OK);
    });
}

// ---------- evidence bundle commands (reports helper) ----------
interface EvidenceFlags extends Pick<CommonScanFlags, 'config' | 'check' | 'skipCheck' | 'controlArea' | 'severity' | 'quiet'> {
  inventory: string;
  out: string;
  waivers?: string;
}

async function runEvidenceCommand(flags: EvidenceFlags, io: Io): Promise<number> {
  const checks = selectChecks(selectionFrom(flags));
  const { settings } = await loadSettings(flags.config, io.cwd);
  const inventory = await readInventoryFile(flags.inventory);
  const now = (io.now ?? (() => new Date()))();
  // The bundle shows waivers as the scan would: the same file, the same validation, the same statuses.
  const gating = await loadGating({ failOn: 'low', waiverWarningDays: DEFAULT_WAIVER_WARNING_DAYS, ...(flags.waivers ? { waivers: flags.waivers } : {}) }, io.cwd);
  const result = gating.apply(buildScanResult(inventory, { checks, settings, source: 'inventory', startedAt: now, now }));
  const { manifestSha256 } = await writeEvidenceBundle(flags.out, result, inventory);
  if (!flags.quiet) io.stderr.write(`Wrote evidence bundle to ${flags.out}; manifest.json sha256 ${manifestSha256} (verify with: dbgap-audit verify-evidence ${flags.out})\n`);
  return EXIT_OK;
}

async function runVerifyEvidence(directory: string, io: Io): Promise<number> {
  const { manifest, manifestSha256, problems } = await verifyEvidenceBundle(directory);
  if (problems.length === 0) {
    io.stdout.write(`Evidence bundle ${directory} is intact: ${Object.keys(manifest.files).length} files match manifest.json (sha256 ${manifestSha256}).\n`);
  } else {
    io.stderr.write(`dbgap-audit: evidence bundle ${directory} failed verification: ${problems.map((problem) => problem.detail).join('; ')}.\n`);
  }
  return decideVerifyEvidenceExitCode(problems.length);
}

function addEvidenceCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const evidence = program
    .command('evidence')
    .description('evaluate a saved inventory and write the evidence bundle for a Data Access Committee')
    .requiredOption('--inventory <file>', 'the saved inventory to evaluate (dbgap-audit collect --out)')
    .requiredOption('--out <dir>', 'the bundle directory (created with owner-only permissions)')
    .option('--waivers <file>', 'waivers file (default: ./dbgap-audit.waivers.yml when present)')
    .option('--config <file>', `settings file (default: ./${DEFAULT_CONFIG_FILE} when present)`)
    .option('--quiet', 'no progress output');
  addSelectionOptions(evidence);
  evidence.action(async (flags: EvidenceFlags) => setExitCode(await runEvidenceCommand(flags, io)));
  program
    .command('verify-evidence')
    .description('recompute the SHA-256 digests of an evidence bundle; exit 1 naming any changed, missing or extra file')
    .argument('<dir>', 'the bundle directory')
    .action(async (directory: string) => setExitCode(await runVerifyEvidence(directory, io)));
}

/** Runs the CLI in-process and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end "with an error" in commander's override mode; they are successes.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (error instanceof DbgapAuditError) {
      io.stderr.write(`dbgap-audit: ${error.message}\n`);
      if (debug && error.cause) io.stderr.write(`${(error.cause as Error).stack ?? String(error.cause)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dbgap-audit: unexpected error: ${message.split('\n')[0]} (run with --debug for details)\n`);
    if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}
