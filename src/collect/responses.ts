/**
 * What AWS always sends, per operation the collectors call: one zod schema per API (`service.Operation`) for the
 * parsed answer, and for S3's REST-XML operations the root element of the body. An answer that does not match is
 * `UnreadableResponse` (a failure naming the API and its IAM action), never "not configured": an HTTP 200 with an
 * empty body, an HTML page from a proxy, a truncated document or a wrong type must not read as "no policy".
 *
 * Two layers, because the SDK's deserializers hide some of it:
 * - the body itself (checked on the wire by the response-integrity middleware, src/collect/aws-clients.ts): a 2xx
 *   answer must be a complete document of the operation's protocol, with the documented root element. The SDK
 *   reads an empty or HTML body of an XML operation as `{}`, exactly like an unversioned bucket's legitimate
 *   `<VersioningConfiguration/>`; only the raw body tells them apart;
 * - the parsed answer (checked in attempt(), src/collect/collector.ts, so aws-sdk-client-mock tests go through it
 *   too): the elements AWS always sends are present and of the right type. Optional elements stay optional: an
 *   unversioned bucket has no `Status`, a bucket without logging has no `LoggingEnabled`.
 *
 * Rules for a schema: require what the AWS API reference documents as always present and what a verdict reads in
 * the "nothing to see here" direction (a list of grants, of findings, of snapshots: an empty answer must not read as
 * an empty list); type every field a collector reads; let everything else through (`looseObject`).
 */
import { NormalizedSchema } from '@smithy/core/schema';
import { z } from 'zod';

/**
 * How a service encodes its answers on the wire (the SDK protocol of its client). `rest-json` answers are one JSON object in
 * the body, like `json`; the two differ only in how requests are addressed.
 */
export type WireProtocol = 'rest-xml' | 'query' | 'ec2' | 'json' | 'rest-json';

export const SERVICE_PROTOCOLS: Readonly<Record<string, WireProtocol>> = {
  accessanalyzer: 'json',
  account: 'json',
  athena: 'json',
  backup: 'rest-json',
  batch: 'rest-json',
  cloudtrail: 'json',
  // CloudWatch answers in AWS JSON 1.0 since the SDK moved it off the Query protocol.
  cloudwatch: 'json',
  config: 'json',
  datasync: 'json',
  dynamodb: 'json',
  ec2: 'ec2',
  efs: 'rest-json',
  emr: 'json',
  fsx: 'json',
  glue: 'json',
  guardduty: 'json',
  iam: 'query',
  inspector2: 'rest-json',
  kms: 'json',
  lambda: 'rest-json',
  logs: 'json',
  macie2: 'json',
  organizations: 'json',
  ram: 'rest-json',
  rds: 'query',
  redshift: 'query',
  s3: 'rest-xml',
  s3control: 'rest-xml',
  sagemaker: 'json',
  securityhub: 'rest-json',
  sns: 'query',
  ssm: 'json',
  sts: 'query',
  transfer: 'json',
};

export interface ResponseContract {
  schema: z.ZodType;
  /**
   * REST-XML only: the root element of a 2xx body (from the S3 API reference's response syntax), or `json` for
   * operations whose body is a JSON document (GetBucketPolicy). Query and EC2 answers are `<OperationResponse>`;
   * JSON answers are one JSON object.
   */
  xmlRoot?: string;
}

const text = z.string();
const flag = z.boolean();
const count = z.number();
const time = z.date();
const shape = z.looseObject;
const list = z.array;
/** Tags as AWS lists them (`[{ Key, Value }]`). */
const tags = list(shape({ Key: text, Value: text.optional() })).optional();

function isPolicyDocument(value: string): boolean {
  try {
    const parsed = JSON.parse(value) as { Statement?: unknown } | null;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && typeof parsed.Statement === 'object' && parsed.Statement !== null;
  } catch {
    return false;
  }
}

/**
 * A policy document: AWS always returns one JSON object with a Statement. A truncated or HTML "policy", or some other
 * JSON object, is no policy at all (read as one, it would grant nothing and so hide what the real one grants).
 */
const policyDocument = text.refine(isPolicyDocument, { message: 'is not a JSON policy document with a Statement' });

const ipPermission = shape({
  IpProtocol: text,
  FromPort: count.optional(),
  ToPort: count.optional(),
  IpRanges: list(shape({ CidrIp: text })).optional(),
  Ipv6Ranges: list(shape({ CidrIpv6: text })).optional(),
  PrefixListIds: list(shape({ PrefixListId: text })).optional(),
  UserIdGroupPairs: list(shape({ GroupId: text.optional() })).optional(),
});

const launchPermission = shape({
  Group: text.optional(),
  UserId: text.optional(),
  OrganizationArn: text.optional(),
  OrganizationalUnitArn: text.optional(),
});

const publicAccessBlock = shape({
  BlockPublicAcls: flag.optional(),
  IgnorePublicAcls: flag.optional(),
  BlockPublicPolicy: flag.optional(),
  RestrictPublicBuckets: flag.optional(),
});

const detector = shape({
  Status: text,
  DataSources: shape({}).optional(),
  Features: list(shape({ Name: text.optional(), Status: text.optional() })).optional(),
});

