/** Inventory item types of Systems Manager. */
import type { ResourceRef } from '../inventory.js';

export interface SsmManagedInstance extends ResourceRef {
  region: string;
  /** `i-…` for EC2 instances, `mi-…` for hybrid nodes. */
  instanceId: string;
  /** Online | ConnectionLost | Inactive */
  pingStatus: string;
  lastPingAt?: string;
  platformType?: string;
  platformName?: string;
  platformVersion?: string;
  agentVersion?: string;
  isLatestAgentVersion?: boolean;
  resourceType?: string;
}

export interface SsmPatchCompliance extends ResourceRef {
  region: string;
  resourceId: string;
  resourceType?: string;
  /** COMPLIANT | NON_COMPLIANT */
  status: string;
  /** When the last patch scan/install ran (ExecutionSummary.ExecutionTime), if reported. */
  executionTime?: string;
  nonCompliant: { critical: number; high: number; medium: number; low: number; informational: number; unspecified: number };
}

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
