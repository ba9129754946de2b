import { paginateListSubscriptionsByTopic } from '@aws-sdk/client-sns';
import { listAlarms } from './cloudwatch.js';
import { attempt, defineCollector, mapAll } from './collector.js';
import { collectPages } from './paginate.js';
import type { SnsTopicSubscriptions } from '../model/items/sns.js';

/** `arn:aws:sns:us-east-1:123456789012:alerts` → `us-east-1`; undefined for anything that is not an SNS topic ARN. */
export function snsTopicRegion(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts[0] === 'arn' && parts[2] === 'sns' && parts.length >= 6 && parts[3] ? parts[3] : undefined;
}

/** Subscriptions of every SNS topic that an alarm of this region notifies (alarms can only notify topics of their own region). */
export const snsSubscriptionsCollector = defineCollector({
  key: 'snsSubscriptions',
  scope: 'regional',
  apis: ['cloudwatch.DescribeAlarms', 'sns.ListSubscriptionsByTopic'],
  async collect(context, region) {
    const listing = await listAlarms(context, region);
    const failures = [...listing.failures];
    const topics = [...new Set(listing.alarms.flatMap((alarm) => alarm.alarmActions).filter((action) => snsTopicRegion(action)))].sort();
    const results = await mapAll(topics, async (topicArn): Promise<SnsTopicSubscriptions | undefined> => {
      const topicRegion = snsTopicRegion(topicArn) ?? region;
      const client = context.clients.get('sns', topicRegion);
      const listed = await attempt(
        context,
        { api: 'sns.ListSubscriptionsByTopic', region: topicRegion, resourceArn: topicArn, absentOn: ['NotFoundException', 'NotFound'] },
        async () => {
          return collectPages(paginateListSubscriptionsByTopic({ client }, { TopicArn: topicArn }), (page) => page.Subscriptions);
        },
      );
      if (!listed.ok) {
        failures.push(listed.failure);
        return undefined;
      }
      return {
        arn: topicArn,
        region: topicRegion,
        topicArn,
        topicExists: listed.value !== null,
        subscriptions: (listed.value ?? []).map((subscription) => ({
          protocol: subscription.Protocol ?? '',
          confirmed: !!subscription.SubscriptionArn && subscription.SubscriptionArn.startsWith('arn:'),
        })),
      };
    });
    return { items: results.filter((item): item is SnsTopicSubscriptions => item !== undefined), failures };
  },
});
