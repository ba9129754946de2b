import { defineCheck, fail, pass, regionalAccountRef, unknownError } from '../../src/model/check.js';
import { isUnknown, unknownFailures } from '../../src/model/failure.js';
import type { ConfigRecorder } from '../../src/model/items/config.js';

/** Service-linked recorders (Security Hub's and the like) record for the service, not for you. */
export function isServiceLinked(recorder: ConfigRecorder): boolean {
  return recorder.recordingScope === 'INTERNAL' || recorder.servicePrincipal !== undefined || recorder.name.startsWith('AWSConfigurationRecorderFor');
}

export default defineCheck({
  id: 'config-recorder-enabled',
  title: 'AWS Config records all resources in every region',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-3', 'CM-6(1)', 'CM-8', 'CM-8(2)'], sp800_171r2: ['3.4.1', '3.4.3'], sp800_171r3: ['03.04.01', '03.04.03', '03.04.10'] },
  needs: ['configRecorders'],
  rationale:
    'A configuration history answers "was this bucket public last March, and who changed it?", which an incident report about controlled-access data must answer. Without a recorder the institution only ever sees the present state of its environment.',
  remediation: {
    summary:
      'Record all supported resource types with AWS Config, and start it. Create the customer-managed recorder with a delivery channel, and fix any delivery failure.',
    cli: 'aws configservice describe-configuration-recorders && aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=CONFIG_ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default  # a region holds one customer recorder: this creates it, or widens the one named default',
    docUrl: 'https://docs.aws.amazon.com/config/latest/developerguide/managing-recorder_console-start.html',
  },
  evaluate({ configRecorders }, { regions, account }) {
    return regions.map((region) => {
      const where = regionalAccountRef(account, 'config', region);
      const all = configRecorders.filter((recorder) => recorder.region === region);
      const customer = all.filter((recorder) => !isServiceLinked(recorder));
      if (customer.length === 0) {
        const linked = all.map((recorder) => recorder.name);
        return fail(where, `AWS Config has no customer recorder in ${region}${linked.length > 0 ? ` (only service-linked ${linked.join(', ')})` : ''}.`);
      }
      const working = customer.filter((recorder) => recorder.recording === true && recorder.lastStatus !== 'FAILURE');
      const complete = working.find((recorder) => recorder.allSupported);
      if (complete) return pass(where, `Config recorder ${complete.name} in ${region} records all supported resource types.`);
      // A recorder whose status could not be read may be the one that records everything.
      const unread = customer.filter((recorder) => isUnknown(recorder.recording));
      if (unread.length > 0) {
        return unknownError(where, `Whether Config recorder ${unread.map((recorder) => recorder.name).join(', ')} in ${region} is recording`, unknownFailures(...unread.map((recorder) => recorder.recording)));
      }
      const partial = working[0];
      if (partial) return fail(where, `Config recorder ${partial.name} in ${region} records only selected resource types (${partial.recordingStrategy ?? 'custom list'}).`, 'low');
      const reasons = customer.map((recorder) =>
        recorder.recording !== true ? `${recorder.name} is not recording` : `${recorder.name} last failed (${recorder.lastErrorCode ?? 'FAILURE'})`,
      );
      return fail(where, `AWS Config in ${region}: ${reasons.join('; ')}.`);
    });
  },
});
