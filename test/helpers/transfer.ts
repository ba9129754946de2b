import type { TransferServer } from '../../src/model/items/transfer.js';
import { ACCOUNT } from './inventory.js';

export function aTransferServer(id: string, overrides: Partial<TransferServer> = {}): TransferServer {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:transfer:${region}:${ACCOUNT.id}:server/${id}`, region, serverId: id, protocols: ['SFTP'], endpointType: 'VPC', structuredLogDestinations: [], tags: {}, ...overrides };
}