/**
 * The JSON document of an EMR security configuration (DescribeSecurityConfiguration returns it as a string):
 * https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html. Every key is
 * optional (a configuration may only set up Kerberos), but a key that is there has its documented type: a flag that
 * reads "yes" is a garbled answer, not "encryption off".
 */
export const emrSecurityDocument = shape({
  EncryptionConfiguration: shape({
    EnableAtRestEncryption: flag.optional(),
    EnableInTransitEncryption: flag.optional(),
    AtRestEncryptionConfiguration: shape({
      S3EncryptionConfiguration: shape({ EncryptionMode: text.optional() }).optional(),
      LocalDiskEncryptionConfiguration: shape({ EncryptionKeyProviderType: text.optional(), EnableEbsEncryption: flag.optional() }).optional(),
    }).optional(),
  }).optional(),
});

function isEmrSecurityDocument(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && emrSecurityDocument.safeParse(parsed).success;
  } catch {
    return false;
  }
}

/** The contract of every API the collectors (and the scope and --org resolution) send, by `service.Operation`. */
export const RESPONSES = {
  'accessanalyzer.ListAnalyzers': { schema: shape({ analyzers: list(shape({ arn: text, type: text, status: text })) }) },
  'accessanalyzer.ListFindings': {
    schema: shape({
      findings: list(shape({ id: text, resourceType: text, status: text, isPublic: flag.optional(), resource: text.optional(), action: list(text).optional() })),
    }),
  },
  'account.GetAlternateContact': {
    schema: shape({ AlternateContact: shape({ AlternateContactType: text.optional(), Name: text.optional(), Title: text.optional() }) }),
  },
  'athena.GetWorkGroup': {
    schema: shape({
      WorkGroup: shape({
        Name: text,
        State: text.optional(),
        Configuration: shape({
          ResultConfiguration: shape({
            OutputLocation: text.optional(),
            EncryptionConfiguration: shape({ EncryptionOption: text, KmsKey: text.optional() }).optional(),
          }).optional(),
          ManagedQueryResultsConfiguration: shape({ Enabled: flag, EncryptionConfiguration: shape({ KmsKey: text }).optional() }).optional(),
          EnforceWorkGroupConfiguration: flag.optional(),
        }),
      }),
    }),
  },
  'athena.ListWorkGroups': { schema: shape({ WorkGroups: list(shape({ Name: text, State: text.optional() })) }) },
  'backup.GetBackupVaultAccessPolicy': { schema: shape({ Policy: policyDocument }) },
  'backup.ListBackupVaults': {
    schema: shape({
      BackupVaultList: list(shape({ BackupVaultName: text, BackupVaultArn: text, EncryptionKeyArn: text.optional(), Locked: flag.optional(), MinRetentionDays: count.optional() })),
    }),
  },
  'backup.ListRecoveryPointsByBackupVault': {
    schema: shape({ RecoveryPoints: list(shape({ RecoveryPointArn: text, ResourceArn: text.optional(), CalculatedLifecycle: shape({ DeleteAt: time.optional() }).optional() })) }),
  },
  // A vault without tags answers an empty map: a missing map must not read as "untagged".
  'backup.ListTags': { schema: shape({ Tags: z.record(text, text) }) },
  'batch.DescribeComputeEnvironments': {
    schema: shape({
      computeEnvironments: list(
        shape({ computeEnvironmentName: text, computeEnvironmentArn: text, type: text.optional(), computeResources: shape({ type: text.optional(), subnets: list(text).optional() }).optional() }),
      ),
    }),
  },
  'cloudtrail.DescribeTrails': { schema: shape({ trailList: list(shape({ TrailARN: text, Name: text, IsMultiRegionTrail: flag.optional() })) }) },
  'cloudtrail.GetEventSelectors': {
    // A trail always has classic or advanced selectors; neither would read as "logs every management event".
    schema: shape({
      EventSelectors: list(shape({ ReadWriteType: text.optional(), IncludeManagementEvents: flag.optional() })).optional(),
      AdvancedEventSelectors: list(shape({ FieldSelectors: list(shape({ Field: text })) })).optional(),
    }).refine((output) => output.EventSelectors !== undefined || output.AdvancedEventSelectors !== undefined, {
      message: 'has neither EventSelectors nor AdvancedEventSelectors',
    }),
  },
  'cloudtrail.GetTrailStatus': { schema: shape({ IsLogging: flag, LatestDeliveryError: text.optional() }) },
  'cloudwatch.DescribeAlarms': {
    schema: shape({ MetricAlarms: list(shape({ AlarmName: text, AlarmActions: list(text).optional(), ActionsEnabled: flag.optional() })) }),
  },
  'config.DescribeConfigurationRecorderStatus': {
    schema: shape({ ConfigurationRecordersStatus: list(shape({ name: text.optional(), recording: flag.optional() })) }),
  },
  'config.DescribeConfigurationRecorders': { schema: shape({ ConfigurationRecorders: list(shape({ name: text.optional() })) }) },
  'datasync.DescribeTask': { schema: shape({ TaskArn: text, SourceLocationArn: text.optional(), DestinationLocationArn: text.optional() }) },
  'datasync.ListLocations': { schema: shape({ Locations: list(shape({ LocationArn: text, LocationUri: text.optional() })) }) },
  'datasync.ListTasks': { schema: shape({ Tasks: list(shape({ TaskArn: text })) }) },
  'dynamodb.DescribeContinuousBackups': {
    schema: shape({ ContinuousBackupsDescription: shape({ ContinuousBackupsStatus: text, PointInTimeRecoveryDescription: shape({ PointInTimeRecoveryStatus: text.optional(), RecoveryPeriodInDays: count.optional() }).optional() }) }),
  },
  // No SSEDescription is documented (the AWS owned key); it reads as the weakest key, never as a customer key.
  'dynamodb.DescribeTable': {
    schema: shape({ Table: shape({ TableName: text, TableStatus: text.optional(), SSEDescription: shape({ SSEType: text.optional(), Status: text.optional(), KMSMasterKeyArn: text.optional() }).optional() }) }),
  },
  'dynamodb.ListTables': { schema: shape({ TableNames: list(text) }) },
  'dynamodb.ListTagsOfResource': { schema: shape({ Tags: list(shape({ Key: text, Value: text })) }) },
  'ec2.DescribeFlowLogs': { schema: shape({ FlowLogs: list(shape({ FlowLogId: text, ResourceId: text.optional() })) }) },
  'ec2.DescribeImageAttribute': { schema: shape({ ImageId: text, LaunchPermissions: list(launchPermission) }) },
  'ec2.DescribeImages': {
    schema: shape({ Images: list(shape({ ImageId: text, OwnerId: text.optional(), Public: flag.optional(), BlockDeviceMappings: list(shape({})).optional() })) }),
  },
  'ec2.DescribeInstances': {
    schema: shape({ Reservations: list(shape({ OwnerId: text.optional(), Instances: list(shape({ InstanceId: text, State: shape({ Name: text.optional() }).optional() })).optional() })) }),
  },
  'ec2.DescribeNetworkAcls': {
    schema: shape({ NetworkAcls: list(shape({ NetworkAclId: text, Entries: list(shape({ RuleNumber: count.optional(), Egress: flag.optional(), RuleAction: text.optional() })).optional() })) }),
  },
  'ec2.DescribeNetworkInterfaces': { schema: shape({ NetworkInterfaces: list(shape({ NetworkInterfaceId: text })) }) },
  'ec2.DescribeRegions': { schema: shape({ Regions: list(shape({ RegionName: text, OptInStatus: text.optional() })) }) },
  'ec2.DescribeRouteTables': { schema: shape({ RouteTables: list(shape({ RouteTableId: text, Routes: list(shape({})).optional() })) }) },
  'ec2.DescribeSecurityGroups': {
    schema: shape({ SecurityGroups: list(shape({ GroupId: text, IpPermissions: list(ipPermission).optional(), IpPermissionsEgress: list(ipPermission).optional() })) }),
  },
  'ec2.DescribeSnapshotAttribute': { schema: shape({ SnapshotId: text, CreateVolumePermissions: list(launchPermission) }) },
  'ec2.DescribeSnapshots': {
    schema: shape({ Snapshots: list(shape({ SnapshotId: text, OwnerId: text.optional(), Encrypted: flag.optional(), Tags: tags })) }),
  },
  'ec2.DescribeSubnets': { schema: shape({ Subnets: list(shape({ SubnetId: text, MapPublicIpOnLaunch: flag.optional() })) }) },
  'ec2.DescribeVolumes': { schema: shape({ Volumes: list(shape({ VolumeId: text, Encrypted: flag.optional(), Tags: tags })) }) },
  'ec2.DescribeVpcEndpoints': { schema: shape({ VpcEndpoints: list(shape({ VpcEndpointId: text })) }) },
  'ec2.DescribeVpcs': { schema: shape({ Vpcs: list(shape({ VpcId: text, IsDefault: flag.optional() })) }) },
  'ec2.DescribeVpnConnections': { schema: shape({ VpnConnections: list(shape({ VpnConnectionId: text })) }) },
  'ec2.GetEbsDefaultKmsKeyId': { schema: shape({ KmsKeyId: text }) },
  'ec2.GetEbsEncryptionByDefault': { schema: shape({ EbsEncryptionByDefault: flag }) },
  'ec2.GetImageBlockPublicAccessState': { schema: shape({ ImageBlockPublicAccessState: text }) },
  // An account that never set IMDS defaults gets an empty AccountLevel: the body check alone tells it apart.
  'ec2.GetInstanceMetadataDefaults': { schema: shape({ AccountLevel: shape({ HttpTokens: text.optional(), HttpPutResponseHopLimit: count.optional() }).optional() }) },
  'ec2.GetManagedPrefixListEntries': { schema: shape({ Entries: list(shape({ Cidr: text })) }) },
  'ec2.GetSerialConsoleAccessStatus': { schema: shape({ SerialConsoleAccessEnabled: flag }) },
  'ec2.GetSnapshotBlockPublicAccessState': { schema: shape({ State: text }) },
  'efs.DescribeBackupPolicy': { schema: shape({ BackupPolicy: shape({ Status: text }) }) },
  'efs.DescribeFileSystemPolicy': { schema: shape({ FileSystemId: text, Policy: policyDocument }) },
  'efs.DescribeFileSystems': {
    schema: shape({ FileSystems: list(shape({ FileSystemId: text, LifeCycleState: text, Encrypted: flag.optional(), KmsKeyId: text.optional(), Tags: list(shape({ Key: text, Value: text })) })) }),
  },
  'efs.DescribeMountTargetSecurityGroups': { schema: shape({ SecurityGroups: list(text) }) },
  'efs.DescribeMountTargets': { schema: shape({ MountTargets: list(shape({ MountTargetId: text, FileSystemId: text })) }) },
  'emr.DescribeCluster': {
    schema: shape({
      Cluster: shape({
        Id: text,
        Name: text,
        Status: shape({ State: text }),
        ClusterArn: text.optional(),
        SecurityConfiguration: text.optional(),
        Ec2InstanceAttributes: shape({ Ec2SubnetId: text.optional() }).optional(),
        Tags: tags,
      }),
    }),
  },
  'emr.DescribeSecurityConfiguration': {
    schema: shape({ Name: text, SecurityConfiguration: text.refine(isEmrSecurityDocument, { message: 'is not an EMR security configuration JSON document' }) }),
  },
  'emr.GetBlockPublicAccessConfiguration': {
    schema: shape({
      BlockPublicAccessConfiguration: shape({
        BlockPublicSecurityGroupRules: flag,
        PermittedPublicSecurityGroupRuleRanges: list(shape({ MinRange: count, MaxRange: count.optional() })).optional(),
      }),
    }),
  },
  'emr.ListClusters': { schema: shape({ Clusters: list(shape({ Id: text, ClusterArn: text.optional() })) }) },
  'emr.ListSecurityConfigurations': { schema: shape({ SecurityConfigurations: list(shape({ Name: text })) }) },
  'fsx.DescribeDataRepositoryAssociations': {
    schema: shape({ Associations: list(shape({ AssociationId: text.optional(), FileSystemId: text, DataRepositoryPath: text })) }),
  },
  'fsx.DescribeFileSystems': {
    schema: shape({ FileSystems: list(shape({ FileSystemId: text, FileSystemType: text, KmsKeyId: text.optional(), Tags: tags })) }),
  },
  'glue.GetDataCatalogEncryptionSettings': {
    schema: shape({
      DataCatalogEncryptionSettings: shape({
        EncryptionAtRest: shape({ CatalogEncryptionMode: text, SseAwsKmsKeyId: text.optional() }).optional(),
        ConnectionPasswordEncryption: shape({ ReturnConnectionPasswordEncrypted: flag, AwsKmsKeyId: text.optional() }).optional(),
      }),
    }),
  },
  'glue.GetSecurityConfigurations': {
    schema: shape({
      SecurityConfigurations: list(
        shape({
          Name: text,
          EncryptionConfiguration: shape({
            S3Encryption: list(shape({ S3EncryptionMode: text.optional() })).optional(),
            CloudWatchEncryption: shape({ CloudWatchEncryptionMode: text.optional() }).optional(),
            JobBookmarksEncryption: shape({ JobBookmarksEncryptionMode: text.optional() }).optional(),
          }).optional(),
        }),
      ),
    }),
  },
  'guardduty.GetDetector': { schema: detector },
  'guardduty.ListDetectors': { schema: shape({ DetectorIds: list(text) }) },
  'iam.GenerateCredentialReport': { schema: shape({ State: z.enum(['STARTED', 'INPROGRESS', 'COMPLETE']) }) },
  'iam.GetAccountAuthorizationDetails': {
    schema: shape({
      IsTruncated: flag.optional(),
      UserDetailList: list(shape({ Arn: text })),
      GroupDetailList: list(shape({ Arn: text })),
      RoleDetailList: list(shape({ Arn: text })),
      Policies: list(shape({ Arn: text, AttachmentCount: count.optional() })),
    }),
  },
  'iam.GetAccountPasswordPolicy': {
    schema: shape({ PasswordPolicy: shape({ MinimumPasswordLength: count.optional(), RequireSymbols: flag.optional(), MaxPasswordAge: count.optional() }) }),
  },
  // The two entries the root-account checks read; AWS always includes them in the map.
  'iam.GetAccountSummary': { schema: shape({ SummaryMap: shape({ AccountMFAEnabled: count, AccountAccessKeysPresent: count }) }) },
  'iam.GetCredentialReport': { schema: shape({ Content: z.union([z.instanceof(Uint8Array), text]), GeneratedTime: time.optional() }) },
  'iam.ListAccountAliases': { schema: shape({ AccountAliases: list(text) }) },
  'iam.ListVirtualMFADevices': { schema: shape({ VirtualMFADevices: list(shape({ SerialNumber: text })) }) },
  'inspector2.BatchGetAccountStatus': {
    // The account asked about is in `accounts` or `failedAccounts`; EC2 and ECR states are always reported.
    schema: shape({
      accounts: list(
        shape({
          accountId: text,
          state: shape({ status: text }),
          resourceState: shape({ ec2: shape({ status: text }), ecr: shape({ status: text }), lambda: shape({ status: text }).optional() }),
        }),
      ),
      failedAccounts: list(shape({ accountId: text, errorCode: text.optional(), errorMessage: text.optional() })).optional(),
    }),
  },
  'kms.DescribeKey': { schema: shape({ KeyMetadata: shape({ KeyId: text, KeyManager: text, KeyState: text, KeySpec: text.optional(), Origin: text.optional() }) }) },
  'kms.GetKeyPolicy': { schema: shape({ Policy: policyDocument }) },
  'kms.GetKeyRotationStatus': { schema: shape({ KeyRotationEnabled: flag, RotationPeriodInDays: count.optional() }) },
  'kms.ListAliases': { schema: shape({ Aliases: list(shape({ AliasName: text, TargetKeyId: text.optional() })) }) },
  'kms.ListKeys': { schema: shape({ Keys: list(shape({ KeyId: text, KeyArn: text.optional() })) }) },
  'kms.ListResourceTags': { schema: shape({ Tags: list(shape({ TagKey: text, TagValue: text })) }) },
  'lambda.ListFunctionUrlConfigs': { schema: shape({ FunctionUrlConfigs: list(shape({ FunctionUrl: text, AuthType: text })) }) },
  'lambda.ListFunctions': { schema: shape({ Functions: list(shape({ FunctionName: text, FunctionArn: text, Role: text.optional(), KMSKeyArn: text.optional() })) }) },
  'logs.DescribeLogGroups': { schema: shape({ logGroups: list(shape({ logGroupName: text, retentionInDays: count.optional() })) }) },
  'logs.DescribeMetricFilters': { schema: shape({ metricFilters: list(shape({ filterName: text.optional(), filterPattern: text.optional() })) }) },
  'macie2.GetAutomatedDiscoveryConfiguration': { schema: shape({ status: text }) },
  'macie2.GetMacieSession': { schema: shape({ status: text }) },
  'organizations.DescribeOrganization': { schema: shape({ Organization: shape({ Id: text, FeatureSet: text.optional() }) }) },
  'organizations.DescribePolicy': { schema: shape({ Policy: shape({ Content: policyDocument }) }) },
  'organizations.ListAccounts': { schema: shape({ Accounts: list(shape({ Id: text })) }) },
  'organizations.ListParents': { schema: shape({ Parents: list(shape({ Id: text, Type: text })) }) },
  'organizations.ListPoliciesForTarget': { schema: shape({ Policies: list(shape({ Id: text })) }) },
  'ram.GetResourceShares': { schema: shape({ resourceShares: list(shape({ resourceShareArn: text, allowExternalPrincipals: flag.optional() })) }) },
  'ram.ListPrincipals': { schema: shape({ principals: list(shape({ id: text, resourceShareArn: text.optional(), external: flag.optional() })) }) },
  'rds.DescribeDBClusterParameters': { schema: shape({ Parameters: list(shape({ ParameterName: text, ParameterValue: text.optional() })) }) },
  'rds.DescribeDBClusterSnapshotAttributes': {
    schema: shape({ DBClusterSnapshotAttributesResult: shape({ DBClusterSnapshotAttributes: list(shape({ AttributeName: text, AttributeValues: list(text).optional() })) }) }),
  },
  'rds.DescribeDBClusterSnapshots': {
    schema: shape({ DBClusterSnapshots: list(shape({ DBClusterSnapshotIdentifier: text, DBClusterIdentifier: text, SnapshotType: text, StorageEncrypted: flag.optional(), TagList: tags })) }),
  },
  // Aurora clusters have no PubliclyAccessible (their instances do); what the checks read in the passing direction is typed.
  'rds.DescribeDBClusters': {
    schema: shape({
      DBClusters: list(
        shape({
          DBClusterIdentifier: text,
          Engine: text,
          StorageEncrypted: flag.optional(),
          BackupRetentionPeriod: count.optional(),
          DeletionProtection: flag.optional(),
          EnabledCloudwatchLogsExports: list(text).optional(),
          DBClusterMembers: list(shape({ DBInstanceIdentifier: text, IsClusterWriter: flag.optional() })).optional(),
          TagList: tags,
        }),
      ),
    }),
  },
  // PubliclyAccessible is always sent for an instance; read as false when missing, it would hide a public database.
  'rds.DescribeDBInstances': {
    schema: shape({
      DBInstances: list(
        shape({
          DBInstanceIdentifier: text,
          Engine: text,
          PubliclyAccessible: flag,
          StorageEncrypted: flag.optional(),
          BackupRetentionPeriod: count.optional(),
          DeletionProtection: flag.optional(),
          EnabledCloudwatchLogsExports: list(text).optional(),
          DBParameterGroups: list(shape({ DBParameterGroupName: text, ParameterApplyStatus: text.optional() })).optional(),
          TagList: tags,
        }),
      ),
    }),
  },
  'rds.DescribeDBParameters': { schema: shape({ Parameters: list(shape({ ParameterName: text, ParameterValue: text.optional() })) }) },
  'rds.DescribeDBSnapshotAttributes': {
    schema: shape({ DBSnapshotAttributesResult: shape({ DBSnapshotAttributes: list(shape({ AttributeName: text, AttributeValues: list(text).optional() })) }) }),
  },
  'rds.DescribeDBSnapshots': {
    schema: shape({ DBSnapshots: list(shape({ DBSnapshotIdentifier: text, DBInstanceIdentifier: text, SnapshotType: text, Encrypted: flag.optional(), TagList: tags })) }),
  },
  'redshift.DescribeClusterParameters': { schema: shape({ Parameters: list(shape({ ParameterName: text.optional(), ParameterValue: text.optional() })) }) },
  'redshift.DescribeClusterSnapshots': {
    schema: shape({ Snapshots: list(shape({ SnapshotIdentifier: text, AccountsWithRestoreAccess: list(shape({ AccountId: text.optional() })).optional(), Tags: tags })) }),
  },
  // Encrypted and PubliclyAccessible are always sent; a missing PubliclyAccessible must not read as private.
  'redshift.DescribeClusters': { schema: shape({ Clusters: list(shape({ ClusterIdentifier: text, Encrypted: flag, PubliclyAccessible: flag, Tags: tags })) }) },
  'redshift.DescribeLoggingStatus': { schema: shape({ LoggingEnabled: flag }) },
  's3.GetBucketAcl': {
    xmlRoot: 'AccessControlPolicy',
    schema: shape({
      Owner: shape({ ID: text.optional() }),
      Grants: list(shape({ Grantee: shape({ Type: text, URI: text.optional(), ID: text.optional() }), Permission: text })),
    }),
  },
  's3.GetBucketEncryption': {
    xmlRoot: 'ServerSideEncryptionConfiguration',
    schema: shape({
      ServerSideEncryptionConfiguration: shape({
        Rules: list(shape({ ApplyServerSideEncryptionByDefault: shape({ SSEAlgorithm: text, KMSMasterKeyID: text.optional() }).optional(), BucketKeyEnabled: flag.optional() })).min(1),
      }),
    }),
  },
  's3.GetBucketLifecycleConfiguration': {
    xmlRoot: 'LifecycleConfiguration',
    schema: shape({ Rules: list(shape({ Status: z.enum(['Enabled', 'Disabled']) })).min(1) }),
  },
  // us-east-1 buckets answer an empty <LocationConstraint/>: only the body check can tell that from no answer.
  's3.GetBucketLocation': { xmlRoot: 'LocationConstraint', schema: shape({ LocationConstraint: text.optional() }) },
  // Logging off is a legitimately empty <BucketLoggingStatus/>.
  's3.GetBucketLogging': { xmlRoot: 'BucketLoggingStatus', schema: shape({ LoggingEnabled: shape({ TargetBucket: text, TargetPrefix: text.optional() }).optional() }) },
  's3.GetBucketOwnershipControls': {
    xmlRoot: 'OwnershipControls',
    schema: shape({ OwnershipControls: shape({ Rules: list(shape({ ObjectOwnership: text })).min(1) }) }),
  },
  's3.GetBucketPolicy': { xmlRoot: 'json', schema: shape({ Policy: policyDocument }) },
  's3.GetBucketPolicyStatus': { xmlRoot: 'PolicyStatus', schema: shape({ PolicyStatus: shape({ IsPublic: flag }) }) },
  's3.GetBucketReplication': {
    xmlRoot: 'ReplicationConfiguration',
    schema: shape({
      ReplicationConfiguration: shape({
        Rules: list(shape({ Status: z.enum(['Enabled', 'Disabled']), Destination: shape({ Bucket: text, Account: text.optional() }) })).min(1),
      }),
    }),
  },
  's3.GetBucketTagging': { xmlRoot: 'Tagging', schema: shape({ TagSet: list(shape({ Key: text, Value: text })) }) },
  // An unversioned bucket answers <VersioningConfiguration/> with no Status: documented, and not an error.
  's3.GetBucketVersioning': {
    xmlRoot: 'VersioningConfiguration',
    schema: shape({ Status: z.enum(['Enabled', 'Suspended']).optional(), MFADelete: z.enum(['Enabled', 'Disabled']).optional() }),
  },
  's3.GetObjectLockConfiguration': {
    xmlRoot: 'ObjectLockConfiguration',
    schema: shape({
      ObjectLockConfiguration: shape({
        ObjectLockEnabled: z.literal('Enabled').optional(),
        Rule: shape({ DefaultRetention: shape({ Mode: z.enum(['GOVERNANCE', 'COMPLIANCE']).optional(), Days: count.optional(), Years: count.optional() }).optional() }).optional(),
      }),
    }),
  },
  's3.GetPublicAccessBlock': { xmlRoot: 'PublicAccessBlockConfiguration', schema: shape({ PublicAccessBlockConfiguration: publicAccessBlock }) },
  's3.ListBuckets': { xmlRoot: 'ListAllMyBucketsResult', schema: shape({ Buckets: list(shape({ Name: text, BucketRegion: text.optional() })) }) },
  's3.ListObjectVersions': {
    xmlRoot: 'ListVersionsResult',
    schema: shape({ IsTruncated: flag, Versions: list(shape({})).optional(), DeleteMarkers: list(shape({})).optional() }),
  },
  's3.ListObjectsV2': { xmlRoot: 'ListBucketResult', schema: shape({ KeyCount: count, IsTruncated: flag.optional() }) },
  's3control.GetPublicAccessBlock': { xmlRoot: 'PublicAccessBlockConfiguration', schema: shape({ PublicAccessBlockConfiguration: publicAccessBlock }) },
  'sagemaker.DescribeDomain': {
    schema: shape({
      DomainArn: text,
      DomainId: text,
      DomainName: text.optional(),
      Status: text.optional(),
      AppNetworkAccessType: text.optional(),
      KmsKeyId: text.optional(),
      HomeEfsFileSystemId: text.optional(),
      VpcId: text.optional(),
      SubnetIds: list(text).optional(),
    }),
  },
  'sagemaker.DescribeNotebookInstance': {
    schema: shape({
      NotebookInstanceArn: text,
      NotebookInstanceName: text,
      NotebookInstanceStatus: text.optional(),
      DirectInternetAccess: text.optional(),
      RootAccess: text.optional(),
      KmsKeyId: text.optional(),
      SubnetId: text.optional(),
      SecurityGroups: list(text).optional(),
      VolumeSizeInGB: count.optional(),
    }),
  },
  'sagemaker.ListDomains': { schema: shape({ Domains: list(shape({ DomainId: text, DomainArn: text.optional() })) }) },
  'sagemaker.ListNotebookInstances': { schema: shape({ NotebookInstances: list(shape({ NotebookInstanceName: text, NotebookInstanceArn: text })) }) },
  'sagemaker.ListTags': { schema: shape({ Tags: list(shape({ Key: text, Value: text })) }) },
  'securityhub.DescribeHub': { schema: shape({ HubArn: text }) },
  'securityhub.GetEnabledStandards': {
    schema: shape({ StandardsSubscriptions: list(shape({ StandardsArn: text, StandardsStatus: text, StandardsStatusReason: shape({ StatusReasonCode: text.optional() }).optional() })) }),
  },
  'sns.ListSubscriptionsByTopic': { schema: shape({ Subscriptions: list(shape({ Protocol: text, SubscriptionArn: text })) }) },
  'ssm.DescribeInstanceInformation': { schema: shape({ InstanceInformationList: list(shape({ InstanceId: text, PingStatus: text.optional() })) }) },
  'ssm.ListResourceComplianceSummaries': {
    schema: shape({ ResourceComplianceSummaryItems: list(shape({ ResourceId: text, ComplianceType: text, Status: text })) }),
  },
  'sts.AssumeRole': { schema: shape({ Credentials: shape({ AccessKeyId: text, SecretAccessKey: text, SessionToken: text }) }) },
  'sts.GetCallerIdentity': { schema: shape({ Account: text, Arn: text }) },
  'transfer.DescribeServer': {
    schema: shape({
      Server: shape({ Arn: text, Protocols: list(text).optional(), EndpointType: text.optional(), LoggingRole: text.optional(), StructuredLogDestinations: list(text).optional() }),
    }),
  },
  'transfer.ListServers': { schema: shape({ Servers: list(shape({ Arn: text, ServerId: text })) }) },
} as const satisfies Record<string, ResponseContract>;

