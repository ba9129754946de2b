import { DescribeTaskCommand, paginateListLocations, paginateListTasks } from '@aws-sdk/client-datasync';
import type { DataSyncTask } from '../model/items/datasync.js';
import { attemptRequired, defineCollector } from './collector.js';
import { gathered, listAll, shareListing } from './paginate.js';

export const datasyncTasksCollector = defineCollector({
  key: 'datasyncTasks',
  scope: 'regional',
  apis: ['datasync.ListTasks', 'datasync.DescribeTask', 'datasync.ListLocations'],
  async collect(context, region) {
    const client = context.clients.get('datasync', region);
    const locations = listAll({ api: 'datasync.ListLocations', region }, () => paginateListLocations({ client }, {}), (page) => page.Locations);
    const listing = shareListing({ api: 'datasync.ListTasks', region }, () => paginateListTasks({ client }, {}), (page) => page.Tasks);
    const outcomes = await listing.map(async (listed) => {
      const response = await attemptRequired({ api: 'datasync.DescribeTask', region, resourceArn: listed.TaskArn }, () =>
        client.send(new DescribeTaskCommand({ TaskArn: listed.TaskArn })),
      );
      if (!response.ok) return { failure: response.failure };
      const task = response.value;
      const item: DataSyncTask = { arn: task.TaskArn ?? listed.TaskArn ?? '', region };
      const name = task.Name ?? listed.Name;
      if (name) item.name = name;
      if (task.Status) item.status = task.Status;
      if (task.SourceLocationArn) item.sourceLocationArn = task.SourceLocationArn;
      if (task.DestinationLocationArn) item.destinationLocationArn = task.DestinationLocationArn;
      return { item };
    });
    const listed = await locations;
    const result = gathered(outcomes);
    if (!listed.ok) return { items: result.items, failures: [...result.failures, listed.failure] };
    const uriOf = new Map(listed.value.map((location) => [location.LocationArn ?? '', location.LocationUri ?? '']));
    for (const item of result.items) {
      const source = item.sourceLocationArn ? uriOf.get(item.sourceLocationArn) : undefined;
      const destination = item.destinationLocationArn ? uriOf.get(item.destinationLocationArn) : undefined;
      if (source) item.sourceLocationUri = source;
      if (destination) item.destinationLocationUri = destination;
    }
    return result;
  },
});
