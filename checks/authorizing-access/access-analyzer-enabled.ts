import { defineCheck, fail, pass, regionalAccountRef } from '../../src/model/check.js';

export default defineCheck({
  id: 'access-analyzer-enabled',
  title: 'An IAM Access Analyzer for external access is active in every region',
  controlArea: 'authorizing-access',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'CA-7'], sp800_171r2: ['3.1.1', '3.1.3'], sp800_171r3: ['03.01.02', '03.01.03'] },
  needs: ['accessAnalyzers'],
  rationale:
    'Access Analyzer continuously proves which buckets, keys, roles and snapshots can be reached from outside the account or organization. Without it in a region, a new external grant on controlled data there goes unnoticed until someone reads every policy by hand.',
  remediation: {
    summary:
      'Create an external-access analyzer in every enabled region. Use type ACCOUNT, or ORGANIZATION from the delegated administrator account.',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region REGION  # adds an analyzer; changes no access',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  evaluate({ accessAnalyzers }, { account, regions }) {
    return regions.map((region) => {
      const target = regionalAccountRef(account, 'access-analyzer', region);
      const inRegion = accessAnalyzers.filter((analyzer) => analyzer.region === region);
      const active = inRegion.filter((analyzer) => analyzer.status === 'ACTIVE');
      if (active.length > 0) {
        return pass(target, `Region ${region} has an active external-access analyzer: ${active.map((analyzer) => `${analyzer.name} (${analyzer.type})`).join(', ')}.`);
      }
      if (inRegion.length > 0) {
        return fail(target, `Region ${region} has no ACTIVE external-access analyzer (${inRegion.map((analyzer) => `${analyzer.name} is ${analyzer.status}`).join(', ')}).`);
      }
      return fail(target, `Region ${region} has no IAM Access Analyzer for external access (account or organization).`);
    });
  },
});
