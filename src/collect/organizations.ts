/**
 * The AWS Organization around the account, and the service control policies that apply to it (walked from the
 * account up through its OUs to the root: DescribeEffectivePolicy does not support SCPs).
 */
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  paginateListParents,
  paginateListPoliciesForTarget,
  type DescribeOrganizationCommandOutput,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import { accountArn } from '../model/check.js';
import type { CollectionFailure } from '../model/failure.js';
import type { AccountServiceControlPolicies, OrganizationMembership, OrganizationTarget, ServiceControlPolicy } from '../model/items/organizations.js';
import { attempt, attemptRequired, defineCollector, type Attempt, type CollectContext, wholeKey } from './collector.js';
import { listAll } from './paginate.js';

/** DescribeOrganization once per scan. `value: null` = standalone account. */
function describeOrganization(context: CollectContext): Promise<Attempt<DescribeOrganizationCommandOutput | null>> {
  return context.memo('organizations:describe', () => {
    const region = context.homeRegion;
    const client = context.clients.get('organizations', region);
    return attempt(
      { api: 'organizations.DescribeOrganization', region, absentOn: ['AWSOrganizationsNotInUseException'] },
      () => client.send(new DescribeOrganizationCommand({})),
    );
  });
}

export const organizationCollector = defineCollector({
  key: 'organization',
  scope: 'global',
  apis: ['organizations.DescribeOrganization'],
  async collect(context) {
    const response = await describeOrganization(context);
    if (!response.ok) return { items: [], failures: [response.failure] };
    const organization = response.value?.Organization;
    const item: OrganizationMembership = { arn: accountArn(context.account), isMember: organization !== undefined };
    if (organization?.Id) item.organizationId = organization.Id;
    if (organization?.Arn) item.organizationArn = organization.Arn;
    if (organization?.FeatureSet) item.featureSet = organization.FeatureSet;
    if (organization?.MasterAccountId) item.managementAccountId = organization.MasterAccountId;
    return { items: [item], failures: [] };
  },
});

// The SCP walk is all or nothing: a partial set of SCPs could hide the one that denies other regions, so any
// failure is recorded for the whole key (wholeKey), which makes dependent checks `error`, never pass or fail.

function parseDocument(content: string | undefined): unknown {
  if (content === undefined) return null;
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return content;
  }
}

export const organizationScpsCollector = defineCollector({
  key: 'organizationScps',
  scope: 'global',
  apis: [
    'organizations.DescribeOrganization',
    'organizations.ListParents',
    'organizations.ListPoliciesForTarget',
    'organizations.DescribePolicy',
  ],
  async collect(context, region) {
    const described = await describeOrganization(context);
    if (!described.ok) return { items: [], failures: [wholeKey(described.failure)] };
    const organization = described.value?.Organization;
    // Standalone accounts and consolidated-billing organizations have no SCPs: nothing to walk.
    if (!organization || organization.FeatureSet !== 'ALL') return { items: [], failures: [] };
    const client = context.clients.get('organizations', region);

    // The SCPs of each target are asked as soon as the target is known (the account at once, each parent as the
    // walk up reaches it), and each policy's document as soon as the first target lists it.
    const documents = new Map<string, Promise<Attempt<string | undefined>>>();
    const policiesOf = async (target: OrganizationTarget): Promise<Attempt<PolicySummary[]>> => {
      const listed = await listAll(
        { api: 'organizations.ListPoliciesForTarget', region },
        () => paginateListPoliciesForTarget({ client }, { TargetId: target.id, Filter: 'SERVICE_CONTROL_POLICY' }),
        (page) => page.Policies,
      );
      if (!listed.ok) return listed;
      for (const summary of listed.value) {
        const policyId = summary.Id;
        if (!policyId || documents.has(policyId)) continue;
        documents.set(
          policyId,
          attemptRequired({ api: 'organizations.DescribePolicy', region }, () => client.send(new DescribePolicyCommand({ PolicyId: policyId }))).then(
            (response): Attempt<string | undefined> => (response.ok ? { ok: true, value: response.value.Policy?.Content } : response),
          ),
        );
      }
      return listed;
    };

    const path: OrganizationTarget[] = [{ id: context.account.id, type: 'ACCOUNT' }];
    const listings = [policiesOf(path[0] as OrganizationTarget)];
    // An organization is at most five OUs deep; the bound guards against a malformed answer looping forever.
    for (let depth = 0; depth < 8; depth += 1) {
      const child = path[path.length - 1];
      if (!child || child.type === 'ROOT') break;
      const parents = await listAll({ api: 'organizations.ListParents', region }, () => paginateListParents({ client }, { ChildId: child.id }), (page) => page.Parents);
      if (!parents.ok) return { items: [], failures: [wholeKey(parents.failure)] };
      const parent = parents.value.find((entry) => entry.Id && (entry.Type === 'ROOT' || entry.Type === 'ORGANIZATIONAL_UNIT'));
      if (!parent?.Id) break;
      const target: OrganizationTarget = { id: parent.Id, type: parent.Type === 'ROOT' ? 'ROOT' : 'ORGANIZATIONAL_UNIT' };
      path.push(target);
      listings.push(policiesOf(target));
    }

    // Assembled in path order, so the inventory is the same whichever answer came first.
    const policies = new Map<string, ServiceControlPolicy>();
    for (const [index, listing] of (await Promise.all(listings)).entries()) {
      if (!listing.ok) return { items: [], failures: [wholeKey(listing.failure)] };
      const target = path[index] as OrganizationTarget;
      for (const summary of listing.value) {
        if (!summary.Id) continue;
        const known = policies.get(summary.Id);
        if (known) {
          known.attachedTo.push(target.id);
          continue;
        }
        policies.set(summary.Id, {
          id: summary.Id,
          arn: summary.Arn ?? summary.Id,
          name: summary.Name ?? summary.Id,
          awsManaged: summary.AwsManaged ?? false,
          attachedTo: [target.id],
          document: null,
        });
      }
    }
    for (const policy of policies.values()) {
      const document = await (documents.get(policy.id) as Promise<Attempt<string | undefined>>);
      if (!document.ok) return { items: [], failures: [wholeKey(document.failure)] };
      policy.document = parseDocument(document.value);
    }
    const item: AccountServiceControlPolicies = {
      arn: accountArn(context.account),
      path,
      policies: [...policies.values()],
    };
    return { items: [item], failures: [] };
  },
});
