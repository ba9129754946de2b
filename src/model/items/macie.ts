/** Inventory item types of Amazon Macie. */
import type { ResourceRef } from '../inventory.js';

/** Amazon Macie status in one region. */
export interface MacieStatus extends ResourceRef {
  region: string;
  /** ENABLED | PAUSED, or NOT_ENABLED when Macie was never turned on in the region. */
  status: string;
  /** ENABLED | DISABLED; null when Macie is not enabled (so the question does not arise). */
  automatedDiscoveryStatus: string | null;
}
