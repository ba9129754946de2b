/** Inventory item types of Amazon FSx. */
import type { ResourceRef } from '../inventory.js';

export interface FsxFileSystem extends ResourceRef {
  region: string;
  fileSystemId: string;
  /** LUSTRE | WINDOWS | ONTAP | OPENZFS */
  fileSystemType: string;
  lifecycle: string;
  /** FSx encrypts every file system at rest; this names the key when AWS reports it. */
  kmsKeyId?: string;
  /** Lustre deployment type (SCRATCH_1, SCRATCH_2, PERSISTENT_1, PERSISTENT_2). */
  deploymentType?: string;
  /** From the type's configuration; null when the configuration does not report it (scratch Lustre has no backups). */
  automaticBackupRetentionDays: number | null;
  /** Legacy Lustre data repository (DataRepositoryConfiguration): `s3://bucket/prefix` paths. */
  importPath?: string;
  exportPath?: string;
  tags: Record<string, string>;
}

/** One data repository association (DescribeDataRepositoryAssociations). */
export interface FsxDataRepositoryAssociation extends ResourceRef {
  region: string;
  associationId: string;
  fileSystemId: string;
  /** `s3://bucket/prefix` or an NFS path for File Cache. */
  dataRepositoryPath: string;
  fileSystemPath?: string;
  lifecycle?: string;
}
