/**
 * Service control policies asked through the IAM policy engine: "can an ordinary principal of this account use a
 * regional service in a region outside the allow-list?"
 *
 * SCP evaluation (AWS Organizations User Guide, "SCP evaluation"): a request is allowed only if, at every level of the
 * path from the root to the account, some SCP attached there allows it, and no SCP anywhere on the path denies it.
 * AWS keeps at least one SCP on every node, so a level the inventory shows without any counts as allowing.
 */
import {
  evaluatePolicy,
  findAllowedRequest,
  isAllowedByAll,
  pattern,
  stringCandidates,
  type AccessAnswer,
  type ParsedPolicy,
  type PolicyRequest,
} from './iam-policy/index.js';
import { and, not, or, type Truth } from './iam-policy/truth.js';

export interface ScpLevel {
  /** `organizational_unit ou-…`, `root r-…`, `account 1234…`. */
  readonly label: string;
  readonly policies: ReadonlyArray<{ readonly label: string; readonly policy: ParsedPolicy }>;
}

/** Actions that create or write regional storage and compute: where data could be placed. */
export const REGIONAL_ACTIONS = [
  's3:CreateBucket',
  's3:PutObject',
  'ec2:RunInstances',
  'ec2:CreateVolume',
  'ec2:CopySnapshot',
  'rds:CreateDBInstance',
  'dynamodb:CreateTable',
  'lambda:CreateFunction',
  'kms:CreateKey',
  'glacier:CreateVault',
];

/** Regions tried when the policies name none outside the allow-list. */
const REAL_REGIONS = ['eu-central-1', 'ap-southeast-2', 'sa-east-1', 'ca-central-1', 'us-east-2', 'us-east-1', 'us-west-2', 'eu-west-1'];
const REGION_KEY = 'aws:requestedregion';

function scpDecision(levels: readonly ScpLevel[], request: PolicyRequest): Truth {
  const all = levels.flatMap((level) => level.policies.map((entry) => entry.policy));
  let deny: Truth = 'F';
  for (const policy of all) {
    for (const statement of policy.statements) {
      if (statement.effect !== 'Deny') continue;
      deny = or(deny, evaluatePolicy({ ...policy, statements: [statement] }, request, { kind: 'identity' }).deny);
      if (deny === 'T') return 'F';
    }
  }
  let allowed: Truth = 'T';
  for (const level of levels) {
    if (level.policies.length === 0) continue;
    const allowOnly = level.policies.map((entry) => ({ ...entry.policy, statements: entry.policy.statements.filter((statement) => statement.effect === 'Allow') }));
    allowed = and(allowed, isAllowedByAll(allowOnly, request, { kind: 'identity' }));
    if (allowed === 'F') return 'F';
  }
  return and(allowed, not(deny));
}

/** Regions outside the allow-list that can change the verdict: one per combination of the policies' region patterns. */
export function candidateRegions(levels: readonly ScpLevel[], allowedRegions: readonly string[]): string[] {
  const values = levels.flatMap((level) =>
    level.policies.flatMap((entry) =>
      entry.policy.statements.flatMap((statement) =>
        statement.conditions.filter((condition) => condition.key === REGION_KEY && (condition.operator?.family === 'String' || condition.operator?.family === 'Arn')).flatMap((condition) => condition.values),
      ),
    ),
  );
  const allowed = new Set(allowedRegions.map((region) => region.toLowerCase()));
  const patterns = [...new Set(values)].map((text) => pattern(text, 'wildcard-ignore-case'));
  const owned = allowedRegions.map((region) => pattern(region, 'literal-ignore-case'));
  const witnesses = stringCandidates(patterns, owned).values;
  const real = REAL_REGIONS.find((region) => !allowed.has(region) && patterns.every((entry) => !entry.test(region)));
  const literals = values.filter((value) => !/[*?]/.test(value) && !allowed.has(value.toLowerCase()));
  return [...new Set([...literals, ...(real ? [real] : []), ...witnesses])].filter((region) => !allowed.has(region.toLowerCase()));
}

export interface RegionEscape {
  readonly region: string;
  readonly answer: AccessAnswer;
}

/** The first request outside the allowed regions the SCPs let through (or may), if any. */
export function regionEscape(levels: readonly ScpLevel[], allowedRegions: readonly string[], scope: { account: { id: string; partition: string }; now: Date }): RegionEscape | undefined {
  const policies = levels.flatMap((level) => level.policies.map((entry) => entry.policy));
  let unknown: RegionEscape | undefined;
  for (const region of candidateRegions(levels, allowedRegions)) {
    const answer = findAllowedRequest({
      policies,
      kind: 'identity',
      outsider: { kind: 'own-account', principals: 'ordinary', network: 'anywhere' },
      target: { kind: 'any-resource', partition: scope.account.partition },
      actions: { names: REGIONAL_ACTIONS },
      account: scope.account,
      trustedAccounts: [],
      now: scope.now,
      fixedContext: { [REGION_KEY]: region },
      decide: (request) => scpDecision(levels, request),
    });
    if (answer.verdict === 'allowed') return { region, answer };
    if (answer.verdict === 'unknown') unknown ??= { region, answer };
  }
  return unknown;
}

/** What stops a request: the SCPs whose Deny applies, or the first level where no SCP allows it. */
export function whatStops(levels: readonly ScpLevel[], request: PolicyRequest): { denies: string[]; levelWithoutAllow?: ScpLevel } {
  const denies = levels.flatMap((level) =>
    level.policies.filter((entry) => evaluatePolicy(entry.policy, request, { kind: 'identity' }).deny === 'T').map((entry) => entry.label),
  );
  const levelWithoutAllow = levels.find(
    (level) => level.policies.length > 0 && level.policies.every((entry) => evaluatePolicy(entry.policy, request, { kind: 'identity' }).allow !== 'T'),
  );
  return levelWithoutAllow ? { denies: [...new Set(denies)], levelWithoutAllow } : { denies: [...new Set(denies)] };
}
