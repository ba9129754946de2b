/** IAM Access Analyzer inventory items (external-access analyzers and their active findings). */
import type { ResourceRef } from '../inventory.js';
import { SEVERITIES, type Severity } from '../severity.js';

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

declare module '../inventory.js' {
  interface InventoryItems {
    accessAnalyzers: AccessAnalyzer;
    accessAnalyzerFindings: AccessAnalyzerFinding;
  }
}

/** The accounts a policy may trust without a finding: the scanned account and settings.allowedAccounts. */
export function trustedAccounts(ownAccountId: string, allowedAccounts: readonly string[]): Set<string> {
  return new Set([ownAccountId, ...allowedAccounts]);
}

/** The most severe of several severities (the fallback when the list is empty). */
export function mostSevere(severities: readonly Severity[], fallback: Severity): Severity {
  return [...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0] ?? fallback;
}
