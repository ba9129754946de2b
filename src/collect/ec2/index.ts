/** The EC2 (and EBS, VPC) collectors, one per inventory key. */
import { ec2InstanceMetadataDefaultsCollector, ec2InstancesCollector, ec2UsedImagesCollector } from './instances.js';
import {
  ec2ImageBlockPublicAccessCollector,
  ec2ImagePermissionsCollector,
  ec2ImagesCollector,
  ec2SerialConsoleCollector,
  ec2SnapshotBlockPublicAccessCollector,
  ec2SnapshotPermissionsCollector,
  ec2SnapshotsCollector,
} from './images-snapshots.js';
import {
  ec2FlowLogsCollector,
  ec2NetworkAclsCollector,
  ec2NetworkInterfacesCollector,
  ec2PrefixListsCollector,
  ec2RouteTablesCollector,
  ec2SecurityGroupsCollector,
  ec2SubnetsCollector,
  ec2VpcEndpointsCollector,
  ec2VpcsCollector,
  ec2VpnConnectionsCollector,
} from './network.js';
import { ebsEncryptionDefaultsCollector, ec2VolumesCollector } from './volumes.js';

export const ec2Collectors = {
  ebsEncryptionDefaults: ebsEncryptionDefaultsCollector,
  ec2FlowLogs: ec2FlowLogsCollector,
  ec2ImageBlockPublicAccess: ec2ImageBlockPublicAccessCollector,
  ec2ImagePermissions: ec2ImagePermissionsCollector,
  ec2Images: ec2ImagesCollector,
  ec2InstanceMetadataDefaults: ec2InstanceMetadataDefaultsCollector,
  ec2Instances: ec2InstancesCollector,
  ec2NetworkAcls: ec2NetworkAclsCollector,
  ec2NetworkInterfaces: ec2NetworkInterfacesCollector,
  ec2PrefixLists: ec2PrefixListsCollector,
  ec2RouteTables: ec2RouteTablesCollector,
  ec2SecurityGroups: ec2SecurityGroupsCollector,
  ec2SerialConsole: ec2SerialConsoleCollector,
  ec2SnapshotBlockPublicAccess: ec2SnapshotBlockPublicAccessCollector,
  ec2SnapshotPermissions: ec2SnapshotPermissionsCollector,
  ec2Snapshots: ec2SnapshotsCollector,
  ec2Subnets: ec2SubnetsCollector,
  ec2UsedImages: ec2UsedImagesCollector,
  ec2Volumes: ec2VolumesCollector,
  ec2VpcEndpoints: ec2VpcEndpointsCollector,
  ec2Vpcs: ec2VpcsCollector,
  ec2VpnConnections: ec2VpnConnectionsCollector,
} as const;
