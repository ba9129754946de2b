/** Inventory item types of SNS. */
import type { ResourceRef } from '../inventory.js';

/** The subscriptions of one SNS topic that an alarm notifies. */
export interface SnsTopicSubscriptions extends ResourceRef {
  region: string;
  topicArn: string;
  /** false when the topic no longer exists (NotFound). */
  topicExists: boolean;
  subscriptions: Array<{ protocol: string; confirmed: boolean }>;
}
