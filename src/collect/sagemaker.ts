import {
  DescribeDomainCommand,
  DescribeNotebookInstanceCommand,
  paginateListDomains,
  paginateListNotebookInstances,
  paginateListTags,
} from '@aws-sdk/client-sagemaker';
import { type CollectionFailure, type Fact, isUnknown, unknownFact } from '../model/failure.js';
import type { SageMakerDomain, SageMakerNotebookInstance } from '../model/items/sagemaker.js';
import { attemptRequired, type CollectContext, defineCollector, mapAll } from './collector.js';
import { attemptPages, gathered, itemsOf, listAll } from './paginate.js';
import { toTagMap } from './tags.js';

type Outcome<T> = { item?: T; failure?: CollectionFailure };

/** ListTags of one SageMaker resource: its tags, or an UnknownFact naming sagemaker:ListTags (the resource is still judged). */
async function tagsOf(context: CollectContext, region: string, arn: string): Promise<Fact<Record<string, string>>> {
  const client = context.clients.get('sagemaker', region);
  const listed = await attemptPages({ api: 'sagemaker.ListTags', region, resourceArn: arn }, () => paginateListTags({ client }, { ResourceArn: arn }));
  return listed.ok ? toTagMap(itemsOf(listed.value, (page) => page.Tags)) : unknownFact(listed.failure, 'tags');
}

function withTagFailure<T extends { tags: Fact<Record<string, string>> }>(item: T): Outcome<T> {
  // The failure carries `field: 'tags'`: the checks that classify the resource weigh it; the others judge the rest.
  return isUnknown(item.tags) ? { item, failure: item.tags.unknown } : { item };
}

export const sagemakerNotebookInstancesCollector = defineCollector({
  key: 'sagemakerNotebookInstances',
  scope: 'regional',
  apis: ['sagemaker.ListNotebookInstances', 'sagemaker.DescribeNotebookInstance', 'sagemaker.ListTags'],
  async collect(context, region) {
    const client = context.clients.get('sagemaker', region);
    const listed = await listAll(
      { api: 'sagemaker.ListNotebookInstances', region },
      () => paginateListNotebookInstances({ client }, {}),
      (page) => page.NotebookInstances,
    );
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const outcomes = await mapAll(listed.value, async (summary): Promise<Outcome<SageMakerNotebookInstance>> => {
      const arn = summary.NotebookInstanceArn ?? '';
      const [described, tags] = await Promise.all([
        attemptRequired({ api: 'sagemaker.DescribeNotebookInstance', region, resourceArn: arn }, () =>
          client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: summary.NotebookInstanceName })),
        ),
        tagsOf(context, region, arn),
      ]);
      if (!described.ok) return { failure: described.failure };
      const notebook = described.value;
      const item: SageMakerNotebookInstance = {
        arn,
        region,
        name: notebook.NotebookInstanceName ?? summary.NotebookInstanceName ?? '',
        status: notebook.NotebookInstanceStatus ?? summary.NotebookInstanceStatus ?? 'Unknown',
        // CreateNotebookInstance: DirectInternetAccess and RootAccess default to Enabled.
        // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html
        directInternetAccess: notebook.DirectInternetAccess ?? 'Enabled',
        rootAccess: notebook.RootAccess ?? 'Enabled',
        securityGroups: [...(notebook.SecurityGroups ?? [])].sort(),
        tags,
      };
      if (notebook.KmsKeyId) item.kmsKeyId = notebook.KmsKeyId;
      if (notebook.SubnetId) item.subnetId = notebook.SubnetId;
      if (notebook.VolumeSizeInGB !== undefined) item.volumeSizeGiB = notebook.VolumeSizeInGB;
      return withTagFailure(item);
    });
    return gathered({ ok: true, value: outcomes });
  },
});

export const sagemakerDomainsCollector = defineCollector({
  key: 'sagemakerDomains',
  scope: 'regional',
  apis: ['sagemaker.ListDomains', 'sagemaker.DescribeDomain', 'sagemaker.ListTags'],
  async collect(context, region) {
    const client = context.clients.get('sagemaker', region);
    const listed = await listAll({ api: 'sagemaker.ListDomains', region }, () => paginateListDomains({ client }, {}), (page) => page.Domains);
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const outcomes = await mapAll(listed.value, async (summary): Promise<Outcome<SageMakerDomain>> => {
      const domainId = summary.DomainId ?? '';
      const arn = summary.DomainArn ?? `arn:${partition}:sagemaker:${region}:${id}:domain/${domainId}`;
      const [described, tags] = await Promise.all([
        attemptRequired({ api: 'sagemaker.DescribeDomain', region, resourceArn: arn }, () => client.send(new DescribeDomainCommand({ DomainId: domainId }))),
        tagsOf(context, region, arn),
      ]);
      if (!described.ok) return { failure: described.failure };
      const domain = described.value;
      const item: SageMakerDomain = {
        arn,
        region,
        domainId,
        name: domain.DomainName ?? summary.DomainName ?? domainId,
        status: domain.Status ?? summary.Status ?? 'Unknown',
        // CreateDomain: AppNetworkAccessType defaults to PublicInternetOnly.
        // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html
        appNetworkAccessType: domain.AppNetworkAccessType ?? 'PublicInternetOnly',
        subnetIds: [...(domain.SubnetIds ?? [])].sort(),
        tags,
      };
      if (domain.KmsKeyId) item.kmsKeyId = domain.KmsKeyId;
      if (domain.HomeEfsFileSystemId) item.homeEfsFileSystemId = domain.HomeEfsFileSystemId;
      if (domain.VpcId) item.vpcId = domain.VpcId;
      return withTagFailure(item);
    });
    return gathered({ ok: true, value: outcomes });
  },
});
