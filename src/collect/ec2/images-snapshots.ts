import { DescribeImageAttributeCommand, DescribeSnapshotAttributeCommand, GetImageBlockPublicAccessStateCommand, GetSerialConsoleAccessStatusCommand, GetSnapshotBlockPublicAccessStateCommand, paginateDescribeImages, paginateDescribeSnapshots } from '@aws-sdk/client-ec2';
import { attempt, attemptRequired, type CollectContext, defineCollector } from '../collector.js';
import { gathered, listingResult, shareListing, type SharedListing } from '../paginate.js';
import type { ApiName } from '../responses.js';
import { toTagMap } from '../tags.js';
import { imageArn, snapshotArn } from './arn.js';
import { regionalAccountRef } from '../../model/check.js';
import type { CollectionFailure } from '../../model/failure.js';
import type { AmiImage, AmiLaunchPermissions, EbsSnapshot, EbsSnapshotPermissions, ImageBlockPublicAccess, SerialConsoleAccess, SnapshotBlockPublicAccess } from '../../model/items/ec2.js';

/** A snapshot or image deleted between the listing and the attribute call: skip it, it no longer exists. */
const SNAPSHOT_GONE = ['InvalidSnapshot.NotFound'] as const;

export const IMAGE_GONE = ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'] as const;

/** The listed resources the account owns; the others are counted (scan metadata) and dropped. */
function ownedOnly<T extends { OwnerId?: string | undefined }>(context: CollectContext, api: ApiName, region: string, listed: readonly T[] | undefined): T[] {
  const all = listed ?? [];
  const owned = all.filter((resource) => resource.OwnerId === undefined || resource.OwnerId === context.account.id);
  if (owned.length < all.length) context.countNotOwned(api, region, all.length - owned.length);
  return owned;
}

/**
 * DescribeSnapshots(OwnerIds=self) once per region per scan, read page by page. An endpoint that ignores the filter
 * (some emulators list every public snapshot) must not make the scan call DescribeSnapshotAttribute on other
 * accounts' snapshots: snapshots whose OwnerId is another account are dropped here and counted in the inventory.
 */
function listedSnapshots(context: CollectContext, region: string): SharedListing<EbsSnapshot> {
  return context.memo(`ec2:snapshots:${region}`, () => {
    const client = context.clients.get('ec2', region);
    return shareListing({ api: 'ec2.DescribeSnapshots', region }, () => paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }), (page) => {
      return ownedOnly(context, 'ec2.DescribeSnapshots', region, page.Snapshots).map((snapshot): EbsSnapshot => {
        const snapshotId = snapshot.SnapshotId ?? '';
        const item: EbsSnapshot = {
          arn: snapshotArn(context.account.partition, region, snapshotId),
          region,
          snapshotId,
          encrypted: snapshot.Encrypted ?? false,
          tags: toTagMap(snapshot.Tags),
        };
        if (snapshot.VolumeId) item.volumeId = snapshot.VolumeId;
        if (snapshot.KmsKeyId) item.kmsKeyId = snapshot.KmsKeyId;
        if (snapshot.StartTime) item.startTime = new Date(snapshot.StartTime).toISOString();
        if (snapshot.Description) item.description = snapshot.Description;
        return item;
      });
    });
  });
}

/** DescribeImages(Owners=self) once per region per scan; images of other owners are dropped and counted, as snapshots are. */
function listedImages(context: CollectContext, region: string): SharedListing<AmiImage> {
  return context.memo(`ec2:images:${region}`, () => {
    const client = context.clients.get('ec2', region);
    return shareListing({ api: 'ec2.DescribeImages', region }, () => paginateDescribeImages({ client }, { Owners: ['self'] }), (page) => {
      return ownedOnly(context, 'ec2.DescribeImages', region, page.Images).map((image): AmiImage => {
        const imageId = image.ImageId ?? '';
        const item: AmiImage = {
          arn: imageArn(context.account.partition, region, imageId),
          region,
          imageId,
          isPublic: image.Public ?? false,
          snapshotIds: (image.BlockDeviceMappings ?? []).flatMap((mapping) => (mapping.Ebs?.SnapshotId ? [mapping.Ebs.SnapshotId] : [])),
        };
        if (image.Name) item.name = image.Name;
        if (image.State) item.state = image.State;
        if (image.CreationDate) item.creationDate = image.CreationDate;
        return item;
      });
    });
  });
}

export const ec2SnapshotsCollector = defineCollector({
  key: 'ec2Snapshots',
  scope: 'regional',
  apis: ['ec2.DescribeSnapshots'],
  collect: (context, region) => listingResult(listedSnapshots(context, region)),
});

