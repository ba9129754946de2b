import { defineCheck, fail, pass } from '../../src/model/check.js';
import { describeFailure, isUnknown } from '../../src/model/failure.js';
import { severityForStore } from '../../src/rules/data-classification.js';
import { classifyStore } from '../../src/rules/tagged-stores.js';

export default defineCheck({
  id: 'sagemaker-notebook-kms',
  title: 'SageMaker notebook storage volumes are encrypted with a customer-managed KMS key',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-12', 'SC-13'], sp800_171r2: ['3.13.16', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['sagemakerNotebookInstances'],
  rationale:
    'Analysts copy genotype and phenotype files onto the notebook\'s ML storage volume. Without a KmsKeyId it is encrypted with the AWS managed key, whose policy the institution cannot restrict or revoke, so the data cannot be crypto-erased at close-out. A finding on a notebook not tagged as holding dbGaP data is low.',
  remediation: {
    summary:
      'Recreate the notebook with a customer-managed KMS key. The key of a notebook\'s volume cannot be changed after it is created.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME-cmk --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled --kms-key-id KEY_ARN  # creates a replacement; copy the work over, then retire the old notebook',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
  },
  evaluate({ sagemakerNotebookInstances }, { settings }) {
    // An unread tag set (a failure with `field: 'tags'`, which the runner leaves to this check) keeps the finding's
    // severity: it may be dbGaP data. It never decides a pass, which needs only the key.
    return sagemakerNotebookInstances
      .filter((notebook) => notebook.status !== 'Deleting')
      .map((notebook) => {
        const { controlledData, reason } = classifyStore({ name: notebook.name, kind: 'sagemaker-notebook', tags: notebook.tags }, settings);
        const label = `Notebook instance ${notebook.name}${controlledData === true ? ` (dbGaP data: ${reason})` : ''}`;
        if (notebook.kmsKeyId) return pass(notebook, `${label} encrypts its storage volume with KMS key ${notebook.kmsKeyId}.`);
        const unread = isUnknown(notebook.tags) ? ` Its tags could not be read (${describeFailure(notebook.tags.unknown)}), so it may hold dbGaP data.` : '';
        return fail(notebook, `${label} encrypts its storage volume with the AWS managed key, not a customer-managed key.${unread}`, severityForStore(controlledData, 'high'));
      });
  },
});
