/** AWS DataSync of the synthetic account: a task to an own bucket, one to a partner bucket, one to NFS. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const datasync: SyntheticResponder = (aws, api, region, input): Output => {
  const { accountId } = aws.options;
  const location = (id: string) => `arn:aws:datasync:${region}:${accountId}:location/loc-${id}`;
  const task = (id: string) => `arn:aws:datasync:${region}:${accountId}:task/task-${id}`;
  const tasks: Record<string, Output> = {
    [task('own')]: { TaskArn: task('own'), Name: 'to-lab-bucket', Status: 'AVAILABLE', SourceLocationArn: location('nfs'), DestinationLocationArn: location('own') },
    [task('partner')]: { TaskArn: task('partner'), Name: 'to-partner', Status: 'AVAILABLE', SourceLocationArn: location('own'), DestinationLocationArn: location('partner') },
    [task('nfs')]: { TaskArn: task('nfs'), Name: 'to-cluster', Status: 'AVAILABLE', SourceLocationArn: location('own'), DestinationLocationArn: location('nfs') },
  };
  switch (api) {
    case 'datasync.ListTasks':
      return { Tasks: Object.values(tasks).map((entry) => ({ TaskArn: entry.TaskArn, Name: entry.Name, Status: entry.Status })) };
    case 'datasync.DescribeTask': {
      const entry = tasks[String(input.TaskArn)];
      if (!entry) throw serviceError('InvalidRequestException', 400);
      return entry;
    }
    case 'datasync.ListLocations':
      return {
        Locations: [
          { LocationArn: location('own'), LocationUri: `s3://${aws.bucketName(1)}/exports/` },
          { LocationArn: location('partner'), LocationUri: 's3://partner-copy/incoming/' },
          { LocationArn: location('nfs'), LocationUri: 'nfs://10.0.0.5/data/' },
        ],
      };
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
