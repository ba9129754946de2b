/** Runs the real collectors against aws-sdk-client-mock'ed clients. */
import { AwsClients } from '../../src/collect/aws-clients.js';
import { collectInventory } from '../../src/collect/collect-inventory.js';
import type { Inventory, InventoryKey } from '../../src/model/inventory.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { ACCOUNT, NOW } from './inventory.js';

export function testClients(): AwsClients {
  return new AwsClients({
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
    timeoutMs: 5_000,
  });
}

export async function collect(keys: InventoryKey[], options: { regions?: string[]; homeRegion?: string } = {}): Promise<Inventory> {
  const clients = testClients();
  try {
    return await collectInventory({
      keys,
      scope: {
        account: ACCOUNT,
        homeRegion: options.homeRegion ?? 'us-east-1',
        regions: options.regions ?? ['us-east-1'],
        scopeFailures: [],
      },
      clients,
      settings: DEFAULT_SETTINGS,
      concurrency: 8,
      sleep: async () => undefined,
      now: () => NOW,
    });
  } finally {
    clients.destroy();
  }
}

/** An SDK-shaped service error, as the SDK's deserializers produce them. */
export function awsError(name: string, httpStatusCode = 400, message = `${name} (test)`): Error {
  const error = new Error(message) as Error & { $metadata: { httpStatusCode: number }; $fault: string };
  error.name = name;
  error.$metadata = { httpStatusCode };
  error.$fault = httpStatusCode >= 500 ? 'server' : 'client';
  return error;
}
