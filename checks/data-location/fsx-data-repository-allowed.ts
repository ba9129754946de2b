import { defineCheck, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, isDbgapBucket, severityForStore } from '../../src/rules/data-classification.js';

/** The bucket of an `s3://bucket/prefix` path, or undefined for other repositories (NFS for File Cache). */
function bucketOf(path: string): string | undefined {
  const match = /^s3:\/\/([^/]+)/i.exec(path);
  return match?.[1];
}

export default defineCheck({
  id: 'fsx-data-repository-allowed',
  title: 'FSx for Lustre data repositories are the account’s own approved buckets',
  controlArea: 'data-location',
  severity: 'high',
  nist: { sp800_53r5: ['AC-4', 'CM-12', 'SA-9(5)'], sp800_171r2: ['3.1.3'], sp800_171r3: ['03.01.03', '03.04.11'] },
  needs: ['fsxFileSystems', 'fsxDataRepositoryAssociations', 's3Buckets', 's3BucketTags'],
  rationale:
    'A Lustre file system linked to an S3 data repository imports from and exports to that bucket, automatically when the association says so. Data written to a dbGaP file system then lands in the linked bucket: it has to be one of the account’s own buckets, classified as dbGaP data, so that the bucket’s controls apply to the copy.',
  remediation: {
    summary: 'Link the file system only to the account’s dbGaP buckets. Delete the association to an unapproved bucket (keeping the file system’s data) and create one to an approved bucket.',
    cli: 'aws fsx delete-data-repository-association --association-id ASSOCIATION_ID --no-delete-data-in-file-system  # unlinks the bucket; files stay on the file system and in the bucket',
    docUrl: 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/create-dra-linked-data-repo.html',
  },
  evaluate({ fsxFileSystems, fsxDataRepositoryAssociations, s3Buckets, s3BucketTags }, { settings }) {
    const ownBuckets = new Set(s3Buckets.map((bucket) => bucket.name));
    const tagsByBucket = new Map(s3BucketTags.map((entry) => [entry.bucket, entry.tags]));
    const associations = new Map<string, string[]>();
    for (const association of fsxDataRepositoryAssociations) {
      const key = `${association.region} ${association.fileSystemId}`;
      associations.set(key, [...(associations.get(key) ?? []), association.dataRepositoryPath]);
    }
    return fsxFileSystems.flatMap((fileSystem) => {
      const paths = [
        ...(associations.get(`${fileSystem.region} ${fileSystem.fileSystemId}`) ?? []),
        ...(fileSystem.importPath ? [fileSystem.importPath] : []),
        ...(fileSystem.exportPath ? [fileSystem.exportPath] : []),
      ];
      if (paths.length === 0) return [];
      const dbgap = holdsControlledData({ kind: 'fsx-file-system', name: fileSystem.fileSystemId, tags: fileSystem.tags }, settings);
      const label = `FSx file system ${fileSystem.fileSystemId}${dbgap ? ' (dbGaP data)' : ''}`;
      const problems: string[] = [];
      for (const path of [...new Set(paths)]) {
        const bucket = bucketOf(path);
        if (!bucket) continue;
        if (!ownBuckets.has(bucket)) {
          problems.push(`${path} is not a bucket of this account, so its owner and controls cannot be verified`);
          continue;
        }
        const bucketTags = tagsByBucket.get(bucket);
        if (dbgap && !isDbgapBucket(bucket, bucketTags, settings)) problems.push(`${path} is not classified as a dbGaP bucket${bucketTags ? '' : ' (its tags were not read)'}`);
      }
      if (problems.length > 0) return [fail(fileSystem, `${label} is linked to an unapproved data repository: ${problems.join('; ')}.`, severityForStore(dbgap, 'high'))];
      return [pass(fileSystem, `${label} is linked only to approved data repositories (${[...new Set(paths)].join(', ')}).`)];
    });
  },
});
