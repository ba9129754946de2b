/**
 * EMR in the synthetic account: three security configurations (both encryptions, at rest only, Kerberos only with no
 * encryption block), three active clusters (one per configuration kind, the last with none; the second tagged as
 * dbGaP), and block public access that permits RDP besides SSH in the first region and is off in the second.
 */
import { indexesIn, paged, serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

const DOCUMENTS: Record<string, unknown> = {
  'sc-encrypted': {
    EncryptionConfiguration: {
      EnableAtRestEncryption: true,
      EnableInTransitEncryption: true,
      AtRestEncryptionConfiguration: {
        S3EncryptionConfiguration: { EncryptionMode: 'SSE-KMS', AwsKmsKey: 'arn:aws:kms:us-east-1:123456789012:key/key-0' },
        LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms', AwsKmsKey: 'arn:aws:kms:us-east-1:123456789012:key/key-0', EnableEbsEncryption: true },
      },
      InTransitEncryptionConfiguration: { TLSCertificateConfiguration: { CertificateProviderType: 'PEM', S3Object: 's3://certs/emr.zip' } },
    },
  },
  'sc-at-rest-only': {
    EncryptionConfiguration: {
      EnableAtRestEncryption: true,
      EnableInTransitEncryption: false,
      AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: 'SSE-S3' } },
    },
  },
  'sc-kerberos-only': {
    AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc', ClusterDedicatedKdcConfiguration: { TicketLifetimeInHours: 24 } } },
  },
};
const NAMES = Object.keys(DOCUMENTS);

export const emr: SyntheticResponder = (aws, api, region, input) => {
  const { accountId } = aws.options;
  const { regions, scale } = aws.shape;
  const position = regions.indexOf(region);
  const clusters = indexesIn(Math.max(4, Math.floor(scale / 3)), regions, region);
  const clusterConfiguration = (index: number) => NAMES[index % 4];
  switch (api) {
    case 'emr.ListSecurityConfigurations':
      return { SecurityConfigurations: NAMES.map((name) => ({ Name: name, CreationDateTime: new Date('2025-01-01T00:00:00Z') })) };
    case 'emr.DescribeSecurityConfiguration': {
      const name = String(input.Name);
      if (!(name in DOCUMENTS)) throw serviceError('InvalidRequestException', 400, `Security configuration ${name} does not exist`);
      return { Name: name, SecurityConfiguration: JSON.stringify(DOCUMENTS[name]), CreationDateTime: new Date('2025-01-01T00:00:00Z') };
    }
    case 'emr.ListClusters': {
      const page = paged(
        clusters.map((index) => ({ Id: `j-SYNTH${index}`, Name: `analysis-${index}`, Status: { State: 'WAITING' }, ClusterArn: `arn:aws:elasticmapreduce:${region}:${accountId}:cluster/j-SYNTH${index}` })),
        input,
        'Marker',
        undefined,
        50,
      );
      return { Clusters: page.items, ...(page.next ? { Marker: page.next } : {}) };
    }
    case 'emr.DescribeCluster': {
      const index = Number(String(input.ClusterId).replace('j-SYNTH', ''));
      const configuration = clusterConfiguration(index);
      return {
        Cluster: {
          Id: `j-SYNTH${index}`,
          Name: `analysis-${index}`,
          Status: { State: 'WAITING' },
          ClusterArn: `arn:aws:elasticmapreduce:${region}:${accountId}:cluster/j-SYNTH${index}`,
          Ec2InstanceAttributes: { Ec2SubnetId: `subnet-${region}-a` },
          Tags: index % 4 === 1 ? [{ Key: 'dbgap:project', Value: 'phs000001' }] : [],
          ...(configuration ? { SecurityConfiguration: configuration } : {}),
        },
      };
    }
    case 'emr.GetBlockPublicAccessConfiguration':
      return {
        BlockPublicAccessConfiguration: {
          BlockPublicSecurityGroupRules: position !== 1,
          PermittedPublicSecurityGroupRuleRanges: position === 0 ? [{ MinRange: 22, MaxRange: 22 }, { MinRange: 3389 }] : [{ MinRange: 22, MaxRange: 22 }],
        },
        BlockPublicAccessConfigurationMetadata: { CreationDateTime: new Date('2025-01-01T00:00:00Z'), CreatedByArn: `arn:aws:iam::${accountId}:root` },
      };
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
