/**
 * Scope: who we are (credentials → STS account and partition) and where we look (regions).
 * Everything here that the user got wrong is a one-sentence error with exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CredentialsError, UsageError } from '../errors.js';
import type { CollectionFailure } from '../model/failure.js';
import type { AccountScope } from '../model/inventory.js';
import { AwsClients, type ClientSettings } from './aws-clients.js';
import { classifyError, errorCode } from './classify-error.js';
import { toFailure } from './collector.js';
import { isKnownRegion, partitionOfRegion, regionsOfPartition } from './partition-regions.js';
import { checkResponse } from './responses.js';
import type { CollectScope } from './collect-inventory.js';
import { partitionFromArn } from '../rules/arn.js';

export interface ScopeOptions {
  profile?: string;
  /** `--region`: the home region for global calls, and the only region scanned unless `regions` is given. */
  region?: string;
  /** `--regions`: the regions to scan. */
  regions?: string[];
  /** `--exclude-regions`: regions never scanned (applied after `regions` or the enabled-region default). */
  excludeRegions?: string[];
  /** `--role-arn`: scan through this role, assumed with the resolved credentials. */
  roleArn?: string;
  /** `--external-id`: passed to every sts:AssumeRole (the --role-arn one and the --org ones). */
  externalId?: string;
  endpointUrl?: string;
  maxAttempts: number;
  retryMode?: 'adaptive' | 'standard';
  timeoutMs: number;
}

export interface ResolvedScope extends CollectScope {
  clients: AwsClients;
  /** Regions asked for (or, by default, opt-in regions) that are not enabled in this account, so were skipped. */
  skippedRegions: string[];
}

/** The scanning principal: credentials (after --role-arn), home region, clients, and who it is. */
export interface Session {
  settings: ClientSettings;
  homeRegion: string;
  clients: AwsClients;
  account: AccountScope;
}

/** The role session name every sts:AssumeRole uses, so CloudTrail shows who read the account. */
export const ROLE_SESSION_NAME = 'dbgap-audit';
/** Renew assumed-role credentials this long before they expire. */
const CREDENTIAL_RENEWAL_MARGIN_MS = 5 * 60_000;
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/;

export function validateRoleArn(roleArn: string, flag: string): void {
  if (!ROLE_ARN_PATTERN.test(roleArn)) {
    throw new UsageError(`${flag} '${roleArn}' is not an IAM role ARN (expected arn:aws:iam::123456789012:role/NAME).`);
  }
}

/** Why sts:AssumeRole failed, as a collection failure naming the role (for results and the missing-permission list). */
export function assumeRoleFailure(error: unknown, roleArn: string): CollectionFailure {
  const failure = toFailure(error, 'sts.AssumeRole');
  failure.action = `sts:AssumeRole on ${roleArn}`;
  if (!failure.message.includes(roleArn)) failure.message = `${roleArn}: ${failure.message}`;
  return failure;
}

/**
 * Credentials of an assumed role, fetched once and renewed shortly before they expire (a large scan can outlast a
 * one-hour session). Concurrent callers share one AssumeRole call. `identity()` resolves with the first answer.
 */
export function assumeRoleCredentials(
  sts: STSClient,
  request: { roleArn: string; externalId?: string },
  clock: () => number = Date.now,
): AwsCredentialIdentityProvider & { assumedArn(): string | undefined } {
  let cached: { promise: Promise<AwsCredentialIdentity>; expiresAt: number } | undefined;
  let assumedArn: string | undefined;
  const fetchCredentials = async (): Promise<AwsCredentialIdentity> => {
    const response = await sts.send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: ROLE_SESSION_NAME,
        ...(request.externalId ? { ExternalId: request.externalId } : {}),
      }),
    );
    const credentials = response.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw Object.assign(new Error('AssumeRole returned no credentials'), { name: 'InvalidAssumeRoleResponse' });
    }
    assumedArn = response.AssumedRoleUser?.Arn;
    const expiration = credentials.Expiration ? new Date(credentials.Expiration) : undefined;
    return {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
      ...(expiration ? { expiration } : {}),
    };
  };
  const provider = (() => {
    if (!cached || clock() >= cached.expiresAt - CREDENTIAL_RENEWAL_MARGIN_MS) {
      const entry: { promise: Promise<AwsCredentialIdentity>; expiresAt: number } = {
        promise: Promise.resolve({ accessKeyId: '', secretAccessKey: '' }),
        expiresAt: Number.POSITIVE_INFINITY,
      };
      entry.promise = fetchCredentials().then(
        (identity) => {
          entry.expiresAt = identity.expiration?.getTime() ?? Number.POSITIVE_INFINITY;
          return identity;
        },
        (error: unknown) => {
          // Let a later call try again rather than repeat a stale rejection for the rest of the scan.
          if (cached === entry) cached = undefined;
          throw error;
        },
      );
      cached = entry;
    }
    return cached.promise;
  }) as AwsCredentialIdentityProvider & { assumedArn(): string | undefined };
  provider.assumedArn = () => assumedArn;
  return provider;
}

