import type { SnsTopicSubscriptions } from '../../src/model/items/sns.js';

export function aTopic(topicArn: string, subscriptions: SnsTopicSubscriptions['subscriptions'] = [{ protocol: 'email', confirmed: true }]): SnsTopicSubscriptions {
  return { arn: topicArn, region: topicArn.split(':')[3] ?? 'us-east-1', topicArn, topicExists: true, subscriptions };
}