/** An API the collectors may send: a call naming any other API is a type error, so none can skip validation. */
export type ApiName = keyof typeof RESPONSES;

/**
 * An answer that is not what AWS sends for the operation. Thrown by the body check (inside the SDK, before its
 * deserializer) and by checkResponse(); toFailure() turns it into `UnreadableResponse`. Never retried.
 */
export class UnreadableResponseError extends Error {
  readonly $metadata: { httpStatusCode?: number };

  constructor(
    readonly api: string,
    readonly detail: string,
    httpStatusCode?: number,
  ) {
    super(`${api}: ${detail}`);
    this.name = 'UnreadableResponse';
    this.$metadata = httpStatusCode === undefined ? {} : { httpStatusCode };
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || 'the answer';
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `${path} is missing`;
  return `${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** Throws UnreadableResponseError when a parsed answer lacks what AWS always sends for `api`. */
export function checkResponse(api: ApiName, output: unknown): void {
  const result = (RESPONSES[api] as ResponseContract).schema.safeParse(output);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map(describeIssue);
    throw new UnreadableResponseError(api, `the answer is not what AWS sends: ${issues.join('; ')}`);
  }
}

/** The expected shape of a 2xx body on the wire, or undefined when nothing is known about the operation. */
export type ExpectedBody = { kind: 'xml'; root: string; alternateRoot?: string } | { kind: 'json' };

export function expectedBody(service: string, operation: string): ExpectedBody | undefined {
  const protocol = SERVICE_PROTOCOLS[service];
  if (protocol === 'json' || protocol === 'rest-json') return { kind: 'json' };
  if (protocol === 'query' || protocol === 'ec2') return { kind: 'xml', root: `${operation}Response` };
  const contract = RESPONSES[`${service}.${operation}` as ApiName] as ResponseContract | undefined;
  if (!contract?.xmlRoot) return undefined;
  if (contract.xmlRoot === 'json') return { kind: 'json' };
  // Emulators built on a generic serializer (moto) wrap some S3 answers in <OperationResponse>, which AWS never
  // sends; the contents are the same, and no error page or empty body looks like that.
  return { kind: 'xml', root: contract.xmlRoot, alternateRoot: `${operation}Response` };
}

/**
 * Why a 2xx body is not a complete answer of the expected kind, or undefined when it is. XML: a root element of the
 * expected name (any namespace prefix), closed at the end of the body. JSON: one object, braces at both ends (a
 * truncated or HTML body also fails the SDK's parser, but an empty one reads as `{}`).
 */
export function bodyProblem(body: string, expected: ExpectedBody): string | undefined {
  const trimmed = body.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) return 'the body is empty';
  if (expected.kind === 'json') {
    return trimmed.startsWith('{') && trimmed.endsWith('}') ? undefined : `the body is not a JSON object (${preview(trimmed)})`;
  }
  // Skip the XML declaration, comments and processing instructions before the root element.
  const start = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(trimmed);
  if (!start) return `the body is not an XML document (${preview(trimmed)})`;
  const qualifiedName = start[1] ?? '';
  const localName = qualifiedName.includes(':') ? qualifiedName.slice(qualifiedName.indexOf(':') + 1) : qualifiedName;
  if (localName !== expected.root && !(expected.alternateRoot && localName === expected.alternateRoot)) {
    return `the body's root element is <${qualifiedName}>, not <${expected.root}>`;
  }
  const selfClosing = (start[2] ?? '').trimEnd().endsWith('/');
  const complete = selfClosing ? start.index + start[0].length === trimmed.length : new RegExp(`</${qualifiedName.replace(/[.]/g, '\\.')}\\s*>$`).test(trimmed);
  return complete ? undefined : `the body ends before </${qualifiedName}> (truncated)`;
}

