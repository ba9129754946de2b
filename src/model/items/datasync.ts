/** Inventory item types of AWS DataSync. */
import type { ResourceRef } from '../inventory.js';

/** One DataSync task (ListTasks + DescribeTask), with its locations' URIs (ListLocations). */
export interface DataSyncTask extends ResourceRef {
  region: string;
  name?: string;
  status?: string;
  sourceLocationArn?: string;
  destinationLocationArn?: string;
  /** `s3://bucket/prefix/`, `efs://…`, `nfs://…`; absent when the location is not listed in the task's region. */
  sourceLocationUri?: string;
  destinationLocationUri?: string;
}
