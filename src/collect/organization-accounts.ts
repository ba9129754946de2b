/**
 * `--org`: the ACTIVE accounts of an AWS Organization (listed from the management or a delegated-administrator
 * account), filtered by --accounts / --exclude-accounts / --shard, each scanned through an assumed role, all in one
 * shared request pool. An account whose role cannot be assumed still gets an inventory: every needed key records
 * the sts:AssumeRole failure, so its checks become `error` results while the other accounts complete.
 */
import { paginateListAccounts, type Account } from '@aws-sdk/client-organizations';
import { CredentialsError, UsageError } from '../errors.js';
import type { CollectionFailure } from '../model/failure.js';
import { INVENTORY_SCHEMA_VERSION, type AccountScope, type Inventory, type InventoryData, type InventoryKey } from '../model/inventory.js';
import type { Settings } from '../model/settings.js';
import { TOOL } from '../version.js';
import { AwsClients } from './aws-clients.js';
import { classifyError, errorCode } from './classify-error.js';
import { collectInventory, ProgressTracker, type ProgressEvent } from './collect-inventory.js';
import { RequestPool } from './request-pool.js';
import { checkResponse } from './responses.js';
import { assumeRoleCredentials, assumeRoleFailure, resolveRegions, resolveSession, type ScopeOptions, type Session } from './scope.js';

export const DEFAULT_ORG_ROLE_NAME = 'OrganizationAccountAccessRole';

export interface OrganizationAccount {
  id: string;
  name?: string;
}

/** `--shard K/N`: the K-th (1-based) of N disjoint subsets of the accounts. */
export interface Shard {
  index: number;
  count: number;
}

export interface AccountFilters {
  accounts?: string[];
  excludeAccounts?: string[];
  shard?: Shard;
}

const ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const ROLE_NAME_PATTERN = /^[\w+=,.@/-]{1,512}$/;

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard '${text}' must be K/N with 1 <= K <= N (e.g. 2/4).`);
  }
  return { index, count };
}

/**
 * An account belongs to shard K/N when its id, as a number, is K-1 modulo N. It depends on the id alone, so shard
 * jobs agree even when the Organization gains or loses accounts between them, and anyone can predict it.
 */
export function isInShard(accountId: string, shard: Shard): boolean {
  return Number(accountId) % shard.count === shard.index - 1;
}

export function validateAccountIds(ids: readonly string[], flag: string): void {
  for (const id of ids) {
    if (!ACCOUNT_ID_PATTERN.test(id)) throw new UsageError(`'${id}' given to ${flag} is not a 12-digit AWS account id.`);
  }
}

/** Applies --accounts, --exclude-accounts and --shard; sorted by id. Asking for an account outside the Organization is a usage error. */
export function selectAccounts(accounts: readonly OrganizationAccount[], filters: AccountFilters): OrganizationAccount[] {
  const known = new Set(accounts.map((account) => account.id));
  for (const id of filters.accounts ?? []) {
    if (!known.has(id)) throw new UsageError(`Account ${id} given to --accounts is not an ACTIVE account of the Organization.`);
  }
  const selected = accounts
    .filter((account) => !filters.accounts?.length || filters.accounts.includes(account.id))
    .filter((account) => !(filters.excludeAccounts ?? []).includes(account.id))
    .filter((account) => !filters.shard || isInShard(account.id, filters.shard));
  return [...selected].sort((a, b) => a.id.localeCompare(b.id));
}

export function isActive(account: Account): boolean {
  // `State` replaces the deprecated `Status`; accept either.
  return (account.State ?? account.Status) === 'ACTIVE';
}

/** organizations:ListAccounts, every page, ACTIVE accounts only. Failing here means there is nothing to scan: exit 2. */
export async function listOrganizationAccounts(session: Session): Promise<OrganizationAccount[]> {
  const client = session.clients.get('organizations', session.homeRegion);
  const accounts: OrganizationAccount[] = [];
  try {
    for await (const page of paginateListAccounts({ client }, {})) {
      checkResponse('organizations.ListAccounts', page);
      for (const account of page.Accounts ?? []) {
        if (account.Id && isActive(account)) accounts.push({ id: account.Id, ...(account.Name ? { name: account.Name } : {}) });
      }
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'AWSOrganizationsNotInUseException') {
      throw new CredentialsError(`--org: account ${session.account.id} is not in an AWS Organization.`, undefined, { cause: error });
    }
    const hint = classifyError(error) === 'access-denied' ? ' Run --org from the management account or a delegated administrator.' : '';
    throw new CredentialsError(`--org could not list the Organization's accounts (organizations:ListAccounts: ${code}).${hint}`, undefined, {
      cause: error,
    });
  }
  return accounts;
}

