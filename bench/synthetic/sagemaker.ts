/**
 * SageMaker in the synthetic account: notebook instances (even: private, KMS, no root; odd: direct internet, AWS
 * managed key, root access; every third tagged as dbGaP) and two Studio domains (one VpcOnly with a customer key, one
 * PublicInternetOnly without, tagged as dbGaP).
 */
import { indexesIn, paged, serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

const indexOf = (value: unknown) => Number(String(value).split('-').at(-1));

export const sagemaker: SyntheticResponder = (aws, api, region, input) => {
  const { accountId } = aws.options;
  const { regions, scale } = aws.shape;
  const notebooks = indexesIn(Math.max(2, Math.floor(scale / 3)), regions, region);
  const domains = indexesIn(2, regions, region);
  const notebookArn = (index: number) => `arn:aws:sagemaker:${region}:${accountId}:notebook-instance/nb-${index}`;
  const domainArn = (index: number) => `arn:aws:sagemaker:${region}:${accountId}:domain/d-${index}`;
  switch (api) {
    case 'sagemaker.ListNotebookInstances': {
      const page = paged(
        notebooks.map((index) => ({ NotebookInstanceName: `nb-${index}`, NotebookInstanceArn: notebookArn(index), NotebookInstanceStatus: 'InService' })),
        input,
        'NextToken',
        'MaxResults',
        10,
      );
      return { NotebookInstances: page.items, ...(page.next ? { NextToken: page.next } : {}) };
    }
    case 'sagemaker.DescribeNotebookInstance': {
      const index = indexOf(input.NotebookInstanceName);
      const private_ = index % 2 === 0;
      return {
        NotebookInstanceArn: notebookArn(index),
        NotebookInstanceName: `nb-${index}`,
        NotebookInstanceStatus: 'InService',
        InstanceType: 'ml.t3.medium',
        DirectInternetAccess: private_ ? 'Disabled' : 'Enabled',
        RootAccess: private_ ? 'Disabled' : 'Enabled',
        VolumeSizeInGB: 50,
        ...(private_
          ? { SubnetId: `subnet-${region}-a`, SecurityGroups: [`sg-${index}`], KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/key-${regions.indexOf(region)}` }
          : {}),
      };
    }
    case 'sagemaker.ListDomains':
      return { Domains: domains.map((index) => ({ DomainId: `d-${index}`, DomainArn: domainArn(index), DomainName: `studio-${index}`, Status: 'InService' })) };
    case 'sagemaker.DescribeDomain': {
      const index = indexOf(input.DomainId);
      const vpcOnly = index % 2 === 0;
      return {
        DomainArn: domainArn(index),
        DomainId: `d-${index}`,
        DomainName: `studio-${index}`,
        Status: 'InService',
        AuthMode: 'IAM',
        AppNetworkAccessType: vpcOnly ? 'VpcOnly' : 'PublicInternetOnly',
        HomeEfsFileSystemId: `fs-${index}`,
        VpcId: `vpc-${region.replace(/-/g, '')}`,
        SubnetIds: [`subnet-${region}-a`],
        ...(vpcOnly ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/key-${regions.indexOf(region)}` } : {}),
      };
    }
    case 'sagemaker.ListTags': {
      const arn = String(input.ResourceArn);
      const index = indexOf(arn);
      const dbgap = arn.includes(':domain/') ? index % 2 === 1 : index % 3 === 0;
      return { Tags: [{ Key: 'team', Value: 'genomics' }, ...(dbgap ? [{ Key: 'dbgap:project', Value: 'phs000001' }] : [])] };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
