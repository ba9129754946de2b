import { defineCheck, fail, pass } from '../../src/model/check.js';

const EVALUATED_STATES = new Set(['running', 'stopped']);

export default defineCheck({
  id: 'ec2-instance-profile-attached',
  title: 'Instances use an IAM role (instance profile) rather than embedded keys',
  controlArea: 'user-accounts',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'IA-5(7)'], sp800_171r2: ['3.1.1', '3.1.2'], sp800_171r3: ['03.01.01', '03.01.02', '03.05.12'] },
  needs: ['ec2Instances'],
  rationale:
    'An instance without a role usually reaches S3 with long-lived access keys copied onto its disk, which outlive the project, leak into images and snapshots, and cannot be scoped to one host. A role gives short-lived, automatically rotated credentials.',
  remediation: {
    summary:
      'Attach an instance profile with only the data access the workload needs. Then remove any access keys stored on the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id INSTANCE_ID --iam-instance-profile Name=PROFILE_NAME  # fails if the instance already has a profile',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  },
  evaluate({ ec2Instances }) {
    return ec2Instances
      .filter((instance) => EVALUATED_STATES.has(instance.state))
      .map((instance) =>
        instance.iamInstanceProfileArn
          ? pass(instance, `Instance ${instance.instanceId} (${instance.state}) uses instance profile ${instance.iamInstanceProfileArn}.`)
          : fail(instance, `Instance ${instance.instanceId} (${instance.state}) has no IAM instance profile.`),
      );
  },
});
