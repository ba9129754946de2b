import { defineCheck, fail, pass } from '../../src/model/check.js';
import { describeFailure, isUnknown } from '../../src/model/failure.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { classifyStore } from '../../src/rules/tagged-stores.js';

export default defineCheck({
  id: 'sagemaker-domain-kms',
  title: 'SageMaker Studio domains encrypt their storage with a customer-managed KMS key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-12', 'SC-13'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['sagemakerDomains'],
  rationale:
    'Every Studio user\'s home directory lives on the domain\'s EFS file system, and apps stage data on EBS volumes. Without a KmsKeyId both use an AWS managed key, whose policy the institution cannot restrict or revoke for crypto-erasure at close-out. A finding on a domain not tagged as holding dbGaP data is low.',
  remediation: {
    summary:
      'Create a domain with a customer-managed KMS key and move users to it. The key of a domain cannot be changed after it is created.',
    cli: 'aws sagemaker create-domain --domain-name NAME-cmk --auth-mode IAM --default-user-settings ExecutionRole=ROLE_ARN --vpc-id VPC_ID --subnet-ids SUBNET_ID --app-network-access-type VpcOnly --kms-key-id KEY_ARN  # creates a new domain; move user profiles and data, then retire the old one',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html',
  },
  evaluate({ sagemakerDomains }, { settings }) {
    return sagemakerDomains
      .filter((domain) => domain.status !== 'Deleting')
      .map((domain) => {
        const { controlledData, reason } = classifyStore({ name: domain.name, kind: 'sagemaker-domain', tags: domain.tags }, settings);
        const label = `SageMaker domain ${domain.name} (${domain.domainId})${controlledData === true ? ` (dbGaP data: ${reason})` : ''}`;
        if (domain.kmsKeyId) return pass(domain, `${label} encrypts its EFS and EBS storage with KMS key ${domain.kmsKeyId}.`);
        const unread = isUnknown(domain.tags) ? ` Its tags could not be read (${describeFailure(domain.tags.unknown)}), so it may hold dbGaP data.` : '';
        return fail(domain, `${label} encrypts its EFS and EBS storage with an AWS managed key, not a customer-managed key.${unread}`, severityForStore(controlledData, 'high'));
      });
  },
});