function preview(text: string): string {
  const head = text.slice(0, 40).replace(/\s+/g, ' ');
  return text.length > 40 ? `${head}…` : head;
}

type LeafKind = 'boolean' | 'number' | 'container';

/**
 * The XML element names of an operation's answer whose type the SDK would silently coerce: booleans (it reads any
 * text but `true` as false), numbers (it reads a word as null) and lists or structures (it reads text where elements
 * belong as an empty list). From the SDK's own model of the output (the operation schema). A name used with two
 * kinds in one answer is left out rather than guessed.
 */
function typedElementNames(outputSchema: unknown): Map<string, LeafKind> {
  const kinds = new Map<string, LeafKind | 'ambiguous'>();
  const seen = new Set<unknown>();
  const note = (names: Array<string | undefined>, kind: LeafKind) => {
    for (const name of names) {
      if (!name) continue;
      const known = kinds.get(name);
      kinds.set(name, known === undefined || known === kind ? kind : 'ambiguous');
    }
  };
  const visit = (schema: NormalizedSchema, names: Array<string | undefined>, depth: number) => {
    if (depth > 12) return;
    if (schema.isBooleanSchema()) return note(names, 'boolean');
    if (schema.isNumericSchema()) return note(names, 'number');
    if (schema.isListSchema()) {
      const item = schema.getValueSchema();
      // A flattened list repeats its items under the list's own name: the name then carries the item's type.
      if ((schema.getMergedTraits() as { xmlFlattened?: unknown }).xmlFlattened) return visit(item, [...names, ...elementNames(item, undefined)], depth + 1);
      note(names, 'container');
      return visit(item, elementNames(item, undefined), depth + 1);
    }
    if (schema.isMapSchema()) {
      note(names, 'container');
      return visit(schema.getValueSchema(), ['value'], depth + 1);
    }
    if (schema.isStructSchema()) {
      note(names, 'container');
      const raw = schema.getSchema();
      if (seen.has(raw)) return;
      seen.add(raw);
      for (const [memberName, member] of schema.structIterator()) visit(member, elementNames(member, memberName), depth + 1);
    }
  };
  visit(NormalizedSchema.of(outputSchema as Parameters<typeof NormalizedSchema.of>[0]), [], 0);
  const result = new Map<string, LeafKind>();
  for (const [name, kind] of kinds) if (kind !== 'ambiguous') result.set(name, kind);
  return result;
}

