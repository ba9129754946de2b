import { BatchGetAccountStatusCommand } from '@aws-sdk/client-inspector2';
import { regionalAccountRef } from '../model/check.js';
import type { InspectorStatus } from '../model/items/inspector.js';
import { attemptRequired, defineCollector, toFailure } from './collector.js';
import { UnreadableResponseError } from './responses.js';

/** The scan types of ResourceState, by the names Inspector uses for them in its console and Enable API. */
const SCAN_TYPES = { ec2: 'EC2', ecr: 'ECR', lambda: 'LAMBDA', lambdaCode: 'LAMBDA_CODE', codeRepository: 'CODE_REPOSITORY' } as const;

/**
 * BatchGetAccountStatus answers for an account that never enabled Inspector too (status DISABLED), so "off" is an
 * ordinary answer. https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetAccountStatus.html
 */
export const inspectorStatusCollector = defineCollector({
  key: 'inspectorStatus',
  scope: 'regional',
  apis: ['inspector2.BatchGetAccountStatus'],
  async collect(context, region) {
    const client = context.clients.get('inspector2', region);
    const ref = regionalAccountRef(context.account, 'inspector2', region);
    const api = 'inspector2.BatchGetAccountStatus';
    const got = await attemptRequired({ api, region }, () => client.send(new BatchGetAccountStatusCommand({ accountIds: [context.account.id] })));
    if (!got.ok) return { items: [], failures: [got.failure] };
    const account = got.value.accounts?.find((entry) => entry.accountId === context.account.id);
    if (!account) {
      // The account is reported as failed (e.g. ACCESS_DENIED for a member the caller cannot see) or not at all.
      const failed = got.value.failedAccounts?.find((entry) => entry.accountId === context.account.id);
      const error = failed
        ? Object.assign(new Error(failed.errorMessage ?? `Inspector could not report the account (${failed.errorCode ?? 'no error code'})`), {
            name: failed.errorCode === 'ACCESS_DENIED' ? 'AccessDeniedException' : (failed.errorCode ?? 'FailedAccount'),
          })
        : new UnreadableResponseError(api, `the answer does not list account ${context.account.id}`);
      return { items: [], failures: [toFailure(error, api, { region })] };
    }
    const scans: Record<string, string> = {};
    for (const [field, name] of Object.entries(SCAN_TYPES)) {
      const status = account.resourceState?.[field as keyof typeof SCAN_TYPES]?.status;
      if (status) scans[name] = status;
    }
    const item: InspectorStatus = { ...ref, region, status: account.state?.status ?? 'UNKNOWN', scans };
    return { items: [item], failures: [] };
  },
});
