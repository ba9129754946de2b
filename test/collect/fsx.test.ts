import { DescribeDataRepositoryAssociationsCommand, DescribeFileSystemsCommand, FSxClient } from '@aws-sdk/client-fsx';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const fsx = mockClient(FSxClient);
const arn = (id: string) => `arn:aws:fsx:us-east-1:123456789012:file-system/${id}`;

beforeEach(() => {
  fsx.reset();
  fsx.onAnyCommand().rejects(new Error('unexpected FSx command'));
});
afterEach(() => fsx.reset());

describe('FSx collectors', () => {
  it('reads each type’s backup retention and the legacy Lustre data repository', async () => {
    fsx.on(DescribeFileSystemsCommand).resolves({
      FileSystems: [
        {
          FileSystemId: 'fs-l',
          ResourceARN: arn('fs-l'),
          FileSystemType: 'LUSTRE',
          Lifecycle: 'AVAILABLE',
          KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
          LustreConfiguration: { DeploymentType: 'SCRATCH_2', DataRepositoryConfiguration: { ImportPath: 's3://in', ExportPath: 's3://in/out' } },
          Tags: [{ Key: 'dbgap:project', Value: 'phs1' }],
        },
        { FileSystemId: 'fs-w', ResourceARN: arn('fs-w'), FileSystemType: 'WINDOWS', Lifecycle: 'AVAILABLE', WindowsConfiguration: { AutomaticBackupRetentionDays: 0 } },
      ],
    });
    const inventory = await collect(['fsxFileSystems']);
    expect(inventory.keys.fsxFileSystems?.items).toEqual([
      {
        arn: arn('fs-l'),
        region: 'us-east-1',
        fileSystemId: 'fs-l',
        fileSystemType: 'LUSTRE',
        lifecycle: 'AVAILABLE',
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        deploymentType: 'SCRATCH_2',
        automaticBackupRetentionDays: null,
        importPath: 's3://in',
        exportPath: 's3://in/out',
        tags: { 'dbgap:project': 'phs1' },
      },
      { arn: arn('fs-w'), region: 'us-east-1', fileSystemId: 'fs-w', fileSystemType: 'WINDOWS', lifecycle: 'AVAILABLE', automaticBackupRetentionDays: 0, tags: {} },
    ]);
  });

  it('reads data repository associations page by page', async () => {
    fsx
      .on(DescribeDataRepositoryAssociationsCommand)
      .resolvesOnce({ Associations: [{ AssociationId: 'dra-1', ResourceARN: 'arn:aws:fsx:us-east-1:123456789012:association/fs-l/dra-1', FileSystemId: 'fs-l', DataRepositoryPath: 's3://data/p', FileSystemPath: '/ns' }], NextToken: 'n' })
      .resolvesOnce({ Associations: [{ AssociationId: 'dra-2', FileSystemId: 'fs-l', DataRepositoryPath: 's3://other' }] });
    const inventory = await collect(['fsxDataRepositoryAssociations']);
    expect(inventory.keys.fsxDataRepositoryAssociations?.items).toEqual([
      { arn: 'arn:aws:fsx:us-east-1:123456789012:association/fs-l/dra-1', region: 'us-east-1', associationId: 'dra-1', fileSystemId: 'fs-l', dataRepositoryPath: 's3://data/p', fileSystemPath: '/ns' },
      { arn: 'arn:aws:fsx:us-east-1:123456789012:association/fs-l/dra-2', region: 'us-east-1', associationId: 'dra-2', fileSystemId: 'fs-l', dataRepositoryPath: 's3://other' },
    ]);
  });

  it('records an association without its path as unreadable, and a denied listing', async () => {
    fsx.on(DescribeDataRepositoryAssociationsCommand).resolves({ Associations: [{ AssociationId: 'dra-1', FileSystemId: 'fs-l' }] });
    let inventory = await collect(['fsxDataRepositoryAssociations']);
    expect(inventory.keys.fsxDataRepositoryAssociations?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse' })]);
    fsx.on(DescribeDataRepositoryAssociationsCommand).rejects(awsError('AccessDeniedException', 400));
    inventory = await collect(['fsxDataRepositoryAssociations']);
    expect(inventory.keys.fsxDataRepositoryAssociations?.failures).toEqual([expect.objectContaining({ action: 'fsx:DescribeDataRepositoryAssociations' })]);
  });
});
