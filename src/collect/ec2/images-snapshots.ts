import { DescribeImageAttributeCommand, DescribeSnapshotAttributeCommand, GetImageBlockPublicAccessStateCommand, GetSerialConsoleAccessStatusCommand, GetSnapshotBlockPublicAccessStateCommand, paginateDescribeImages, paginateDescribeSnapshots } from '@aws-sdk/client-ec2';
import { attempt, attemptRequired, type CollectContext, defineCollector, mapAll } from '../collector.js';
import { collectPages } from '../paginate.js';
import { toTagMap } from '../tags.js';
import { imageArn, snapshotArn } from './arn.js';
import { regionalAccountRef } from '../../model/check.js';
import type { CollectionFailure } from '../../model/failure.js';
import type { AmiImage, AmiLaunchPermissions, EbsSnapshot, EbsSnapshotPermissions, ImageBlockPublicAccess, SerialConsoleAccess, SnapshotBlockPublicAccess } from '../../model/items/ec2.js';

/** A snapshot or image deleted between the listing and the attribute call: skip it, it no longer exists. */
const SNAPSHOT_GONE = ['InvalidSnapshot.NotFound'] as const;

export const IMAGE_GONE = ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'] as const;

interface Listing<T> {
  items: T[];
  failures: CollectionFailure[];
}

/** DescribeSnapshots(OwnerIds=self) once per region per scan. */
export function listSnapshots(context: CollectContext, region: string): Promise<Listing<EbsSnapshot>> {
  return context.memo(`ec2:snapshots:${region}`, async () => {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeSnapshots', region }, async () => {
      return collectPages(paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }), (page) => page.Snapshots);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((snapshot): EbsSnapshot => {
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
    return { items, failures: [] };
  });
}

/** DescribeImages(Owners=self) once per region per scan. */
export function listImages(context: CollectContext, region: string): Promise<Listing<AmiImage>> {
  return context.memo(`ec2:images:${region}`, async () => {
    const client = context.clients.get('ec2', region);
    const listed = await attemptRequired(context, { api: 'ec2.DescribeImages', region }, async () => {
      return collectPages(paginateDescribeImages({ client }, { Owners: ['self'] }), (page) => page.Images);
    });
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((image): AmiImage => {
      const imageId = image.ImageId ?? '';
      const item: AmiImage = {
        arn: imageArn(context.account.partition, region, imageId),
        region,
        imageId,
        isPublic: image.Public ?? false,
        snapshotIds: (image.BlockDeviceMappings ?? []).flatMap((mapping) =>
          mapping.Ebs?.SnapshotId ? [mapping.Ebs.SnapshotId] : [],
        ),
      };
      if (image.Name) item.name = image.Name;
      if (image.State) item.state = image.State;
      if (image.CreationDate) item.creationDate = image.CreationDate;
      return item;
    });
    return { items, failures: [] };
  });
}

export const ec2SnapshotsCollector = defineCollector({
  key: 'ec2Snapshots',
  scope: 'regional',
  apis: ['ec2.DescribeSnapshots'],
  async collect(context, region) {
    return listSnapshots(context, region);
  },
});

export const ec2SnapshotPermissionsCollector = defineCollector({
  key: 'ec2SnapshotPermissions',
  scope: 'regional',
  apis: ['ec2.DescribeSnapshots', 'ec2.DescribeSnapshotAttribute'],
  async collect(context, region) {
    const listing = await listSnapshots(context, region);
    const failures = [...listing.failures];
    const client = context.clients.get('ec2', region);
    const permissions = await mapAll(listing.items, async (snapshot): Promise<EbsSnapshotPermissions | undefined> => {
      const response = await attempt(
        context,
        { api: 'ec2.DescribeSnapshotAttribute', region, resourceArn: snapshot.arn, absentOn: SNAPSHOT_GONE },
        () =>
          client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshot.snapshotId, Attribute: 'createVolumePermission' })),
      );
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      if (response.value === null) return undefined;
      const grants = response.value.CreateVolumePermissions ?? [];
      return {
        arn: snapshot.arn,
        region,
        snapshotId: snapshot.snapshotId,
        isPublic: grants.some((grant) => grant.Group === 'all'),
        accountIds: grants.flatMap((grant) => (grant.UserId ? [grant.UserId] : [])),
      };
    });
    return { items: permissions.filter((item): item is EbsSnapshotPermissions => item !== undefined), failures };
  },
});

export const ec2ImagesCollector = defineCollector({
  key: 'ec2Images',
  scope: 'regional',
  apis: ['ec2.DescribeImages'],
  async collect(context, region) {
    return listImages(context, region);
  },
});

export const ec2ImagePermissionsCollector = defineCollector({
  key: 'ec2ImagePermissions',
  scope: 'regional',
  apis: ['ec2.DescribeImages', 'ec2.DescribeImageAttribute'],
  async collect(context, region) {
    const listing = await listImages(context, region);
    const failures = [...listing.failures];
    const client = context.clients.get('ec2', region);
    const permissions = await mapAll(listing.items, async (image): Promise<AmiLaunchPermissions | undefined> => {
      const response = await attempt(
        context,
        { api: 'ec2.DescribeImageAttribute', region, resourceArn: image.arn, absentOn: IMAGE_GONE },
        () => client.send(new DescribeImageAttributeCommand({ ImageId: image.imageId, Attribute: 'launchPermission' })),
      );
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      if (response.value === null) return undefined;
      const grants = response.value.LaunchPermissions ?? [];
      return {
        arn: image.arn,
        region,
        imageId: image.imageId,
        isPublic: grants.some((grant) => grant.Group === 'all'),
        accountIds: grants.flatMap((grant) => (grant.UserId ? [grant.UserId] : [])),
        organizationArns: grants.flatMap((grant) => (grant.OrganizationArn ? [grant.OrganizationArn] : [])),
        organizationalUnitArns: grants.flatMap((grant) => (grant.OrganizationalUnitArn ? [grant.OrganizationalUnitArn] : [])),
      };
    });
    return { items: permissions.filter((item): item is AmiLaunchPermissions => item !== undefined), failures };
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
    const response = await attemptRequired(context, { api: 'ec2.GetSnapshotBlockPublicAccessState', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
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
    const response = await attemptRequired(context, { api: 'ec2.GetImageBlockPublicAccessState', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
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
    const response = await attemptRequired(context, { api: 'ec2.GetSerialConsoleAccessStatus', region, resourceArn: regionalAccountRef(context.account, 'ec2', region).arn }, () =>
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
