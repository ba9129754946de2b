/** Inventory items for Systems Manager State Manager association compliance. */
import type { ResourceRef } from '../inventory.js';

export interface SsmAssociationCompliance extends ResourceRef {
  region: string;
  resourceId: string;
  resourceType?: string;
  /** COMPLIANT | NON_COMPLIANT */
  status: string;
  compliantCount: number;
  nonCompliantCount: number;
  /** When the associations last ran (ExecutionSummary.ExecutionTime), if reported. */
  executionTime?: string;
}

declare module '../inventory.js' {
  interface InventoryItems {
    ssmAssociationCompliance: SsmAssociationCompliance;
  }
}
