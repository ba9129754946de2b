/**
 * Account facts that need no STS call: the IAM account alias, the SECURITY alternate contact, and which regions
 * of the partition are enabled (DescribeRegions with AllRegions, so opt-in regions show their status).
 */
import { GetAlternateContactCommand } from '@aws-sdk/client-account';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { paginateListAccountAliases } from '@aws-sdk/client-iam';
import { accountArn } from '../model/check.js';
import type { AccountAliases, AccountRegion, AccountSecurityContact } from '../model/items/account.js';
import { attempt, attemptRequired, defineCollector } from './collector.js';
import { collectPages } from './paginate.js';

/** Partitions where the Account Management API (and AWS's use of the security contact) is not offered. */
export const PARTITIONS_WITHOUT_ALTERNATE_CONTACTS: ReadonlySet<string> = new Set(['aws-us-gov', 'aws-iso', 'aws-iso-b']);

export const accountAliasesCollector = defineCollector({
  key: 'accountAliases',
  scope: 'global',
  apis: ['iam.ListAccountAliases'],
  async collect(context, region) {
    const client = context.clients.get('iam', region);
    const listed = await attemptRequired(context, { api: 'iam.ListAccountAliases', region }, async () => {
      return collectPages(paginateListAccountAliases({ client }, {}), (page) => page.AccountAliases);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const item: AccountAliases = { arn: accountArn(context.account), aliases: listed.value };
    return { items: [item], failures: [] };
  },
});

export const accountSecurityContactCollector = defineCollector({
  key: 'accountSecurityContact',
  scope: 'global',
  apis: ['account.GetAlternateContact'],
  async collect(context, region) {
    // Not offered there: asking would only add a failure that turns a not-applicable result into an error.
    if (PARTITIONS_WITHOUT_ALTERNATE_CONTACTS.has(context.account.partition)) return { items: [], failures: [] };
    const client = context.clients.get('account', region);
    const response = await attempt(
      context,
      { api: 'account.GetAlternateContact', region, absentOn: ['ResourceNotFoundException'] },
      () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const contact = response.value?.AlternateContact;
    const item: AccountSecurityContact = { arn: accountArn(context.account), isRegistered: contact !== undefined };
    // Name and title identify the contact for the evidence report; phone and e-mail are left out on purpose.
    if (contact?.Name) item.name = contact.Name;
    if (contact?.Title) item.title = contact.Title;
    return { items: [item], failures: [] };
  },
});

export const accountRegionsCollector = defineCollector({
  key: 'accountRegions',
  scope: 'global',
  apis: ['ec2.DescribeRegions'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const response = await attemptRequired(context, { api: 'ec2.DescribeRegions', region }, () =>
      client.send(new DescribeRegionsCommand({ AllRegions: true })),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const { partition, id } = context.account;
    const items = (response.value.Regions ?? [])
      .flatMap((entry): AccountRegion[] =>
        entry.RegionName
          ? [
              {
                // Regions have no ARN; this names the account's presence in the region.
                arn: `arn:${partition}:ec2:${entry.RegionName}:${id}:region/${entry.RegionName}`,
                regionName: entry.RegionName,
                optInStatus: entry.OptInStatus ?? 'opt-in-not-required',
              },
            ]
          : [],
      )
      .sort((a, b) => a.regionName.localeCompare(b.regionName));
    return { items, failures: [] };
  },
});
