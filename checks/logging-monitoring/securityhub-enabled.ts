import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import type { SecurityHubStandard } from '../../src/model/items/securityhub.js';

const describe = (standard: SecurityHubStandard) =>
  `${standard.name} (${standard.status}${standard.statusReason ? `: ${standard.statusReason}` : ''})`;

export default defineCheck({
  id: 'securityhub-enabled',
  title: 'Security Hub is enabled with a security standard running in every region',
  controlArea: 'logging-monitoring',
  severity: 'medium',
  nist: {
    sp800_53r5: ['CA-7', 'SI-4', 'CM-6', 'AU-6', 'RA-5'],
    sp800_171r2: ['3.12.3', '3.14.6', '3.4.2', '3.3.5'],
    sp800_171r3: ['03.12.03', '03.14.06', '03.04.02', '03.03.05'],
  },
  needs: ['securityHubStatus'],
  rationale:
    'The dbGaP security best practices ask for continuous monitoring of the systems that hold controlled-access data. Security Hub checks the account against a standard (AWS Foundational Security Best Practices, CIS, NIST SP 800-53) continuously and gathers GuardDuty, Inspector and Macie findings in one place; this scan is a point in time, Security Hub is the evidence between scans.',
  remediation: {
    summary:
      'Enable Security Hub with at least one standard in every region. With AWS Organizations, use central configuration from the delegated administrator; a standard stuck in INCOMPLETE or FAILED usually needs AWS Config recording in the region.',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region REGION  # fails harmlessly if the hub exists; aws securityhub get-enabled-standards --region REGION shows each standard\'s status',
    docUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
  },
  evaluate({ securityHubStatus }, { regions, account }) {
    return regions.map((region) => {
      const where = `Security Hub in ${region}`;
      const hub = securityHubStatus.find((entry) => entry.region === region);
      // The runner replaces this with the failed DescribeHub call (and its IAM action) where there is one.
      if (!hub) return error({ arn: `arn:${account.partition}:securityhub:${region}:${account.id}:hub/default`, region }, `${where}: no status was recorded.`);
      // DescribeHub answers InvalidAccessException "not subscribed" where the hub was never enabled.
      // https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html
      if (!hub.enabled) return fail(hub, `${where} is not enabled.`);
      if (hub.standards === null) return error(hub, `${where} is enabled, but its standards could not be read.`);
      if (hub.standards.length === 0) return fail(hub, `${where} is enabled, but no security standard is enabled: no control runs.`);
      // Only a READY standard runs its controls: PENDING, INCOMPLETE and FAILED ones check nothing (or not all).
      // https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StandardsSubscription.html
      const ready = hub.standards.filter((standard) => standard.status === 'READY');
      const others = hub.standards.filter((standard) => standard.status !== 'READY');
      if (ready.length === 0) return fail(hub, `${where} is enabled, but none of its standards is READY: ${others.map(describe).join(', ')}.`);
      const notReady = others.length > 0 ? ` Not ready: ${others.map(describe).join(', ')}.` : '';
      return pass(hub, `${where} runs ${ready.map((standard) => standard.name).join(', ')}.${notReady}`);
    });
  },
});
