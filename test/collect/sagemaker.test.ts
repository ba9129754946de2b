import {
  DescribeDomainCommand,
  DescribeNotebookInstanceCommand,
  ListDomainsCommand,
  ListNotebookInstancesCommand,
  ListTagsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsError, collect } from '../helpers/collect.js';

const sagemaker = mockClient(SageMakerClient);
const NB_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb-1';
const DOMAIN_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:domain/d-1';

beforeEach(() => {
  sagemaker.reset();
  sagemaker.onAnyCommand().rejects(new Error('unexpected SageMaker command'));
  sagemaker.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [{ NotebookInstanceName: 'nb-1', NotebookInstanceArn: NB_ARN }] });
  sagemaker.on(ListTagsCommand).resolves({ Tags: [{ Key: 'dbgap:project', Value: 'phs000001' }] });
  sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1', DomainArn: DOMAIN_ARN }] });
});
afterEach(() => sagemaker.reset());

describe('SageMaker notebook instances collector', () => {
  it('reads each notebook with its tags', async () => {
    sagemaker.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'nb-1' }).resolves({
      NotebookInstanceArn: NB_ARN,
      NotebookInstanceName: 'nb-1',
      NotebookInstanceStatus: 'InService',
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
      SubnetId: 'subnet-1',
      SecurityGroups: ['sg-2', 'sg-1'],
      VolumeSizeInGB: 20,
    });
    const inventory = await collect(['sagemakerNotebookInstances']);
    expect(inventory.keys.sagemakerNotebookInstances?.items).toEqual([
      {
        arn: NB_ARN,
        region: 'us-east-1',
        name: 'nb-1',
        status: 'InService',
        directInternetAccess: 'Disabled',
        rootAccess: 'Disabled',
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1',
        subnetId: 'subnet-1',
        securityGroups: ['sg-1', 'sg-2'],
        volumeSizeGiB: 20,
        tags: { 'dbgap:project': 'phs000001' },
      },
    ]);
    expect(inventory.keys.sagemakerNotebookInstances?.failures).toEqual([]);
    expect(sagemaker.commandCalls(ListTagsCommand)[0]?.args[0].input).toEqual({ ResourceArn: NB_ARN });
  });

  it('reads absent DirectInternetAccess and RootAccess as Enabled, the documented defaults', async () => {
    // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
    sagemaker.on(DescribeNotebookInstanceCommand).resolves({ NotebookInstanceArn: NB_ARN, NotebookInstanceName: 'nb-1' });
    const inventory = await collect(['sagemakerNotebookInstances']);
    expect(inventory.keys.sagemakerNotebookInstances?.items).toEqual([
      expect.objectContaining({ directInternetAccess: 'Enabled', rootAccess: 'Enabled', securityGroups: [] }),
    ]);
  });

  it('keeps a notebook whose tags are denied, with the tags unknown and a failure naming sagemaker:ListTags', async () => {
    sagemaker.on(DescribeNotebookInstanceCommand).resolves({ NotebookInstanceArn: NB_ARN, NotebookInstanceName: 'nb-1', DirectInternetAccess: 'Enabled' });
    sagemaker.on(ListTagsCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['sagemakerNotebookInstances']);
    const [item] = inventory.keys.sagemakerNotebookInstances?.items ?? [];
    expect(item?.tags).toEqual({ unknown: expect.objectContaining({ api: 'sagemaker.ListTags', action: 'sagemaker:ListTags', field: 'tags', resourceArn: NB_ARN }) });
    expect(inventory.keys.sagemakerNotebookInstances?.failures).toEqual([expect.objectContaining({ action: 'sagemaker:ListTags', field: 'tags' })]);
  });

  it('drops a notebook whose description is denied, recording sagemaker:DescribeNotebookInstance for it', async () => {
    sagemaker.on(DescribeNotebookInstanceCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['sagemakerNotebookInstances']);
    expect(inventory.keys.sagemakerNotebookInstances?.items).toEqual([]);
    expect(inventory.keys.sagemakerNotebookInstances?.failures).toEqual([
      expect.objectContaining({ action: 'sagemaker:DescribeNotebookInstance', kind: 'access-denied', resourceArn: NB_ARN }),
    ]);
  });

  it('records an answer without the notebook ARN as unreadable, never as a notebook', async () => {
    sagemaker.on(DescribeNotebookInstanceCommand).resolves({ NotebookInstanceName: 'nb-1', DirectInternetAccess: 'Disabled' });
    const inventory = await collect(['sagemakerNotebookInstances']);
    expect(inventory.keys.sagemakerNotebookInstances?.items).toEqual([]);
    expect(inventory.keys.sagemakerNotebookInstances?.failures).toEqual([expect.objectContaining({ code: 'UnreadableResponse', action: 'sagemaker:DescribeNotebookInstance' })]);
  });

  it('records a denied listing per region, naming sagemaker:ListNotebookInstances', async () => {
    sagemaker.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['sagemakerNotebookInstances'], { regions: ['us-east-1', 'us-west-2'] });
    expect(inventory.keys.sagemakerNotebookInstances?.failures.map((failure) => [failure.action, failure.region])).toEqual([
      ['sagemaker:ListNotebookInstances', 'us-east-1'],
      ['sagemaker:ListNotebookInstances', 'us-west-2'],
    ]);
  });
});

describe('SageMaker domains collector', () => {
  it('reads each domain with its network mode, key and tags', async () => {
    sagemaker.on(DescribeDomainCommand, { DomainId: 'd-1' }).resolves({
      DomainArn: DOMAIN_ARN,
      DomainId: 'd-1',
      DomainName: 'studio',
      Status: 'InService',
      AppNetworkAccessType: 'VpcOnly',
      KmsKeyId: 'k1',
      HomeEfsFileSystemId: 'fs-1',
      VpcId: 'vpc-1',
      SubnetIds: ['subnet-b', 'subnet-a'],
    });
    const inventory = await collect(['sagemakerDomains']);
    expect(inventory.keys.sagemakerDomains?.items).toEqual([
      {
        arn: DOMAIN_ARN,
        region: 'us-east-1',
        domainId: 'd-1',
        name: 'studio',
        status: 'InService',
        appNetworkAccessType: 'VpcOnly',
        kmsKeyId: 'k1',
        homeEfsFileSystemId: 'fs-1',
        vpcId: 'vpc-1',
        subnetIds: ['subnet-a', 'subnet-b'],
        tags: { 'dbgap:project': 'phs000001' },
      },
    ]);
  });

  it('reads an absent AppNetworkAccessType as PublicInternetOnly, the documented default', async () => {
    // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html
    sagemaker.on(DescribeDomainCommand).resolves({ DomainArn: DOMAIN_ARN, DomainId: 'd-1' });
    const inventory = await collect(['sagemakerDomains']);
    expect(inventory.keys.sagemakerDomains?.items).toEqual([expect.objectContaining({ appNetworkAccessType: 'PublicInternetOnly', name: 'd-1' })]);
  });

  it('records a denied DescribeDomain for the domain, naming sagemaker:DescribeDomain', async () => {
    sagemaker.on(DescribeDomainCommand).rejects(awsError('AccessDeniedException', 400));
    const inventory = await collect(['sagemakerDomains']);
    expect(inventory.keys.sagemakerDomains?.items).toEqual([]);
    expect(inventory.keys.sagemakerDomains?.failures).toEqual([expect.objectContaining({ action: 'sagemaker:DescribeDomain', resourceArn: DOMAIN_ARN })]);
  });
});
