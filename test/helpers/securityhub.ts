import type { SecurityHubStandard, SecurityHubStatus } from '../../src/model/items/securityhub.js';
import { ACCOUNT } from './inventory.js';

export function aStandard(name: string, status = 'READY', statusReason?: string): SecurityHubStandard {
  return { standardsArn: `arn:aws:securityhub:us-east-1::standards/${name}`, name, status, ...(statusReason ? { statusReason } : {}) };
}

export function aHub(region: string, standards: SecurityHubStandard[] | null = [aStandard('aws-foundational-security-best-practices/v/1.0.0')], enabled = true): SecurityHubStatus {
  return { arn: `arn:aws:securityhub:${region}:${ACCOUNT.id}:hub/default`, region, enabled, standards };
}