const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?|-isob)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;

export function isWellFormedRegion(region: string): boolean {
  return REGION_PATTERN.test(region);
}

/**
 * Every name must be a region the SDK's partition metadata knows (src/collect/partition-regions.ts): a typo such as
 * `us-east-9` is a usage error (exit 2) naming the valid regions, not a scan of a region that does not exist.
 */
export async function validateRegionNames(regions: readonly string[], flag: string): Promise<void> {
  for (const region of regions) {
    if (isWellFormedRegion(region) && (await isKnownRegion(region))) continue;
    const partitionId = isWellFormedRegion(region) ? partitionOfRegion(region) : 'aws';
    const valid = await regionsOfPartition(partitionId);
    const list = valid.length > 0 ? `the regions of the ${partitionId} partition are ${valid.join(', ')}` : 'expected a name like us-east-1';
    throw new UsageError(`Unknown AWS region '${region}' given to ${flag}: ${list}.`);
  }
}

function describeCredentialProblem(error: unknown, profile: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (profile) {
    return `The AWS profile '${profile}' (from --profile) has no usable credentials (${message.split('\n')[0]}).`;
  }
  return 'No AWS credentials were found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or --profile, or run where an instance or SSO role is available.';
}

/** Does the shared config or credentials file define `[profile NAME]` / `[NAME]`? (The SDK's error does not say.) */
async function profileExists(profile: string): Promise<boolean> {
  const home = homedir();
  const files = [
    process.env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    process.env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
  ];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const match of text.matchAll(/^\s*\[\s*(?:profile\s+)?([^\]]+?)\s*\]/gm)) {
      if (match[1] === profile) return true;
    }
  }
  return false;
}

async function resolveCredentials(profile: string | undefined): Promise<AwsCredentialIdentityProvider> {
  if (profile && !(await profileExists(profile))) {
    throw new CredentialsError(
      `The AWS profile '${profile}' (from --profile) was not found in ~/.aws/config or ~/.aws/credentials (or AWS_CONFIG_FILE/AWS_SHARED_CREDENTIALS_FILE).`,
    );
  }
  const provider = fromNodeProviderChain(profile ? { profile } : {});
  try {
    await provider();
  } catch (error) {
    throw new CredentialsError(describeCredentialProblem(error, profile), undefined, { cause: error });
  }
  return provider;
}

async function resolveHomeRegion(options: ScopeOptions): Promise<string> {
  if (options.region) return options.region;
  if (options.regions?.[0]) return options.regions[0];
  // The SDK's own chain: AWS_REGION, then the profile's `region`.
  const probe = new STSClient(options.profile ? { profile: options.profile } : {});
  try {
    return await probe.config.region();
  } catch {
    return 'us-east-1';
  } finally {
    probe.destroy();
  }
}

async function identifyCaller(clients: AwsClients, homeRegion: string, endpointUrl: string | undefined): Promise<AccountScope> {
  let callerArn: string | undefined;
  let accountId: string | undefined;
  try {
    const identity = await clients.get('sts', homeRegion).send(new GetCallerIdentityCommand({}));
    checkResponse('sts.GetCallerIdentity', identity);
    callerArn = identity.Arn;
    accountId = identity.Account;
  } catch (error) {
    const kind = classifyError(error);
    if (kind === 'network' || kind === 'timeout') {
      throw new CredentialsError(
        `Could not reach AWS STS${endpointUrl ? ` at ${endpointUrl}` : ''} to identify the account (${errorCode(error)}).`,
      );
    }
    throw new CredentialsError(`AWS rejected the credentials when asked who they belong to (sts:GetCallerIdentity: ${errorCode(error)}).`);
  }
  if (!accountId) throw new CredentialsError('AWS STS did not return an account id for these credentials.');
  return { id: accountId, partition: partitionFromArn(callerArn), ...(callerArn ? { callerArn } : {}) };
}

async function validateScopeOptions(options: ScopeOptions): Promise<void> {
  if (options.region) await validateRegionNames([options.region], '--region');
  if (options.regions) await validateRegionNames(options.regions, '--region');
  if (options.excludeRegions) await validateRegionNames(options.excludeRegions, '--exclude-regions');
  if (options.roleArn) validateRoleArn(options.roleArn, '--role-arn');
  if (options.endpointUrl) {
    try {
      new URL(options.endpointUrl);
    } catch {
      throw new UsageError(`--endpoint-url '${options.endpointUrl}' is not a valid URL.`);
    }
  }
}

/**
 * Credentials from the standard chain, then (with --role-arn) the assumed role; the home region; and the account
 * they belong to. A role that cannot be assumed is a credentials problem (exit 2), naming the role.
 */
