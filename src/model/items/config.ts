/** Inventory item types of AWS Config. */
import type { Fact } from '../failure.js';
import type { ResourceRef } from '../inventory.js';

/** A Config configuration recorder with its status merged in. */
export interface ConfigRecorder extends ResourceRef {
  region: string;
  name: string;
  /** PAID (customer) or INTERNAL (service-linked, e.g. Security Hub's), when AWS reports it. */
  recordingScope?: string;
  servicePrincipal?: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  recordingStrategy?: string;
  /**
   * null when the recorder has no status entry; unknown when DescribeConfigurationRecorderStatus failed (then
   * lastStatus and lastErrorCode are absent: they come from the same call).
   */
  recording: Fact<boolean | null>;
  /** PENDING, SUCCESS or FAILURE (upper-cased). */
  lastStatus?: string;
  lastErrorCode?: string;
}
