import { z } from 'zod';
import type { SnsTopicSubscriptions } from '../../model/items/sns.js';
import { itemSchema } from './common.js';

export const snsTopicSubscriptions = itemSchema<SnsTopicSubscriptions>()({
  region: z.string(),
  topicArn: z.string(),
  topicExists: z.boolean(),
  subscriptions: z.array(z.looseObject({ protocol: z.string(), confirmed: z.boolean() })),
});
