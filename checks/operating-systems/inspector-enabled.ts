import { defineCheck, error, fail, pass, regionalAccountRef } from '../../src/model/check.js';

/** Scan types that must be on in every region: hosts and container images can appear in any region at any time. */
const REQUIRED_SCANS = ['EC2', 'ECR'] as const;

export default defineCheck({
  id: 'inspector-enabled',
  title: 'Amazon Inspector scans EC2 instances and ECR images for vulnerabilities in every region',
  controlArea: 'operating-systems',
  severity: 'medium',
  nist: {
    sp800_53r5: ['RA-5', 'RA-5(2)', 'SI-2', 'SI-2(2)', 'CM-8(3)'],
    sp800_171r2: ['3.11.2', '3.11.3', '3.14.1'],
    sp800_171r3: ['03.11.02', '03.14.01'],
  },
  needs: ['inspectorStatus'],
  rationale:
    'Hosts and containers that analyse controlled-access data must be scanned for known vulnerabilities and fixed. Amazon Inspector scans EC2 instances (with or without the SSM agent) and ECR images continuously, as new CVEs are published; patch compliance alone does not show software outside the OS package manager (pipelines, conda, containers).',
  remediation: {
    summary:
      'Enable Amazon Inspector EC2 and ECR scanning in every region. Add Lambda scanning where functions run. With AWS Organizations, enable it for all members from the delegated administrator.',
    cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA --region REGION  # adds scan types, turns none off; starts Inspector billing',
    docUrl: 'https://docs.aws.amazon.com/inspector/latest/user/getting_started_tutorial.html',
  },
  evaluate({ inspectorStatus }, { regions, account }) {
    return regions.map((region) => {
      const where = `Amazon Inspector in ${region}`;
      const status = inspectorStatus.find((entry) => entry.region === region);
      // The runner replaces this with the failed BatchGetAccountStatus call (and its IAM action) where there is one.
      if (!status) return error(regionalAccountRef(account, 'inspector2', region), `${where}: no status was recorded.`);
      // Only ENABLED scans: ENABLING is not scanning yet, SUSPENDED (e.g. a suspended member) scans nothing.
      // https://docs.aws.amazon.com/inspector/v2/APIReference/API_State.html
      if (status.status !== 'ENABLED') return fail(status, `${where} is ${status.status} for the account: nothing is scanned.`);
      const off = REQUIRED_SCANS.filter((type) => status.scans[type] !== 'ENABLED');
      // Lambda scanning matters only where functions run; this check does not know where they do, so it reports
      // Lambda scanning without judging it.
      const lambda = status.scans.LAMBDA === 'ENABLED' ? ' Lambda scanning is on.' : ` Lambda scanning is ${status.scans.LAMBDA ?? 'not reported'} (needed only where functions run).`;
      if (off.length > 0) {
        return fail(status, `${where} does not scan ${off.map((type) => `${type} (${status.scans[type] ?? 'not reported'})`).join(', ')}.${lambda}`);
      }
      return pass(status, `${where} scans EC2 instances and ECR images.${lambda}`);
    });
  },
});
