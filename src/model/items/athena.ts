/** Inventory item types of Amazon Athena. */
import type { ResourceRef } from '../inventory.js';

/** One Athena workgroup (ListWorkGroups + GetWorkGroup). */
export interface AthenaWorkGroup extends ResourceRef {
  region: string;
  name: string;
  /** ENABLED | DISABLED. */
  state: string;
  /** When false, each query's client-side settings override the workgroup's (so its encryption is only a default). */
  enforceWorkGroupConfiguration: boolean;
  /** SSE_S3 | SSE_KMS | CSE_KMS; absent when the workgroup sets no encryption for query results. */
  encryptionOption?: string;
  kmsKey?: string;
  /** s3://bucket/prefix of query results; absent when the workgroup sets none. */
  outputLocation?: string;
  /** Athena managed query results (kept by Athena, always encrypted) are on. */
  managedQueryResults: boolean;
  managedQueryResultsKmsKey?: string;
}
