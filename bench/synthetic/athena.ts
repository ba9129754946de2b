/**
 * Athena in the synthetic account: `primary` enforces nothing; `analysis` enforces SSE_KMS into dbGaP bucket 0;
 * `adhoc` enforces only SSE_S3 into that dbGaP bucket; `scratch` enforces SSE_S3 into bucket 1 (not dbGaP).
 */
import { paged, serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const athena: SyntheticResponder = (aws, api, region, input) => {
  const { accountId } = aws.options;
  const key = `arn:aws:kms:${region}:${accountId}:key/key-${aws.shape.regions.indexOf(region)}`;
  const configurations: Record<string, Record<string, unknown>> = {
    primary: { EnforceWorkGroupConfiguration: false, PublishCloudWatchMetricsEnabled: true },
    analysis: {
      EnforceWorkGroupConfiguration: true,
      ResultConfiguration: { OutputLocation: `s3://${aws.bucketName(0)}/athena/`, EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: key } },
    },
    adhoc: {
      EnforceWorkGroupConfiguration: true,
      ResultConfiguration: { OutputLocation: `s3://${aws.bucketName(0)}/adhoc/`, EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
    },
    scratch: {
      EnforceWorkGroupConfiguration: true,
      ResultConfiguration: { OutputLocation: `s3://${aws.bucketName(1)}/scratch/`, EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
    },
  };
  switch (api) {
    case 'athena.ListWorkGroups': {
      const page = paged(
        Object.keys(configurations).map((name) => ({ Name: name, State: 'ENABLED' })),
        input,
        'NextToken',
        'MaxResults',
        50,
      );
      return { WorkGroups: page.items, ...(page.next ? { NextToken: page.next } : {}) };
    }
    case 'athena.GetWorkGroup': {
      const name = String(input.WorkGroup);
      const configuration = configurations[name];
      if (!configuration) throw serviceError('InvalidRequestException', 400, `WorkGroup ${name} is not found.`);
      return { WorkGroup: { Name: name, State: 'ENABLED', Configuration: configuration } };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
