/**
 * The data inventory: every store found that holds or may hold controlled-access (dbGaP) data, in one shape, so a DAC
 * sees where the data lives (region, key, exposure, retention) before it reads the findings. Each AWS service that
 * keeps data contributes one source (`src/rules/data-stores/<service>.ts`) that reads its inventory keys; whether a
 * store holds dbGaP data is always decided by src/rules/data-classification.ts.
 */
import type { AccountScope, InventoryData } from '../../model/inventory.js';
import type { Settings } from '../../model/settings.js';
import { athenaDataStores } from './athena.js';
import { dynamodbStores } from './dynamodb.js';
import { ebsSnapshotStores, ebsVolumeStores } from './ec2.js';
import { efsStores } from './efs.js';
import { fsxStores } from './fsx.js';
import { rdsDataStores } from './rds.js';
import { redshiftStores } from './redshift.js';
import { s3BucketStores } from './s3.js';
import { sagemakerDataStores } from './sagemaker.js';

export interface DataStoreRecord {
  arn: string;
  /** Short kind, `<service>-<thing>`: `s3-bucket`, `ebs-volume`, `rds-instance`, `efs-file-system`… */
  kind: string;
  /** The service's display name (`Amazon S3`, `Amazon RDS`…). */
  service: string;
  /** Absent for global stores. */
  region?: string;
  name: string;
  /** true: classified as dbGaP data (`reason` says why); 'unknown': its tags could not be read and its name does not decide. */
  controlledData: boolean | 'unknown';
  reason: string | null;
  /** One phrase: `KMS customer key <arn>`, `AWS managed key`, `not encrypted`, `unknown (<IAM action> denied)`. */
  encryption: string;
  /** One phrase: `private`, `public`, `shared with 111122223333`, `publicly accessible endpoint`, `unknown`. */
  exposure: string;
  /** One phrase: `backups kept 7 days`, `lifecycle expires objects after 365 days`, `none configured`, `unknown`. */
  retention: string;
}

/**
 * The account and the time the inventory was collected: what a source needs to ask the IAM policy engine (S3
 * exposure); most sources ignore it.
 */
export interface DataStoreScope {
  account: AccountScope;
  now: Date;
}

/** One service's stores, read from the inventory keys it owns (absent keys give no stores). */
export type DataStoreSource = (inventory: InventoryData, settings: Settings, scope: DataStoreScope) => DataStoreRecord[];

/** Every source, one per service file; sorted by file name. */
export const DATA_STORE_SOURCES: ReadonlyArray<DataStoreSource> = [
  athenaDataStores,
  dynamodbStores,
  ebsSnapshotStores,
  ebsVolumeStores,
  efsStores,
  fsxStores,
  rdsDataStores,
  redshiftStores,
  s3BucketStores,
  sagemakerDataStores,
];

/** Every store of the inventory that holds or may hold dbGaP data (controlledData true or 'unknown'), sorted by ARN. */
export function dataInventory(inventory: InventoryData, settings: Settings, scope: DataStoreScope): DataStoreRecord[] {
  return DATA_STORE_SOURCES.flatMap((source) => source(inventory, settings, scope))
    .filter((store) => store.controlledData !== false)
    .sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
}