export async function resolveSession(options: ScopeOptions): Promise<Session> {
  await validateScopeOptions(options);
  const baseCredentials = await resolveCredentials(options.profile);
  const homeRegion = await resolveHomeRegion(options);
  if (!isWellFormedRegion(homeRegion) || !(await isKnownRegion(homeRegion))) {
    throw new UsageError(`The configured AWS region '${homeRegion}' is not a valid region name; pass --region.`);
  }
  const baseSettings: ClientSettings = {
    credentials: baseCredentials,
    maxAttempts: options.maxAttempts,
    timeoutMs: options.timeoutMs,
    ...(options.retryMode ? { retryMode: options.retryMode } : {}),
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
  };
  let settings = baseSettings;
  let clients = new AwsClients(baseSettings);
  if (options.roleArn) {
    const base = clients;
    const role = assumeRoleCredentials(base.get('sts', homeRegion), {
      roleArn: options.roleArn,
      ...(options.externalId ? { externalId: options.externalId } : {}),
    });
    try {
      await role();
    } catch (error) {
      base.destroy();
      const failure = assumeRoleFailure(error, options.roleArn);
      throw new CredentialsError(`Could not assume the role ${options.roleArn} given to --role-arn (sts:AssumeRole: ${failure.code}).`, undefined, {
        cause: error,
      });
    }
    // The STS client of the base credentials keeps renewing the role's credentials, so it must outlive the scan;
    // it is destroyed with the session's clients through the wrapper below.
    settings = { ...baseSettings, credentials: role };
    clients = new AwsClients(settings);
    const destroyAssumed = clients.destroy.bind(clients);
    clients.destroy = () => {
      destroyAssumed();
      base.destroy();
    };
  }
  try {
    const account = await identifyCaller(clients, homeRegion, options.endpointUrl);
    return { settings, homeRegion, clients, account };
  } catch (error) {
    clients.destroy();
    throw error;
  }
}

export interface RegionSelection {
  regions: string[];
  skippedRegions: string[];
  scopeFailures: CollectionFailure[];
}

/**
 * The regions to scan in one account: `--regions` (or `--region`) if given, else every enabled region, minus
 * `--exclude-regions`. Opt-in regions that are not enabled are skipped and listed. An unknown region is a usage error.
 */
export async function resolveRegions(
  clients: AwsClients,
  homeRegion: string,
  options: Pick<ScopeOptions, 'region' | 'regions' | 'excludeRegions'>,
): Promise<RegionSelection> {
  const excluded = new Set(options.excludeRegions ?? []);
  const requested = options.regions ?? (options.region ? [options.region] : undefined);
  const scopeFailures: CollectionFailure[] = [];
  let regions: string[];
  let skippedRegions: string[] = [];
  try {
    const response = await clients.get('ec2', homeRegion).send(new DescribeRegionsCommand({ AllRegions: true }));
    checkResponse('ec2.DescribeRegions', response);
    const known = response.Regions ?? [];
    const knownNames = new Set(known.flatMap((region) => (region.RegionName ? [region.RegionName] : [])));
    const enabled = known
      .filter((region) => region.OptInStatus !== 'not-opted-in')
      .flatMap((region) => (region.RegionName ? [region.RegionName] : []));
    const unknown = [...(requested ?? []), ...excluded].filter((region) => knownNames.size > 0 && !knownNames.has(region));
    if (unknown.length > 0) {
      throw new UsageError(`Unknown AWS region '${unknown[0]}': this account's partition has no such region (it has ${[...knownNames].sort().join(', ')}).`);
    }
    if (requested) {
      regions = requested.filter((region) => enabled.includes(region) || knownNames.size === 0);
      skippedRegions = requested.filter((region) => !regions.includes(region));
    } else {
      regions = enabled.length > 0 ? [...enabled].sort() : [homeRegion];
      skippedRegions = [...knownNames].filter((region) => !enabled.includes(region)).sort();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Without DescribeRegions we cannot know the enabled regions: scan what was asked (or the home region) and
    // record the gap so that the scan is reported incomplete.
    regions = requested ?? [homeRegion];
    if (!requested) scopeFailures.push(toFailure(error, 'ec2.DescribeRegions', { region: homeRegion }));
  }
  regions = [...new Set(regions)].filter((region) => !excluded.has(region));
  skippedRegions = skippedRegions.filter((region) => !excluded.has(region));
  if (regions.length === 0 && skippedRegions.length === 0) {
    throw new UsageError('--exclude-regions leaves no region to scan.');
  }
  return { regions, skippedRegions, scopeFailures };
}

export async function resolveScope(options: ScopeOptions): Promise<ResolvedScope> {
  const session = await resolveSession(options);
  try {
    const selection = await resolveRegions(session.clients, session.homeRegion, options);
    return { account: session.account, homeRegion: session.homeRegion, clients: session.clients, ...selection };
  } catch (error) {
    session.clients.destroy();
    throw error;
  }
}

export const SCOPE_APIS = ['sts.GetCallerIdentity', 'ec2.DescribeRegions'] as const;
/** What the scanning principal (not the scanned accounts) needs for --org and --role-arn. */
export const ORG_APIS = ['organizations.ListAccounts', 'sts.AssumeRole'] as const;
