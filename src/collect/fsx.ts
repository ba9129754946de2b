import { type FileSystem, paginateDescribeDataRepositoryAssociations, paginateDescribeFileSystems } from '@aws-sdk/client-fsx';
import type { FsxDataRepositoryAssociation, FsxFileSystem } from '../model/items/fsx.js';
import { type CollectContext, defineCollector } from './collector.js';
import { listAll } from './paginate.js';
import { toTagMap } from './tags.js';

/** AutomaticBackupRetentionDays lives in the configuration of each file system type. */
function retentionDays(fileSystem: FileSystem): number | null {
  return (
    fileSystem.WindowsConfiguration?.AutomaticBackupRetentionDays ??
    fileSystem.LustreConfiguration?.AutomaticBackupRetentionDays ??
    fileSystem.OntapConfiguration?.AutomaticBackupRetentionDays ??
    fileSystem.OpenZFSConfiguration?.AutomaticBackupRetentionDays ??
    null
  );
}

function toFileSystem(context: CollectContext, region: string, fileSystem: FileSystem): FsxFileSystem {
  const fileSystemId = fileSystem.FileSystemId ?? '';
  const item: FsxFileSystem = {
    arn: fileSystem.ResourceARN ?? `arn:${context.account.partition}:fsx:${region}:${context.account.id}:file-system/${fileSystemId}`,
    region,
    fileSystemId,
    fileSystemType: fileSystem.FileSystemType ?? 'UNKNOWN',
    lifecycle: fileSystem.Lifecycle ?? 'UNKNOWN',
    automaticBackupRetentionDays: retentionDays(fileSystem),
    tags: toTagMap(fileSystem.Tags),
  };
  if (fileSystem.KmsKeyId) item.kmsKeyId = fileSystem.KmsKeyId;
  const lustre = fileSystem.LustreConfiguration;
  if (lustre?.DeploymentType) item.deploymentType = lustre.DeploymentType;
  if (lustre?.DataRepositoryConfiguration?.ImportPath) item.importPath = lustre.DataRepositoryConfiguration.ImportPath;
  if (lustre?.DataRepositoryConfiguration?.ExportPath) item.exportPath = lustre.DataRepositoryConfiguration.ExportPath;
  return item;
}

export const fsxFileSystemsCollector = defineCollector({
  key: 'fsxFileSystems',
  scope: 'regional',
  apis: ['fsx.DescribeFileSystems'],
  async collect(context, region) {
    const client = context.clients.get('fsx', region);
    const listed = await listAll({ api: 'fsx.DescribeFileSystems', region }, () => paginateDescribeFileSystems({ client }, {}), (page) => page.FileSystems);
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    return { items: listed.value.map((fileSystem) => toFileSystem(context, region, fileSystem)), failures: [] };
  },
});

export const fsxDataRepositoryAssociationsCollector = defineCollector({
  key: 'fsxDataRepositoryAssociations',
  scope: 'regional',
  apis: ['fsx.DescribeDataRepositoryAssociations'],
  async collect(context, region) {
    const client = context.clients.get('fsx', region);
    const listed = await listAll(
      { api: 'fsx.DescribeDataRepositoryAssociations', region },
      () => paginateDescribeDataRepositoryAssociations({ client }, {}),
      (page) => page.Associations,
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((association): FsxDataRepositoryAssociation => {
      const associationId = association.AssociationId ?? '';
      const item: FsxDataRepositoryAssociation = {
        arn: association.ResourceARN ?? `arn:${context.account.partition}:fsx:${region}:${context.account.id}:association/${association.FileSystemId ?? ''}/${associationId}`,
        region,
        associationId,
        fileSystemId: association.FileSystemId ?? '',
        dataRepositoryPath: association.DataRepositoryPath ?? '',
      };
      if (association.FileSystemPath) item.fileSystemPath = association.FileSystemPath;
      if (association.Lifecycle) item.lifecycle = association.Lifecycle;
      return item;
    });
    return { items, failures: [] };
  },
});
