/** Inventory item types of Amazon Inspector (v2). */
import type { ResourceRef } from '../inventory.js';

/** Amazon Inspector for the scanned account in one region (BatchGetAccountStatus). */
export interface InspectorStatus extends ResourceRef {
  region: string;
  /** The account's state: ENABLED | ENABLING | DISABLED | DISABLING | SUSPENDED | SUSPENDING. */
  status: string;
  /** Each scan type's state by name (`EC2`, `ECR`, `LAMBDA`, `LAMBDA_CODE`, `CODE_REPOSITORY`); a type AWS did not report is absent. */
  scans: Record<string, string>;
}
