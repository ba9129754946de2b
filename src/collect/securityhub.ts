import { DescribeHubCommand, paginateGetEnabledStandards } from '@aws-sdk/client-securityhub';
import type { SecurityHubStandard, SecurityHubStatus } from '../model/items/securityhub.js';
import { errorCode } from './classify-error.js';
import { attempt, defineCollector } from './collector.js';
import { listAll } from './paginate.js';

/**
 * Security Hub answers DescribeHub with InvalidAccessException ("Account … is not subscribed to AWS Security Hub")
 * in a region where it was never enabled. That is data (the hub is off), not a permission problem: a denied call is
 * AccessDeniedException. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html
 */
export function isSecurityHubNotSubscribed(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return errorCode(error) === 'InvalidAccessException' && /not subscribed/i.test(message);
}

/** `arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0` → the part after `standards/` (or `ruleset/`). */
export function standardName(standardsArn: string): string {
  const match = /:(?:standards|ruleset)\/(.+)$/.exec(standardsArn);
  return match?.[1] ?? standardsArn;
}

export const securityHubStatusCollector = defineCollector({
  key: 'securityHubStatus',
  scope: 'regional',
  apis: ['securityhub.DescribeHub', 'securityhub.GetEnabledStandards'],
  async collect(context, region) {
    const client = context.clients.get('securityhub', region);
    const arn = `arn:${context.account.partition}:securityhub:${region}:${context.account.id}:hub/default`;
    const hub = await attempt({ api: 'securityhub.DescribeHub', region, absentWhen: isSecurityHubNotSubscribed }, () => client.send(new DescribeHubCommand({})));
    if (!hub.ok) return { items: [], failures: [hub.failure] };
    if (!hub.value) return { items: [{ arn, region, enabled: false, standards: null }], failures: [] };
    const listed = await listAll({ api: 'securityhub.GetEnabledStandards', region, resourceArn: arn }, () => paginateGetEnabledStandards({ client }, {}), (page) => page.StandardsSubscriptions);
    const standards: SecurityHubStandard[] | null = listed.ok
      ? listed.value.map((subscription) => {
          const standard: SecurityHubStandard = {
            standardsArn: subscription.StandardsArn ?? '',
            name: standardName(subscription.StandardsArn ?? ''),
            status: subscription.StandardsStatus ?? 'UNKNOWN',
          };
          const reason = subscription.StandardsStatusReason?.StatusReasonCode;
          if (reason) standard.statusReason = reason;
          return standard;
        })
      : null;
    const item: SecurityHubStatus = { arn, region, enabled: true, standards };
    return { items: [item], failures: listed.ok ? [] : [listed.failure] };
  },
});
