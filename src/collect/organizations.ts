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
import { attempt, attemptRequired, defineCollector, type Attempt, type CollectContext } from './collector.js';

/** DescribeOrganization once per scan. `value: null` = standalone account. */
function describeOrganization(context: CollectContext): Promise<Attempt<DescribeOrganizationCommandOutput | null>> {
  return context.memo('organizations:describe', () => {
    const region = context.homeRegion;
    const client = context.clients.get('organizations', region);
    return attempt(
      context,
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

/**
 * The SCP walk is all or nothing: a partial set of SCPs could hide the one that denies other regions, so any
 * failure is recorded for the whole key (no region), which makes dependent checks `error`, never pass or fail.
 */
function wholeKey(failure: CollectionFailure): CollectionFailure {
  const { region: _region, resourceArn: _resource, ...rest } = failure;
  return rest;
}

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

    const path: OrganizationTarget[] = [{ id: context.account.id, type: 'ACCOUNT' }];
    // An organization is at most five OUs deep; the bound guards against a malformed answer looping forever.
    for (let depth = 0; depth < 8; depth += 1) {
      const child = path[path.length - 1];
      if (!child || child.type === 'ROOT') break;
      const parents = await attemptRequired(context, { api: 'organizations.ListParents', region }, async () => {
        const all: OrganizationTarget[] = [];
        for await (const page of paginateListParents({ client }, { ChildId: child.id })) {
          for (const parent of page.Parents ?? []) {
            if (parent.Id && (parent.Type === 'ROOT' || parent.Type === 'ORGANIZATIONAL_UNIT')) all.push({ id: parent.Id, type: parent.Type });
          }
        }
        return all;
      });
      if (!parents.ok) return { items: [], failures: [wholeKey(parents.failure)] };
      const parent = parents.value[0];
      if (!parent) break;
      path.push(parent);
    }

    const policies = new Map<string, ServiceControlPolicy>();
    for (const target of path) {
      const listed = await attemptRequired(context, { api: 'organizations.ListPoliciesForTarget', region }, async () => {
        const all: PolicySummary[] = [];
        for await (const page of paginateListPoliciesForTarget(
          { client },
          { TargetId: target.id, Filter: 'SERVICE_CONTROL_POLICY' },
        ))
          all.push(...(page.Policies ?? []));
        return all;
      });
      if (!listed.ok) return { items: [], failures: [wholeKey(listed.failure)] };
      for (const summary of listed.value) {
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
      const response = await attemptRequired(context, { api: 'organizations.DescribePolicy', region }, () =>
        client.send(new DescribePolicyCommand({ PolicyId: policy.id })),
      );
      if (!response.ok) return { items: [], failures: [wholeKey(response.failure)] };
      policy.document = parseDocument(response.value.Policy?.Content);
    }
    const item: AccountServiceControlPolicies = {
      arn: accountArn(context.account),
      path,
      policies: [...policies.values()],
    };
    return { items: [item], failures: [] };
  },
});
