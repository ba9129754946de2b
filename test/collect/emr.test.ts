import {
  DescribeClusterCommand,
  DescribeSecurityConfigurationCommand,
  EMRClient,
  GetBlockPublicAccessConfigurationCommand,
  ListClustersCommand,
  ListSecurityConfigurationsCommand,
} from '@aws-sdk/client-emr';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const emr = mockClient(EMRClient);
const CONFIG_ARN = 'arn:aws:elasticmapreduce:us-east-1:123456789012:security-configuration/sc';

beforeEach(() => {
  emr.reset();
  emr.onAnyCommand().rejects(new Error('unexpected EMR command'));
  emr.on(ListSecurityConfigurationsCommand).resolves({ SecurityConfigurations: [{ Name: 'sc' }] });
});
afterEach(() => emr.reset());

function describeAs(document: unknown): void {
  emr.on(DescribeSecurityConfigurationCommand, { Name: 'sc' }).resolves({ Name: 'sc', SecurityConfiguration: typeof document === 'string' ? document : JSON.stringify(document) });
}

describe('EMR security configurations collector', () => {
  it('reads the encryption settings out of the JSON document', async () => {
    // Document keys: https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html
    describeAs({
      EncryptionConfiguration: {
        EnableAtRestEncryption: true,
        EnableInTransitEncryption: true,
        AtRestEncryptionConfiguration: {
          S3EncryptionConfiguration: { EncryptionMode: 'SSE-KMS', AwsKmsKey: 'k1' },
          LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms', AwsKmsKey: 'k1', EnableEbsEncryption: true },
        },
      },
    });
    const inventory = await collect(['emrSecurityConfigurations']);
    expect(inventory.keys.emrSecurityConfigurations?.items).toEqual([
      {
        arn: CONFIG_ARN,
        region: 'us-east-1',
        name: 'sc',
        atRestEncryption: true,
        inTransitEncryption: true,
        s3EncryptionMode: 'SSE-KMS',
        localDiskKeyProvider: 'AwsKms',
        ebsEncryption: true,
      },
    ]);
    expect(inventory.keys.emrSecurityConfigurations?.failures).toEqual([]);
  });

  it.each([
    ['a Kerberos-only document (no EncryptionConfiguration)', { AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc' } } }, false, false],
    ['a document that leaves in-transit encryption out', { EncryptionConfiguration: { EnableAtRestEncryption: true } }, true, false],
    ['an empty document', {}, false, false],
  ])('reads %s as encryption off where a key is missing', async (_name, document, atRest, inTransit) => {
    describeAs(document);
    const inventory = await collect(['emrSecurityConfigurations']);
    expect(inventory.keys.emrSecurityConfigurations?.items).toEqual([expect.objectContaining({ atRestEncryption: atRest, inTransitEncryption: inTransit })]);
  });

  it.each([
    ['a truncated JSON document', '{"EncryptionConfiguration":{"EnableAtRestEncryption":tr'],
    ['an HTML page', '<html><body>502 Bad Gateway</body></html>'],
    ['a JSON array', '[]'],
    ['a flag of the wrong type', '{"EncryptionConfiguration":{"EnableAtRestEncryption":"yes","EnableInTransitEncryption":"yes"}}'],
    ['an encryption block of the wrong type', '{"EncryptionConfiguration":"on"}'],
  ])('records %s as an unreadable answer naming the IAM action, never as a configuration', async (_name, text) => {
    describeAs(text);
    const inventory = await collect(['emrSecurityConfigurations']);
    expect(inventory.keys.emrSecurityConfigurations?.items).toEqual([]);
    expect(inventory.keys.emrSecurityConfigurations?.failures).toEqual([
      expect.objectContaining({ code: 'UnreadableResponse', action: 'elasticmapreduce:DescribeSecurityConfiguration', resourceArn: CONFIG_ARN }),
    ]);
  });

  it('records a denied listing naming elasticmapreduce:ListSecurityConfigurations', async () => {
    emr.on(ListSecurityConfigurationsCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['emrSecurityConfigurations']);
    expect(inventory.keys.emrSecurityConfigurations?.failures).toEqual([
      expect.objectContaining({ action: 'elasticmapreduce:ListSecurityConfigurations', kind: 'access-denied', region: 'us-east-1' }),
    ]);
  });
});

describe('EMR clusters collector', () => {
  it('lists only active clusters and reads each one\'s security configuration and tags', async () => {
    emr.on(ListClustersCommand).resolves({ Clusters: [{ Id: 'j-1', Name: 'analysis', ClusterArn: 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1' }] });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-1' }).resolves({
      Cluster: {
        Id: 'j-1',
        Name: 'analysis',
        Status: { State: 'RUNNING' },
        SecurityConfiguration: 'sc',
        Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-1' },
        Tags: [{ Key: 'dbgap:project', Value: 'phs000001' }],
      },
    });
    const inventory = await collect(['emrClusters']);
    expect(emr.commandCalls(ListClustersCommand)[0]?.args[0].input).toEqual({ ClusterStates: ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING'] });
    expect(inventory.keys.emrClusters?.items).toEqual([
      {
        arn: 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1',
        region: 'us-east-1',
        clusterId: 'j-1',
        name: 'analysis',
        state: 'RUNNING',
        securityConfiguration: 'sc',
        subnetId: 'subnet-1',
        tags: { 'dbgap:project': 'phs000001' },
      },
    ]);
  });

  it('records a denied DescribeCluster for the cluster, naming elasticmapreduce:DescribeCluster', async () => {
    emr.on(ListClustersCommand).resolves({ Clusters: [{ Id: 'j-1' }] });
    emr.on(DescribeClusterCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['emrClusters']);
    expect(inventory.keys.emrClusters?.items).toEqual([]);
    expect(inventory.keys.emrClusters?.failures).toEqual([
      expect.objectContaining({ action: 'elasticmapreduce:DescribeCluster', resourceArn: 'arn:aws:elasticmapreduce:us-east-1:123456789012:cluster/j-1' }),
    ]);
  });
});

describe('EMR block public access collector', () => {
  it('reads the block and its permitted ranges (a range without MaxRange is one port)', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({
      BlockPublicAccessConfiguration: {
        BlockPublicSecurityGroupRules: true,
        PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }, { MinRange: 8443 }],
      },
      BlockPublicAccessConfigurationMetadata: { CreationDateTime: new Date(), CreatedByArn: 'arn:aws:iam::123456789012:root' },
    });
    const inventory = await collect(['emrBlockPublicAccess']);
    expect(inventory.keys.emrBlockPublicAccess?.items).toEqual([
      {
        arn: 'arn:aws:elasticmapreduce:us-east-1:123456789012:account',
        region: 'us-east-1',
        blockPublicSecurityGroupRules: true,
        permittedPortRanges: [
          { from: 22, to: 22 },
          { from: 8443, to: 8443 },
        ],
      },
    ]);
  });

  it('records an answer without BlockPublicSecurityGroupRules as unreadable, never as "off" or "on"', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({ BlockPublicAccessConfiguration: {} as never });
    const inventory = await collect(['emrBlockPublicAccess']);
    expect(inventory.keys.emrBlockPublicAccess?.items).toEqual([]);
    expect(inventory.keys.emrBlockPublicAccess?.failures).toEqual([
      expect.objectContaining({ code: 'UnreadableResponse', action: 'elasticmapreduce:GetBlockPublicAccessConfiguration' }),
    ]);
  });
});
