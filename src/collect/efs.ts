import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeMountTargetSecurityGroupsCommand,
  paginateDescribeFileSystems,
  paginateDescribeMountTargets,
} from '@aws-sdk/client-efs';
import type { CollectionFailure } from '../model/failure.js';
import type { EfsBackupPolicy, EfsFileSystem, EfsFileSystemPolicy, EfsMountTarget, EfsMountTargets } from '../model/items/efs.js';
import { attempt, attemptRequired, type CollectContext, defineCollector, parsePolicyText } from './collector.js';
import { attemptPages, gathered, itemsOf, listingResult, shareListing, type SharedListing } from './paginate.js';
import { toTagMap } from './tags.js';

/** A file system or mount target deleted between the listing and the call. */
const GONE = ['FileSystemNotFound', 'MountTargetNotFound'] as const;

/** DescribeFileSystems once per region per scan, shared by every EFS collector. */
function listedFileSystems(context: CollectContext, region: string): SharedListing<EfsFileSystem> {
  return context.memo(`efs:file-systems:${region}`, () => {
    const client = context.clients.get('efs', region);
    return shareListing({ api: 'efs.DescribeFileSystems', region }, () => paginateDescribeFileSystems({ client }, {}), (page) =>
      (page.FileSystems ?? []).map((fileSystem): EfsFileSystem => {
        const fileSystemId = fileSystem.FileSystemId ?? '';
        const item: EfsFileSystem = {
          arn: fileSystem.FileSystemArn ?? `arn:${context.account.partition}:elasticfilesystem:${region}:${context.account.id}:file-system/${fileSystemId}`,
          region,
          fileSystemId,
          lifeCycleState: fileSystem.LifeCycleState ?? 'unknown',
          encrypted: fileSystem.Encrypted ?? false,
          tags: toTagMap(fileSystem.Tags),
        };
        if (fileSystem.Name) item.name = fileSystem.Name;
        if (fileSystem.KmsKeyId) item.kmsKeyId = fileSystem.KmsKeyId;
        return item;
      }),
    );
  });
}

export const efsFileSystemsCollector = defineCollector({
  key: 'efsFileSystems',
  scope: 'regional',
  apis: ['efs.DescribeFileSystems'],
  collect: (context, region) => listingResult(listedFileSystems(context, region)),
});

export const efsFileSystemPoliciesCollector = defineCollector({
  key: 'efsFileSystemPolicies',
  scope: 'regional',
  apis: ['efs.DescribeFileSystems', 'efs.DescribeFileSystemPolicy'],
  async collect(context, region) {
    const client = context.clients.get('efs', region);
    const outcomes = await listedFileSystems(context, region).map(async (fileSystem): Promise<{ item?: EfsFileSystemPolicy; failure?: CollectionFailure }> => {
      // PolicyNotFound: the file system has no policy, so EFS grants full access to every NFS client that can reach it.
      const response = await attempt(
        { api: 'efs.DescribeFileSystemPolicy', region, resourceArn: fileSystem.arn, absentOn: ['PolicyNotFound'] },
        () => client.send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystem.fileSystemId })),
      );
      if (!response.ok) return { failure: response.failure };
      return { item: { arn: fileSystem.arn, region, fileSystemId: fileSystem.fileSystemId, policy: parsePolicyText(response.value?.Policy) } };
    });
    return gathered(outcomes);
  },
});

export const efsMountTargetsCollector = defineCollector({
  key: 'efsMountTargets',
  scope: 'regional',
  apis: ['efs.DescribeFileSystems', 'efs.DescribeMountTargets', 'efs.DescribeMountTargetSecurityGroups'],
  async collect(context, region) {
    const client = context.clients.get('efs', region);
    const outcomes = await listedFileSystems(context, region).map(async (fileSystem): Promise<{ item?: EfsMountTargets; failure?: CollectionFailure }> => {
      const call = { region, resourceArn: fileSystem.arn };
      const listed = await attemptPages({ api: 'efs.DescribeMountTargets', ...call, absentOn: GONE }, () =>
        paginateDescribeMountTargets({ client }, { FileSystemId: fileSystem.fileSystemId }),
      );
      if (!listed.ok) return { failure: listed.failure };
      if (listed.value === null) return {};
      const mountTargets: EfsMountTarget[] = [];
      for (const target of itemsOf(listed.value, (page) => page.MountTargets)) {
        const mountTargetId = target.MountTargetId ?? '';
        const groups = await attemptRequired({ api: 'efs.DescribeMountTargetSecurityGroups', ...call }, () =>
          client.send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: mountTargetId })),
        );
        // One unread mount target leaves the file system's exposure unknown.
        if (!groups.ok) return { failure: groups.failure };
        const entry: EfsMountTarget = { mountTargetId, securityGroupIds: [...(groups.value.SecurityGroups ?? [])] };
        if (target.SubnetId) entry.subnetId = target.SubnetId;
        if (target.IpAddress) entry.ipAddress = target.IpAddress;
        if (target.AvailabilityZoneName) entry.availabilityZoneName = target.AvailabilityZoneName;
        mountTargets.push(entry);
      }
      return { item: { arn: fileSystem.arn, region, fileSystemId: fileSystem.fileSystemId, mountTargets } };
    });
    return gathered(outcomes);
  },
});

export const efsBackupPoliciesCollector = defineCollector({
  key: 'efsBackupPolicies',
  scope: 'regional',
  apis: ['efs.DescribeFileSystems', 'efs.DescribeBackupPolicy'],
  async collect(context, region) {
    const client = context.clients.get('efs', region);
    const outcomes = await listedFileSystems(context, region).map(async (fileSystem): Promise<{ item?: EfsBackupPolicy; failure?: CollectionFailure }> => {
      const response = await attempt(
        { api: 'efs.DescribeBackupPolicy', region, resourceArn: fileSystem.arn, absentOn: ['PolicyNotFound'] },
        () => client.send(new DescribeBackupPolicyCommand({ FileSystemId: fileSystem.fileSystemId })),
      );
      if (!response.ok) return { failure: response.failure };
      return { item: { arn: fileSystem.arn, region, fileSystemId: fileSystem.fileSystemId, status: response.value?.BackupPolicy?.Status ?? null } };
    });
    return gathered(outcomes);
  },
});
