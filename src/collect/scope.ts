/**
 * Scope: who we are (credentials → STS account and partition) and where we look (regions).
 * Everything here that the user got wrong is a one-sentence error with exit code 2.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { CredentialsError, UsageError } from '../errors.js';
import type { CollectionFailure } from '../model/failure.js';
import { AwsClients, type ClientSettings } from './aws-clients.js';
import { classifyError, errorCode, toFailure } from './collector.js';
import type { CollectScope } from './collect-inventory.js';

export interface ScopeOptions {
  profile?: string;
  /** `--region`: the home region for global calls, and the only region scanned unless `regions` is given. */
  region?: string;
  /** `--regions`: the regions to scan. */
  regions?: string[];
  endpointUrl?: string;
  maxAttempts: number;
  timeoutMs: number;
}

export interface ResolvedScope extends CollectScope {
  clients: AwsClients;
  /** Regions asked for that are not enabled in this account, so were skipped. */
  skippedRegions: string[];
}

const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?|-isob)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;

export function isWellFormedRegion(region: string): boolean {
  return REGION_PATTERN.test(region);
}

export function validateRegionNames(regions: readonly string[], flag: string): void {
  for (const region of regions) {
    if (!isWellFormedRegion(region)) {
      throw new UsageError(`Unknown AWS region '${region}' given to ${flag} (expected a name like us-east-1).`);
    }
  }
}

export function partitionFromArn(arn: string | undefined): string {
  const partition = arn?.split(':')[1];
  return partition && partition.length > 0 ? partition : 'aws';
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

export async function resolveScope(options: ScopeOptions): Promise<ResolvedScope> {
  if (options.region) validateRegionNames([options.region], '--region');
  if (options.regions) validateRegionNames(options.regions, '--regions');
  if (options.endpointUrl) {
    try {
      new URL(options.endpointUrl);
    } catch {
      throw new UsageError(`--endpoint-url '${options.endpointUrl}' is not a valid URL.`);
    }
  }
  const credentials = await resolveCredentials(options.profile);
  const homeRegion = await resolveHomeRegion(options);
  if (!isWellFormedRegion(homeRegion)) {
    throw new UsageError(`The configured AWS region '${homeRegion}' is not a valid region name; pass --region.`);
  }
  const settings: ClientSettings = {
    credentials,
    maxAttempts: options.maxAttempts,
    timeoutMs: options.timeoutMs,
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
  };
  const clients = new AwsClients(settings);

  let callerArn: string | undefined;
  let accountId: string | undefined;
  try {
    const identity = await clients.get('sts', homeRegion).send(new GetCallerIdentityCommand({}));
    callerArn = identity.Arn;
    accountId = identity.Account;
  } catch (error) {
    clients.destroy();
    const kind = classifyError(error);
    if (kind === 'network' || kind === 'timeout') {
      throw new CredentialsError(
        `Could not reach AWS STS${options.endpointUrl ? ` at ${options.endpointUrl}` : ''} to identify the account (${errorCode(error)}).`,
      );
    }
    throw new CredentialsError(`AWS rejected the credentials when asked who they belong to (sts:GetCallerIdentity: ${errorCode(error)}).`);
  }
  if (!accountId) {
    clients.destroy();
    throw new CredentialsError('AWS STS did not return an account id for these credentials.');
  }
  const account = { id: accountId, partition: partitionFromArn(callerArn), ...(callerArn ? { callerArn } : {}) };

  const scopeFailures: CollectionFailure[] = [];
  const skippedRegions: string[] = [];
  let regions: string[];
  const requested = options.regions ?? (options.region ? [options.region] : undefined);
  try {
    const response = await clients
      .get('ec2', homeRegion)
      .send(new DescribeRegionsCommand({ AllRegions: true }));
    const known = response.Regions ?? [];
    const enabled = known
      .filter((region) => region.OptInStatus !== 'not-opted-in')
      .flatMap((region) => (region.RegionName ? [region.RegionName] : []));
    if (requested) {
      const knownNames = new Set(known.flatMap((region) => (region.RegionName ? [region.RegionName] : [])));
      const unknown = requested.filter((region) => knownNames.size > 0 && !knownNames.has(region));
      if (unknown.length > 0) {
        clients.destroy();
        throw new UsageError(`Unknown AWS region '${unknown[0]}': this account's partition has no such region.`);
      }
      regions = requested.filter((region) => enabled.includes(region) || knownNames.size === 0);
      skippedRegions.push(...requested.filter((region) => !regions.includes(region)));
    } else {
      regions = enabled.length > 0 ? enabled.sort() : [homeRegion];
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Without DescribeRegions we cannot know the enabled regions: scan what was asked (or the home region) and
    // record the gap so that the scan is reported incomplete.
    regions = requested ?? [homeRegion];
    if (!requested) scopeFailures.push(toFailure(error, 'ec2.DescribeRegions', { region: homeRegion }));
  }
  return { account, homeRegion, regions, scopeFailures, clients, skippedRegions };
}

export const SCOPE_APIS = ['sts.GetCallerIdentity', 'ec2.DescribeRegions'] as const;
