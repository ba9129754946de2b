import type { MacieStatus } from '../../src/model/items/macie.js';
import { ACCOUNT } from './inventory.js';

export function aMacieStatus(region: string, status: string, automatedDiscoveryStatus: string | null): MacieStatus {
  return { arn: `arn:aws:macie2:${region}:${ACCOUNT.id}:account`, region, status, automatedDiscoveryStatus };
}
