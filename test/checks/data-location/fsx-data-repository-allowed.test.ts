import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-location/fsx-data-repository-allowed.js';
import { anFsxAssociation, anFsxFileSystem } from '../../helpers/fsx.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const bucket = (name: string) => ({ arn: `arn:aws:s3:::${name}`, region: 'us-east-1', name });
const tags = (name: string, values: Record<string, string>) => ({ arn: `arn:aws:s3:::${name}`, region: 'us-east-1', bucket: name, tags: values });
const s3 = { s3Buckets: [bucket('dbgap-data'), bucket('scratch')], s3BucketTags: [tags('dbgap-data', { 'dbgap:project': 'phs1' }), tags('scratch', {})] };

// FSx for Lustre User Guide, "Linking your file system to an Amazon S3 bucket": associations import from and export to
// DataRepositoryPath; legacy file systems carry ImportPath/ExportPath in DataRepositoryConfiguration.
describe('fsx-data-repository-allowed', () => {
  it('passes a dbGaP file system linked to the account’s dbGaP bucket', () => {
    const results = run(check, { fsxFileSystems: [anFsxFileSystem('fs-1')], fsxDataRepositoryAssociations: [anFsxAssociation('dra-1', 'fs-1', 's3://dbgap-data/in')], ...s3 });
    expect(statuses(results)).toEqual(['pass']);
  });

  it('fails a dbGaP file system exporting to a bucket that is not dbGaP data', () => {
    const [result] = run(check, { fsxFileSystems: [anFsxFileSystem('fs-1', { exportPath: 's3://scratch/out' })], fsxDataRepositoryAssociations: [], ...s3 });
    expect([result?.status, result?.severity]).toEqual(['fail', 'high']);
  });

  it('fails a link to a bucket of another account (not listed), low outside dbGaP data', () => {
    const results = run(check, {
      fsxFileSystems: [anFsxFileSystem('fs-1'), anFsxFileSystem('fs-2', { tags: {} })],
      fsxDataRepositoryAssociations: [anFsxAssociation('dra-1', 'fs-1', 's3://someone-else/x'), anFsxAssociation('dra-2', 'fs-2', 's3://someone-else/x')],
      ...s3,
    });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'high'], ['fail', 'low']]);
  });

  it('passes a non-dbGaP file system linked to the account’s own bucket', () => {
    expect(statuses(run(check, { fsxFileSystems: [anFsxFileSystem('fs-1', { tags: {} })], fsxDataRepositoryAssociations: [anFsxAssociation('dra-1', 'fs-1', 's3://scratch/')], ...s3 }))).toEqual(['pass']);
  });

  it('is not applicable for file systems without a data repository', () => {
    expect(statuses(run(check, { fsxFileSystems: [anFsxFileSystem('fs-1')], fsxDataRepositoryAssociations: [], ...s3 }))).toEqual(['not_applicable']);
  });

  it('is an error when the associations could not be listed', () => {
    const results = run(check, {
      fsxFileSystems: [anFsxFileSystem('fs-1')],
      fsxDataRepositoryAssociations: { items: [], failures: [aFailure({ api: 'fsx.DescribeDataRepositoryAssociations', action: 'fsx:DescribeDataRepositoryAssociations' })] },
      ...s3,
    });
    expect(statuses(results)).toEqual(['error']);
  });
});
