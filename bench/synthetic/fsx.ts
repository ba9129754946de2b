/** Amazon FSx in the synthetic account: Lustre (scratch and persistent, linked to buckets) and Windows file systems. */
import { indexesIn, paged, serviceError, type Input, type Output, type SyntheticAws } from '../synthetic-aws.js';

export function fsx(aws: SyntheticAws, api: string, region: string, input: Input): Output {
  const { accountId } = aws.options;
  const here = indexesIn(Math.max(1, Math.floor(aws.shape.scale / 3)), aws.shape.regions, region);
  const arn = (index: number) => `arn:aws:fsx:${region}:${accountId}:file-system/fs-0${index}`;
  switch (api) {
    case 'fsx.DescribeFileSystems': {
      const fileSystems = here.map((index) => {
        const base = {
          OwnerId: accountId,
          FileSystemId: `fs-0${index}`,
          ResourceARN: arn(index),
          Lifecycle: 'AVAILABLE',
          StorageCapacity: 1200,
          ...(index % 4 !== 1 ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/key-${index}` } : {}),
          Tags: index % 2 === 0 ? [{ Key: 'dbgap:project', Value: `phs${index}` }] : [],
        };
        if (index % 3 === 2) return { ...base, FileSystemType: 'WINDOWS', WindowsConfiguration: { AutomaticBackupRetentionDays: index % 2 === 0 ? 0 : 7 } };
        const scratch = index % 3 === 1;
        return {
          ...base,
          FileSystemType: 'LUSTRE',
          LustreConfiguration: {
            DeploymentType: scratch ? 'SCRATCH_2' : 'PERSISTENT_2',
            ...(scratch ? { DataRepositoryConfiguration: { ImportPath: `s3://${aws.bucketName(index)}`, ExportPath: `s3://${aws.bucketName(index)}/export` } } : { AutomaticBackupRetentionDays: index % 2 === 0 ? 7 : 0 }),
          },
        };
      });
      const page = paged(fileSystems, input, 'NextToken', 'MaxResults', 100);
      return { FileSystems: page.items, ...(page.next ? { NextToken: page.next } : {}) };
    }
    case 'fsx.DescribeDataRepositoryAssociations': {
      const associations = here
        .filter((index) => index % 3 === 0)
        .map((index) => ({
          AssociationId: `dra-0${index}`,
          ResourceARN: `arn:aws:fsx:${region}:${accountId}:association/fs-0${index}/dra-0${index}`,
          FileSystemId: `fs-0${index}`,
          Lifecycle: 'AVAILABLE',
          FileSystemPath: '/data',
          DataRepositoryPath: index % 2 === 0 ? `s3://${aws.bucketName(index)}/data` : 's3://partner-lab-shared/data',
        }));
      const page = paged(associations, input, 'NextToken', 'MaxResults', 25);
      return { Associations: page.items, ...(page.next ? { NextToken: page.next } : {}) };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
}
