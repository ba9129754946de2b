import {
  GenerateCredentialReportCommand,
  GetCredentialReportCommand,
  type GetCredentialReportCommandOutput,
} from '@aws-sdk/client-iam';
import { accountArn } from '../model/check.js';
import type { IamCredentialReport } from '../model/inventory.js';
import { attemptRequired, defineCollector, errorCode, toFailure, type CollectContext } from './collector.js';
import { CredentialReportFormatError, parseCredentialReport } from './credential-report.js';
import type { CollectionFailure } from '../model/failure.js';

/** Answers of GetCredentialReport that mean "generate one and wait". */
const REPORT_NOT_READY = new Set(['ReportNotPresent', 'ReportExpired', 'ReportInProgress']);
export const CREDENTIAL_REPORT_MAX_POLLS = 15;
const POLL_DELAY_MS = 2_000;

function decodeContent(content: GetCredentialReportCommandOutput['Content']): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return new TextDecoder().decode(content);
}

/**
 * The credential report, generated if needed: GetCredentialReport; on ReportNotPresent/ReportExpired/ReportInProgress
 * call GenerateCredentialReport and poll (bounded) until it is COMPLETE. One report per scan feeds every IAM check.
 */
export function fetchCredentialReport(
  context: CollectContext,
): Promise<{ report?: IamCredentialReport; failure?: CollectionFailure }> {
  return context.memo('iam:credential-report', async () => {
    const region = context.homeRegion;
    const client = context.clients.get('iam', region);
    for (let poll = 0; poll <= CREDENTIAL_REPORT_MAX_POLLS; poll += 1) {
      let response: GetCredentialReportCommandOutput;
      try {
        response = await context.limit(() => client.send(new GetCredentialReportCommand({})));
      } catch (error) {
        if (!REPORT_NOT_READY.has(errorCode(error))) {
          return { failure: toFailure(error, 'iam.GetCredentialReport', { region }) };
        }
        if (poll === CREDENTIAL_REPORT_MAX_POLLS) break;
        const generated = await attemptRequired(context, { api: 'iam.GenerateCredentialReport', region }, () =>
          client.send(new GenerateCredentialReportCommand({})),
        );
        if (!generated.ok) return { failure: generated.failure };
        if (generated.value.State !== 'COMPLETE') await context.sleep(POLL_DELAY_MS);
        continue;
      }
      try {
        const rows = parseCredentialReport(decodeContent(response.Content));
        const generatedAt = response.GeneratedTime ? new Date(response.GeneratedTime).toISOString() : null;
        return { report: { arn: accountArn(context.account), generatedAt, rows } };
      } catch (error) {
        if (!(error instanceof CredentialReportFormatError)) throw error;
        return { failure: toFailure(error, 'iam.GetCredentialReport', { region }) };
      }
    }
    return {
      failure: {
        api: 'iam.GetCredentialReport',
        action: 'iam:GetCredentialReport',
        code: 'ReportInProgress',
        kind: 'timeout',
        message: `the credential report was not ready after ${CREDENTIAL_REPORT_MAX_POLLS} polls`,
        region,
      },
    };
  });
}

export const iamCredentialReportCollector = defineCollector({
  key: 'iamCredentialReport',
  scope: 'global',
  apis: ['iam.GetCredentialReport', 'iam.GenerateCredentialReport'],
  async collect(context) {
    const { report, failure } = await fetchCredentialReport(context);
    return { items: report ? [report] : [], failures: failure ? [failure] : [] };
  },
});