/** The element names a member can have on the wire: its name, its xmlName and (EC2) its ec2QueryName or lowerCamel name. */
function elementNames(member: NormalizedSchema, memberName: string | undefined): Array<string | undefined> {
  const traits = member.getMergedTraits() as { xmlName?: string; ec2QueryName?: string };
  const lowerCamel = memberName ? memberName[0]?.toLowerCase() + memberName.slice(1) : undefined;
  return [memberName, traits.xmlName, traits.ec2QueryName, lowerCamel];
}

const typedNamesCache = new WeakMap<object, Map<string, LeafKind>>();

/**
 * Why an XML body's values do not have the types of the operation's model, or undefined. Catches what the SDK would
 * coerce instead of rejecting: `<IsPublic>yes</IsPublic>` (read as false), `<KeyCount>lots</KeyCount>` (null),
 * `<createVolumePermission>all</createVolumePermission>` (an empty list).
 */
export function xmlTypeProblem(body: string, outputSchema: unknown): string | undefined {
  if (typeof outputSchema !== 'function' && (typeof outputSchema !== 'object' || outputSchema === null)) return undefined;
  let names = typedNamesCache.get(outputSchema as object);
  if (!names) {
    try {
      names = typedElementNames(outputSchema);
    } catch {
      names = new Map();
    }
    typedNamesCache.set(outputSchema as object, names);
  }
  if (names.size === 0) return undefined;
  // Leaf elements: <name attr…>text</name> with no child element.
  for (const match of body.matchAll(/<([A-Za-z_][\w.-]*)(?:\s[^>]*)?>([^<]*)<\/\1>/g)) {
    const [, name = '', text = ''] = match;
    const kind = names.get(name);
    if (!kind) continue;
    const value = text.trim();
    if (kind === 'boolean' && value !== 'true' && value !== 'false') return `<${name}> is '${preview(value)}', not true or false`;
    if (kind === 'number' && (value === '' || !Number.isFinite(Number(value)))) return `<${name}> is '${preview(value)}', not a number`;
    if (kind === 'container' && value !== '') return `<${name}> holds text ('${preview(value)}') where AWS sends elements`;
  }
  return undefined;
}