export const ec2SnapshotPermissionsCollector = defineCollector({
  key: 'ec2SnapshotPermissions',
  scope: 'regional',
  apis: ['ec2.DescribeSnapshots', 'ec2.DescribeSnapshotAttribute'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const outcomes = await listedSnapshots(context, region).map(async (snapshot): Promise<{ item?: EbsSnapshotPermissions; failure?: CollectionFailure }> => {
      const response = await attempt(
        { api: 'ec2.DescribeSnapshotAttribute', region, resourceArn: snapshot.arn, absentOn: SNAPSHOT_GONE },
        () => client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshot.snapshotId, Attribute: 'createVolumePermission' })),
      );
      if (!response.ok) return { failure: response.failure };
      if (response.value === null) return {};
      const grants = response.value.CreateVolumePermissions ?? [];
      return {
        item: {
          arn: snapshot.arn,
          region,
          snapshotId: snapshot.snapshotId,
          isPublic: grants.some((grant) => grant.Group === 'all'),
          accountIds: grants.flatMap((grant) => (grant.UserId ? [grant.UserId] : [])),
        },
      };
    });
    return gathered(outcomes);
  },
});

export const ec2ImagesCollector = defineCollector({
  key: 'ec2Images',
  scope: 'regional',
  apis: ['ec2.DescribeImages'],
  collect: (context, region) => listingResult(listedImages(context, region)),
});

export const ec2ImagePermissionsCollector = defineCollector({
  key: 'ec2ImagePermissions',
  scope: 'regional',
  apis: ['ec2.DescribeImages', 'ec2.DescribeImageAttribute'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const outcomes = await listedImages(context, region).map(async (image): Promise<{ item?: AmiLaunchPermissions; failure?: CollectionFailure }> => {
      const response = await attempt(
        { api: 'ec2.DescribeImageAttribute', region, resourceArn: image.arn, absentOn: IMAGE_GONE },
        () => client.send(new DescribeImageAttributeCommand({ ImageId: image.imageId, Attribute: 'launchPermission' })),
      );
      if (!response.ok) return { failure: response.failure };
      if (response.value === null) return {};
      const grants = response.value.LaunchPermissions ?? [];
      return {
        item: {
          arn: image.arn,
          region,
          imageId: image.imageId,
          isPublic: grants.some((grant) => grant.Group === 'all'),
          accountIds: grants.flatMap((grant) => (grant.UserId ? [grant.UserId] : [])),
          organizationArns: grants.flatMap((grant) => (grant.OrganizationArn ? [grant.OrganizationArn] : [])),
          organizationalUnitArns: grants.flatMap((grant) => (grant.OrganizationalUnitArn ? [grant.OrganizationalUnitArn] : [])),
        },
      };
    });
    return gathered(outcomes);
  },
});

// The account settings below are recorded against the region's account resource, so a denied call makes that
// setting's result an error without tainting every snapshot or image of the region.
export const ec2SnapshotBlockPublicAccessCollector = defineCollector({
  key: 'ec2SnapshotBlockPublicAccess',
  scope: 'regional',
  apis: ['ec2.GetSnapshotBlockPublicAccessState'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const response = await attemptRequired({ api: 'ec2.GetSnapshotBlockPublicAccessState', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
      client.send(new GetSnapshotBlockPublicAccessStateCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const item: SnapshotBlockPublicAccess = {
      ...regionalAccountRef(context.account, 'ec2', region),
      region,
      state: response.value.State ?? 'unblocked',
    };
    if (response.value.ManagedBy) item.managedBy = response.value.ManagedBy;
    return { items: [item], failures: [] };
  },
});

export const ec2ImageBlockPublicAccessCollector = defineCollector({
  key: 'ec2ImageBlockPublicAccess',
  scope: 'regional',
  apis: ['ec2.GetImageBlockPublicAccessState'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const response = await attemptRequired({ api: 'ec2.GetImageBlockPublicAccessState', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
      client.send(new GetImageBlockPublicAccessStateCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const item: ImageBlockPublicAccess = {
      ...regionalAccountRef(context.account, 'ec2', region),
      region,
      state: response.value.ImageBlockPublicAccessState ?? 'unblocked',
    };
    if (response.value.ManagedBy) item.managedBy = response.value.ManagedBy;
    return { items: [item], failures: [] };
  },
});

export const ec2SerialConsoleCollector = defineCollector({
  key: 'ec2SerialConsole',
  scope: 'regional',
  apis: ['ec2.GetSerialConsoleAccessStatus'],
  async collect(context, region) {
    const client = context.clients.get('ec2', region);
    const response = await attemptRequired({ api: 'ec2.GetSerialConsoleAccessStatus', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
      client.send(new GetSerialConsoleAccessStatusCommand({})),
    );
    if (!response.ok) return { items: [], failures: [response.failure] };
    const item: SerialConsoleAccess = {
      ...regionalAccountRef(context.account, 'ec2', region),
      region,
      // Absent means AWS did not say it is enabled; the API's documented default is disabled.
      enabled: response.value.SerialConsoleAccessEnabled ?? false,
    };
    if (response.value.ManagedBy) item.managedBy = response.value.ManagedBy;
    return { items: [item], failures: [] };
  },
});
