/** Security Hub in the synthetic account: on in the home region with one READY and one INCOMPLETE standard, off elsewhere. */
import { serviceError } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const securityhub: SyntheticResponder = (aws, api, region) => {
  const { accountId } = aws.options;
  if (region !== aws.home) throw serviceError('InvalidAccessException', 401, `Account ${accountId} is not subscribed to AWS Security Hub`);
  switch (api) {
    case 'securityhub.DescribeHub':
      return { HubArn: `arn:aws:securityhub:${region}:${accountId}:hub/default`, SubscribedAt: '2024-01-01T00:00:00.000Z', AutoEnableControls: true };
    case 'securityhub.GetEnabledStandards':
      return {
        StandardsSubscriptions: [
          {
            StandardsSubscriptionArn: `arn:aws:securityhub:${region}:${accountId}:subscription/aws-foundational-security-best-practices/v/1.0.0`,
            StandardsArn: `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
            StandardsInput: {},
            StandardsStatus: 'READY',
          },
          {
            StandardsSubscriptionArn: `arn:aws:securityhub:${region}:${accountId}:subscription/nist-800-53/v/5.0.0`,
            StandardsArn: `arn:aws:securityhub:${region}::standards/nist-800-53/v/5.0.0`,
            StandardsInput: {},
            StandardsStatus: 'INCOMPLETE',
            StandardsStatusReason: { StatusReasonCode: 'NO_AVAILABLE_CONFIGURATION_RECORDER' },
          },
        ],
      };
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