export function roleArnFor(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** The inventory of an account that could not be entered: every needed key carries the sts:AssumeRole failure. */
export function unreachableInventory(
  account: AccountScope,
  keys: readonly InventoryKey[],
  failure: CollectionFailure,
  collectedAt: Date,
): Inventory {
  const data: InventoryData = {};
  for (const key of keys) (data as Record<string, unknown>)[key] = { items: [], failures: [failure], regions: [] };
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    generator: { ...TOOL },
    collectedAt: collectedAt.toISOString(),
    account,
    regions: [],
    scopeFailures: [failure],
    keys: data,
  };
}

export interface OrganizationScanOptions extends ScopeOptions, AccountFilters {
  orgRoleName?: string;
  concurrency: number;
  onProgress?: (event: ProgressEvent) => void;
  now?: () => Date;
}

export function validateOrganizationOptions(options: OrganizationScanOptions): void {
  if (options.accounts) validateAccountIds(options.accounts, '--accounts');
  if (options.excludeAccounts) validateAccountIds(options.excludeAccounts, '--exclude-accounts');
  if (options.orgRoleName !== undefined && !ROLE_NAME_PATTERN.test(options.orgRoleName)) {
    throw new UsageError(`--org-role-name '${options.orgRoleName}' is not a valid IAM role name.`);
  }
}

/** Lists, selects and collects every account of the Organization in one shared pool. One inventory per account, sorted by id. */
export async function collectOrganization(keys: readonly InventoryKey[], options: OrganizationScanOptions, settings: Settings): Promise<Inventory[]> {
  validateOrganizationOptions(options);
  const now = options.now ?? (() => new Date());
  const session = await resolveSession(options);
  try {
    const accounts = selectAccounts(await listOrganizationAccounts(session), options);
    if (accounts.length === 0) throw new UsageError('--org: the account filters (--accounts, --exclude-accounts, --shard) leave no account to scan.');
    const progress = options.onProgress ? new ProgressTracker(options.onProgress, accounts.length) : undefined;
    const pool = new RequestPool(options.concurrency, undefined, progress?.onPoolChange);
    session.clients.attachPool(pool);
    const roleName = options.orgRoleName ?? DEFAULT_ORG_ROLE_NAME;
    return await Promise.all(
      accounts.map(async (member) => {
        const inventory = await collectMember(member, { session, keys, options, settings, pool, roleName, now, ...(progress ? { progress } : {}) });
        // Collection failures were counted unit by unit; an unreachable account had no units, only its AssumeRole failure.
        const unreachable = inventory.scopeFailures.filter((failure) => failure.api === 'sts.AssumeRole').length;
        progress?.accountDone(unreachable);
        return inventory;
      }),
    );
  } finally {
    session.clients.destroy();
  }
}

interface MemberContext {
  session: Session;
  keys: readonly InventoryKey[];
  options: OrganizationScanOptions;
  settings: Settings;
  pool: RequestPool;
  roleName: string;
  now: () => Date;
  progress?: ProgressTracker;
}

async function collectMember(member: OrganizationAccount, context: MemberContext): Promise<Inventory> {
  const { session, options } = context;
  const partition = session.account.partition;
  const isSelf = member.id === session.account.id;
  const roleArn = roleArnFor(partition, member.id, context.roleName);
  let clients = session.clients;
  let account: AccountScope = { id: member.id, partition };
  if (!isSelf) {
    // The scanning principal itself needs no role to read its own account (the management account usually lacks it).
    const role = assumeRoleCredentials(session.clients.get('sts', session.homeRegion), {
      roleArn,
      ...(options.externalId ? { externalId: options.externalId } : {}),
    });
    try {
      await role();
    } catch (error) {
      return unreachableInventory(account, context.keys, assumeRoleFailure(error, roleArn), context.now());
    }
    const assumedArn = role.assumedArn();
    if (assumedArn) account = { ...account, callerArn: assumedArn };
    clients = new AwsClients({ ...session.settings, credentials: role });
    clients.attachPool(context.pool);
  } else if (session.account.callerArn) {
    account = { ...account, callerArn: session.account.callerArn };
  }
  try {
    const selection = await resolveRegions(clients, session.homeRegion, options);
    return await collectInventory({
      keys: context.keys,
      scope: { account, homeRegion: session.homeRegion, ...selection },
      clients,
      settings: context.settings,
      concurrency: options.concurrency,
      pool: context.pool,
      now: context.now,
      ...(context.progress ? { progress: context.progress } : {}),
    });
  } finally {
    if (!isSelf) clients.destroy();
  }
}
