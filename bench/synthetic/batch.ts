/** AWS Batch of the synthetic account: managed environments in public subnets (one with a launch template), Fargate and unmanaged ones. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const batch: SyntheticResponder = (aws, api, region): Output => {
  const { accountId } = aws.options;
  if (api !== 'batch.DescribeComputeEnvironments') throw serviceError('UnknownOperationException', 400);
  const environment = (name: string, type: string, subnets: string[], template?: string) => ({
    computeEnvironmentName: name,
    computeEnvironmentArn: `arn:aws:batch:${region}:${accountId}:compute-environment/${name}`,
    type: 'MANAGED',
    state: 'ENABLED',
    computeResources: { type, subnets, securityGroupIds: ['sg-batch'], ...(type === 'FARGATE' ? {} : { instanceRole: `arn:aws:iam::${accountId}:instance-profile/ecsInstanceRole` }), ...(template ? { launchTemplate: { launchTemplateName: template } } : {}) },
  });
  // The synthetic default VPC's subnets (bench/synthetic-aws.ts) all map public IPs on launch.
  return {
    computeEnvironments: [
      environment('genomics-public', 'SPOT', [`subnet-${region}-a`]),
      environment('genomics-templated', 'EC2', [`subnet-${region}-b`], 'private-nics'),
      environment('genomics-fargate', 'FARGATE', [`subnet-${region}-b`]),
      { computeEnvironmentName: 'lab-unmanaged', computeEnvironmentArn: `arn:aws:batch:${region}:${accountId}:compute-environment/lab-unmanaged`, type: 'UNMANAGED' },
    ],
  };
};
