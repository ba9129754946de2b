/** The parsed flags shared by several commands, and what they turn into (a check selection, a live collection). */
import type { Command } from 'commander';
import type { OrganizationScanOptions } from '../collect/organization-accounts.js';
import { UsageError } from '../errors.js';
import type { CheckSelection, LiveCollection } from '../scan.js';
import { shardFromEnvironment } from './ci-shard.js';
import type { Io } from './io.js';
import type { ShardFlag } from './options.js';
import type { ProgressReporter } from './progress-reporter.js';

export interface SelectionFlags {
  check?: string[];
  skipCheck?: string[];
  controlArea?: string[];
  severity?: string[];
}

export function selectionFrom(flags: SelectionFlags): CheckSelection {
  const selection: CheckSelection = {};
  if (flags.check) selection.checks = flags.check;
  if (flags.skipCheck) selection.skipChecks = flags.skipCheck;
  if (flags.controlArea) selection.controlAreas = flags.controlArea;
  if (flags.severity) selection.severities = flags.severity;
  return selection;
}

/** The scope and request flags of scan and collect. */
export interface ScopeFlags {
  config?: string;
  profile?: string;
  /** `--region` (and its alias `--regions`): the regions to scan; the first is the home region. */
  region?: string[];
  endpointUrl?: string;
  concurrency: number;
  maxAttempts: number;
  retryMode: 'adaptive' | 'standard';
  timeout: number;
  excludeRegions?: string[];
  roleArn?: string;
  externalId?: string;
  org?: boolean;
  orgRoleName: string;
  accounts?: string[];
  excludeAccounts?: string[];
  shard?: ShardFlag;
  quiet?: boolean;
}

/** The flags a saved inventory cannot be combined with: they only mean something when reading AWS. */
export const LIVE_ONLY_FLAGS = ['profile', 'region', 'endpointUrl', 'excludeRegions', 'roleArn', 'externalId', 'org', 'accounts', 'excludeAccounts', 'shard'] as const;

export function flagName(attribute: string): string {
  return `--${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export type LiveCollectionOptions = LiveCollection & Partial<OrganizationScanOptions> & { org?: boolean };

/** What to collect from AWS, and how. `--shard auto` is resolved here, from the CI engine's variables. */
export function liveCollectionFrom(flags: ScopeFlags, io: Io, command: Command, progress?: ProgressReporter): LiveCollectionOptions {
  if (!flags.org) {
    const orgOnly = (['accounts', 'excludeAccounts', 'shard'] as const).find((flag) => flags[flag] !== undefined);
    const roleNameGiven = command.getOptionValueSource('orgRoleName') === 'cli';
    if (orgOnly || roleNameGiven) throw new UsageError(`${flagName(orgOnly ?? 'orgRoleName')} needs --org.`);
  }
  if (flags.externalId !== undefined && !flags.roleArn && !flags.org) throw new UsageError('--external-id needs --role-arn or --org.');
  let shard = flags.shard;
  if (shard === 'auto') {
    const detected = shardFromEnvironment(io.env);
    if (!flags.quiet) io.stderr.write(`dbgap-audit: --shard auto: shard ${detected.shard.index}/${detected.shard.count} from ${detected.source}\n`);
    shard = detected.shard;
  }
  const options: LiveCollectionOptions = {
    maxAttempts: flags.maxAttempts,
    retryMode: flags.retryMode,
    timeoutMs: flags.timeout * 1000,
    concurrency: flags.concurrency,
  };
  if (flags.profile) options.profile = flags.profile;
  // The first region asked for is the home region (global calls), as it was for the single-valued --region.
  if (flags.region) options.regions = flags.region;
  if (flags.endpointUrl) options.endpointUrl = flags.endpointUrl;
  if (progress) options.onProgress = progress.onCollection;
  if (flags.excludeRegions) options.excludeRegions = flags.excludeRegions;
  if (flags.roleArn) options.roleArn = flags.roleArn;
  if (flags.externalId !== undefined) options.externalId = flags.externalId;
  if (flags.org) {
    options.org = true;
    options.orgRoleName = flags.orgRoleName;
  }
  if (flags.accounts) options.accounts = flags.accounts;
  if (flags.excludeAccounts) options.excludeAccounts = flags.excludeAccounts;
  if (shard) options.shard = shard;
  return options;
}
