/** AWS Lambda of the synthetic account: functions whose roles do and do not reach the dbGaP buckets. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const lambda: SyntheticResponder = (aws, api, region, input): Output => {
  const { accountId } = aws.options;
  const arn = (name: string) => `arn:aws:lambda:${region}:${accountId}:function:${name}`;
  switch (api) {
    case 'lambda.ListFunctions':
      return {
        Functions: [
          // partner-access carries ReadOnlyAccess (s3:Get* on *): it reads the dbGaP buckets.
          { FunctionName: 'vcf-indexer', FunctionArn: arn('vcf-indexer'), Role: `arn:aws:iam::${accountId}:role/partner-access`, Environment: { Variables: { DB_PASSWORD: 'synthetic-secret-value' } } },
          { FunctionName: 'cohort-export', FunctionArn: arn('cohort-export'), Role: `arn:aws:iam::${accountId}:role/partner-access`, KMSKeyArn: `arn:aws:kms:${region}:${accountId}:key/key-0`, Environment: { Variables: { STAGE: 'prod' } } },
          { FunctionName: 'thumbnailer', FunctionArn: arn('thumbnailer'), Role: `arn:aws:iam::${accountId}:role/ec2-worker` },
        ],
      };
    case 'lambda.ListFunctionUrlConfigs': {
      const name = String(input.FunctionName).split(':').at(-1);
      if (name === 'vcf-indexer') return { FunctionUrlConfigs: [{ FunctionUrl: 'https://vcf.lambda-url.example/', FunctionArn: arn('vcf-indexer'), AuthType: 'NONE' }] };
      if (name === 'cohort-export') return { FunctionUrlConfigs: [{ FunctionUrl: 'https://cohort.lambda-url.example/', FunctionArn: arn('cohort-export'), AuthType: 'AWS_IAM' }] };
      return { FunctionUrlConfigs: [] };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
