import { defineCheck, error, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'macie-sensitive-data-discovery',
  title: 'Amazon Macie runs automated sensitive data discovery in every region that has buckets',
  controlArea: 'data-cleanup-retention',
  severity: 'medium',
  nist: { sp800_53r5: ['CM-12', 'SI-4', 'RA-2'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.11', '03.14.08'] },
  needs: ['macieStatus', 's3Buckets'],
  rationale:
    'Copies of controlled-access data end up in scratch, results and share buckets nobody listed as dbGaP buckets. Automated discovery samples every bucket and flags sensitive content, so stray copies can be found and destroyed at close-out. Its managed identifiers target PII and PHI: genomic formats (VCF, BAM, sample ids) need custom data identifiers.',
  remediation: {
    summary:
      'Enable Macie automated sensitive data discovery where buckets are. Enable Macie in each region that holds buckets; add custom data identifiers for your sample and subject id formats.',
    cli: 'aws macie2 enable-macie --region REGION && aws macie2 update-automated-discovery-configuration --status ENABLED --region REGION  # starts Macie billing in the region; reads object samples, changes none',
    docUrl: 'https://docs.aws.amazon.com/macie/latest/user/discovery-asdd.html',
  },
  evaluate({ macieStatus, s3Buckets }) {
    const bucketRegions = new Set(s3Buckets.map((bucket) => bucket.region));
    return macieStatus
      .filter((entry) => bucketRegions.has(entry.region))
      .map((entry) => {
        const where = `Macie in ${entry.region}`;
        if (entry.status === 'NOT_ENABLED') return fail(entry, `${where} is not enabled, although the region has S3 buckets.`);
        if (entry.status !== 'ENABLED') return fail(entry, `${where} is ${entry.status}: no sensitive data discovery runs.`);
        if (entry.automatedDiscoveryStatus === null) return error(entry, `${where} is enabled, but its automated discovery status could not be read.`);
        return entry.automatedDiscoveryStatus === 'ENABLED'
          ? pass(entry, `${where} is enabled with automated sensitive data discovery.`)
          : fail(entry, `${where} is enabled, but automated sensitive data discovery is ${entry.automatedDiscoveryStatus}.`);
      });
  },
});
