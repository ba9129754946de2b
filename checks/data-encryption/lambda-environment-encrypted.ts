import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { keyKind } from '../../src/rules/kms-key-reference.js';
import { dbgapBucketArns, roleDataAccess } from '../../src/rules/lambda-data-access.js';

export default defineCheck({
  id: 'lambda-environment-encrypted',
  title: 'Lambda functions that touch dbGaP buckets encrypt their environment variables with a customer-managed key',
  controlArea: 'data-encryption',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-28(1)', 'SC-12', 'SC-13'], sp800_171r2: ['3.13.16', '3.13.10'], sp800_171r3: ['03.13.08', '03.13.10'] },
  needs: ['lambdaFunctions', 'kmsKeys', 'iamAuthorizationDetails', 's3Buckets', 's3BucketTags'],
  rationale:
    'Environment variables of data-processing functions often carry bucket names, database endpoints and tokens. Lambda always encrypts them at rest, but with the AWS-managed key aws/lambda anyone allowed lambda:GetFunctionConfiguration reads them in clear; a customer-managed key puts them behind a key policy the institution controls and logs each decryption. Only functions whose role can read or write a dbGaP bucket, and that have environment variables, are judged; their values are never collected.',
  remediation: {
    summary:
      'Set a customer-managed KMS key on the function. Give the execution role kms:Decrypt on the key, then set KMSKeyArn on the function configuration.',
    cli: 'aws lambda update-function-configuration --function-name FUNCTION --kms-key-arn KEY_ARN  # keeps the variables; only the key that encrypts them changes',
    docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
  },
  evaluate({ lambdaFunctions, kmsKeys, iamAuthorizationDetails, s3Buckets, s3BucketTags }, { account, settings, now }) {
    const access = roleDataAccess(iamAuthorizationDetails, dbgapBucketArns(s3Buckets, s3BucketTags, settings), { account, now, settings });
    return lambdaFunctions.flatMap((fn) => {
      const touch = access(fn.role);
      if (touch.touches === false) return [];
      const label = touch.touches === true ? `Function ${fn.functionName} (reads or writes dbGaP bucket ${touch.buckets.join(', ')})` : `Function ${fn.functionName} (may touch dbGaP data: ${touch.why})`;
      if (fn.environmentVariableCount === 0) return [pass(fn, `${label} has no environment variables.`)];
      const count = `${fn.environmentVariableCount} environment variable${fn.environmentVariableCount === 1 ? '' : 's'}`;
      // Without KMSKeyArn, "Lambda uses an AWS managed key" (aws/lambda) for the variables (Lambda Developer Guide).
      if (!fn.kmsKeyArn) return [fail(fn, `${label} encrypts its ${count} with the AWS-managed key aws/lambda, not a customer-managed key.`)];
      const kind = keyKind(fn.kmsKeyArn, fn.region, kmsKeys, account.id);
      switch (kind.kind) {
        case 'customer':
          return [pass(fn, `${label} encrypts its ${count} with customer-managed key ${kind.key.arn}.`)];
        case 'foreign':
          return [pass(fn, `${label} encrypts its ${count} with a customer-managed key of account ${kind.owner}.`)];
        case 'aws-managed':
          return [fail(fn, `${label} encrypts its ${count} with the AWS-managed key ${kind.key.arn}.`)];
        default:
          return [error(fn, `${label}: ${kind.why}, so whether its ${count} use a customer-managed key is unknown.`)];
      }
    });
  },
});
