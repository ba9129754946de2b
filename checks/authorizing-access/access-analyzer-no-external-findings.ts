import { defineCheck, fail, notApplicable, pass, regionalAccountRef } from '../../src/model/check.js';
import { type AccessAnalyzerFinding } from '../../src/model/items/access-analyzer.js';
import { trustedAccounts } from '../../src/rules/accounts.js';
import { principalAccountId } from '../../src/rules/iam-policy/index.js';

/** A non-public finding whose AWS principals are all allow-listed accounts is an approved share. */
function isApprovedShare(finding: AccessAnalyzerFinding, trusted: Set<string>): boolean {
  if (finding.isPublic) return false;
  const entries = Object.entries(finding.principal);
  return (
    entries.length > 0 &&
    entries.every(([type, value]) => {
      if (type !== 'AWS') return false;
      const account = principalAccountId(value);
      return account !== undefined && trusted.has(account);
    })
  );
}

function describePrincipal(finding: AccessAnalyzerFinding): string {
  if (finding.isPublic) return 'the public';
  const entries = Object.entries(finding.principal).map(([type, value]) => `${type} ${value}`);
  return entries.length > 0 ? entries.join(', ') : 'an external principal';
}

export default defineCheck({
  id: 'access-analyzer-no-external-findings',
  title: 'No active Access Analyzer finding shows external access to a resource',
  controlArea: 'authorizing-access',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4', 'AC-6', 'AC-21'],
    sp800_171r2: ['3.1.1', '3.1.3', '3.1.20', '3.1.22'],
    sp800_171r3: ['03.01.02', '03.01.03', '03.01.20', '03.01.22'],
  },
  needs: ['accessAnalyzers', 'accessAnalyzerFindings'],
  rationale:
    'An active external-access finding is AWS proving, from the policies themselves, that something outside the account can reach a bucket, key, role or snapshot. For controlled-access data every such path must be an approved one or be closed.',
  remediation: {
    summary:
      'Remove the grant behind each active finding, or archive approved ones. For an approved collaborator, add the account to settings.allowedAccounts and archive the finding with an archive rule that documents the approval.',
    cli: `aws accessanalyzer list-findings --analyzer-arn ANALYZER_ARN --filter '{"status":{"eq":["ACTIVE"]}}'`,
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-work-with-findings.html',
  },
  evaluate({ accessAnalyzers, accessAnalyzerFindings }, { account, regions, settings }) {
    const trusted = trustedAccounts(account.id, settings.allowedAccounts);
    return regions.flatMap((region) => {
      const target = regionalAccountRef(account, 'access-analyzer', region);
      const active = accessAnalyzers.filter((analyzer) => analyzer.region === region && analyzer.status === 'ACTIVE');
      if (active.length === 0) {
        return [notApplicable(target, `Region ${region} has no active external-access analyzer, so there are no findings to review (see access-analyzer-enabled).`)];
      }
      // Account and organization analyzers can report the same grant: report it once.
      const seen = new Set<string>();
      const findings = accessAnalyzerFindings.filter((finding) => {
        if (finding.region !== region) return false;
        const key = `${finding.arn}|${JSON.stringify(finding.principal)}|${finding.isPublic}|${[...finding.actions].sort().join(',')}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (findings.length === 0) return [pass(target, `Region ${region}: no active external-access findings.`)];
      return findings.map((finding) => {
        const subject = `${finding.resourceType} ${finding.arn}`;
        const actions = finding.actions.length > 0 ? ` (${finding.actions.join(', ')})` : '';
        if (isApprovedShare(finding, trusted)) return pass(finding, `${subject} is shared with allow-listed ${describePrincipal(finding)}${actions}.`);
        return fail(finding, `${subject} is accessible to ${describePrincipal(finding)}${actions}; finding ${finding.id}.`, finding.isPublic ? 'critical' : 'high');
      });
    });
  },
});
