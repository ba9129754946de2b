import { paginateDescribeComputeEnvironments } from '@aws-sdk/client-batch';
import type { BatchComputeEnvironment } from '../model/items/batch.js';
import { defineCollector } from './collector.js';
import { listAll } from './paginate.js';

export const batchComputeEnvironmentsCollector = defineCollector({
  key: 'batchComputeEnvironments',
  scope: 'regional',
  apis: ['batch.DescribeComputeEnvironments'],
  async collect(context, region) {
    const client = context.clients.get('batch', region);
    const listed = await listAll({ api: 'batch.DescribeComputeEnvironments', region }, () => paginateDescribeComputeEnvironments({ client }, {}), (page) => page.computeEnvironments);
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const items = listed.value.map((environment): BatchComputeEnvironment => {
      const resources = environment.computeResources;
      const item: BatchComputeEnvironment = {
        arn: environment.computeEnvironmentArn ?? '',
        region,
        name: environment.computeEnvironmentName ?? '',
        type: environment.type ?? 'UNKNOWN',
        subnets: [...(resources?.subnets ?? [])],
        securityGroupIds: [...(resources?.securityGroupIds ?? [])],
      };
      if (environment.state) item.state = environment.state;
      if (resources?.type) item.computeResourceType = resources.type;
      if (resources?.instanceRole) item.instanceRole = resources.instanceRole;
      const template = resources?.launchTemplate?.launchTemplateId ?? resources?.launchTemplate?.launchTemplateName;
      if (template) item.launchTemplate = template;
      return item;
    });
    return { items, failures: [] };
  },
});
