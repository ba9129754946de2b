import { defineCheck, error, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'batch-compute-environment-private',
  title: 'AWS Batch compute environments launch their instances without public IP addresses',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['SC-7', 'SC-7(5)', 'AC-4'], sp800_171r2: ['3.13.1', '3.13.5'], sp800_171r3: ['03.13.01'] },
  needs: ['batchComputeEnvironments', 'ec2Subnets'],
  rationale:
    'Batch jobs read and write controlled-access data on the instances a managed compute environment launches. Those instances take a public IP address when their subnet assigns one on launch, which puts every analysis host one security group rule away from the internet. Private subnets with a NAT gateway or VPC endpoints give the same reach to ECS, ECR and S3 without that exposure.',
  remediation: {
    summary:
      'Run managed EC2/Spot compute environments in private subnets. Create a new compute environment on subnets with MapPublicIpOnLaunch off (and a NAT gateway or VPC endpoints), point the job queues at it, then disable the old environment.',
    cli: 'aws batch update-compute-environment --compute-environment ENV_NAME --compute-resources subnets=PRIVATE_SUBNET_ID  # or: aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch (affects every later launch in the subnet)',
    docUrl: 'https://docs.aws.amazon.com/batch/latest/userguide/managed_compute_environments.html',
  },
  evaluate({ batchComputeEnvironments, ec2Subnets }) {
    const subnets = new Map(ec2Subnets.map((subnet) => [`${subnet.region} ${subnet.subnetId}`, subnet]));
    return batchComputeEnvironments.flatMap((environment) => {
      const label = `Batch compute environment ${environment.name}`;
      const role = environment.instanceRole ? ` (instance role ${environment.instanceRole})` : '';
      // Unmanaged environments run on instances the customer launches (ec2-instance-no-public-ip judges those);
      // Fargate jobs take a public IP only when their job definition sets assignPublicIp ENABLED (default DISABLED).
      if (environment.type !== 'MANAGED' || !['EC2', 'SPOT'].includes(environment.computeResourceType ?? '')) return [];
      // "If your container instances do not have public IP addresses (because the subnets you've chosen do not provide
      // them by default), then they must use NAT" (AWS Batch User Guide, managed compute environments): the subnet's
      // MapPublicIpOnLaunch decides. A launch template's network interface may override it; templates are not read.
      const missing = environment.subnets.filter((id) => !subnets.has(`${environment.region} ${id}`));
      const publicSubnets = environment.subnets.filter((id) => subnets.get(`${environment.region} ${id}`)?.mapPublicIpOnLaunch === true);
      if (publicSubnets.length > 0) {
        if (environment.launchTemplate) {
          return [error(environment, `${label}${role} uses subnets that assign public IPs on launch (${publicSubnets.join(', ')}); its launch template ${environment.launchTemplate} may override that, and launch templates are not read.`)];
        }
        return [fail(environment, `${label}${role} launches instances in subnets that assign public IP addresses on launch: ${publicSubnets.join(', ')}.`)];
      }
      if (missing.length > 0) return [error(environment, `${label} uses subnets that are not in the inventory (${missing.join(', ')}), so whether they assign public IPs is unknown.`)];
      if (environment.subnets.length === 0) return [error(environment, `${label} lists no subnets, so where its instances launch is unknown.`)];
      return [pass(environment, `${label}${role} launches instances only in subnets that assign no public IP (${environment.subnets.join(', ')}).`)];
    });
  },
});
