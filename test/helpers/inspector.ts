import type { InspectorStatus } from '../../src/model/items/inspector.js';
import { ACCOUNT } from './inventory.js';

export function anInspectorStatus(region: string, status = 'ENABLED', scans: Record<string, string> = { EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'ENABLED' }): InspectorStatus {
  return { arn: `arn:aws:inspector2:${region}:${ACCOUNT.id}:account`, region, status, scans };
}
