import type { DataSyncTask } from '../../src/model/items/datasync.js';
import { ACCOUNT } from './inventory.js';

export function aDataSyncTask(id: string, destinationLocationUri: string | undefined, overrides: Partial<DataSyncTask> = {}): DataSyncTask {
  const region = overrides.region ?? 'us-east-1';
  const task: DataSyncTask = { arn: `arn:aws:datasync:${region}:${ACCOUNT.id}:task/${id}`, region, name: id, destinationLocationArn: `arn:aws:datasync:${region}:${ACCOUNT.id}:location/loc-${id}`, ...overrides };
  if (destinationLocationUri) task.destinationLocationUri = destinationLocationUri;
  return task;
}
