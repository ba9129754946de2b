/** Inventory item types of IAM Access Analyzer. */
import type { ResourceRef } from '../inventory.js';

/** An ACCOUNT or ORGANIZATION (external access) analyzer in one region. */
export interface AccessAnalyzer extends ResourceRef {
  region: string;
  name: string;
  type: string;
  status: string;
}

/** One ACTIVE finding of an external-access analyzer. `arn` is the analyzed resource's ARN. */
export interface AccessAnalyzerFinding extends ResourceRef {
  region: string;
  id: string;
  analyzerArn: string;
  resourceType: string;
  resourceOwnerAccount?: string;
  /** e.g. `{ AWS: '111122223333' }` or `{ Federated: 'cognito-identity.amazonaws.com' }`. */
  principal: Record<string, string>;
  isPublic: boolean;
  actions: string[];
  condition: Record<string, string>;
  status: string;
}
