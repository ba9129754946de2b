/** Amazon Inspector in the synthetic account: EC2 scanning only in the home region (ECR off), disabled elsewhere. */
import { serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const inspector2: SyntheticResponder = (aws, api, region, input) => {
  if (api !== 'inspector2.BatchGetAccountStatus') throw serviceError('UnknownOperationException', 400);
  const on = region === aws.home;
  const state = (status: string) => ({ status, errorCode: 'ALREADY_ENABLED', errorMessage: '' });
  const ids = (input.accountIds as string[] | undefined) ?? [aws.options.accountId];
  return {
    accounts: ids.map((accountId) => ({
      accountId,
      state: state(on ? 'ENABLED' : 'DISABLED'),
      resourceState: { ec2: state(on ? 'ENABLED' : 'DISABLED'), ecr: state('DISABLED'), lambda: state(on ? 'ENABLED' : 'DISABLED'), lambdaCode: state('DISABLED') },
    })),
    failedAccounts: [],
  };
};
