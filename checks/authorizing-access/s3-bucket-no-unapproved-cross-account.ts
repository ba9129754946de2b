import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { mostSevere } from '../../src/model/severity.js';
import { trustedAccounts } from '../../src/rules/accounts.js';
import { boundingConditionValues, conditionBoundAccounts, normalizePolicy, principalAccountId, type PolicyStatement } from '../../src/model/policy.js';
import type { Severity } from '../../src/model/severity.js';

interface Problem {
  text: string;
  severity: Severity;
}

const PRINCIPAL_BOUND_KEYS = ['aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:SourceAccount', 'aws:SourceOwner'];
const SERVICE_BOUND_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOwner'];

function statementProblems(statement: PolicyStatement, trusted: Set<string>): Problem[] {
  if (statement.effect !== 'Allow') return [];
  // Allow + NotPrincipal grants to everyone except the listed principals.
  if (statement.notPrincipal) return [{ text: 'Allow with NotPrincipal (every principal except those listed)', severity: 'critical' }];
  if (!statement.principal) return [];
  const problems: Problem[] = [];
  const principal = statement.principal;
  if (principal.everyone) {
    const accounts = conditionBoundAccounts(statement, PRINCIPAL_BOUND_KEYS);
    const orgs = boundingConditionValues(statement, 'aws:PrincipalOrgID') ?? boundingConditionValues(statement, 'aws:PrincipalOrgPaths');
    if (accounts) {
      const foreign = accounts.filter((account) => !trusted.has(account));
      if (foreign.length > 0) problems.push({ text: `Principal * limited to unapproved account(s) ${foreign.join(', ')}`, severity: 'high' });
    } else if (orgs) {
      problems.push({ text: `Principal * limited only by organization (${orgs.join(', ')}): every account in it is trusted`, severity: 'medium' });
    } else if (statement.conditions.length > 0) {
      problems.push({ text: `Principal * limited only by ${[...new Set(statement.conditions.map((c) => c.key))].join(', ')}`, severity: 'high' });
    } else {
      problems.push({ text: 'Principal * with no condition (public)', severity: 'critical' });
    }
  }
  for (const entry of principal.aws) {
    if (entry === '*') continue;
    const account = principalAccountId(entry);
    // Unique ids (AIDA…/AROA…) are what is left of deleted principals: nobody can use them any more.
    if (account && !trusted.has(account)) problems.push({ text: `unapproved account ${account} (${entry})`, severity: 'high' });
  }
  if (principal.service.length > 0) {
    const sources = conditionBoundAccounts(statement, SERVICE_BOUND_KEYS);
    const services = principal.service.join(', ');
    if (!sources) {
      problems.push({ text: `service principal ${services} without aws:SourceAccount/aws:SourceArn (confused deputy)`, severity: 'low' });
    } else {
      const foreign = sources.filter((account) => /^\d{12}$/.test(account) && !trusted.has(account));
      if (foreign.length > 0) problems.push({ text: `service principal ${services} acting for unapproved account(s) ${foreign.join(', ')}`, severity: 'high' });
    }
  }
  return problems;
}

export default defineCheck({
  id: 's3-bucket-no-unapproved-cross-account',
  title: 'Bucket policies grant nothing to accounts outside the allow-list',
  controlArea: 'authorizing-access',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'AC-21'], sp800_171r2: ['3.1.1', '3.1.3', '3.1.20'], sp800_171r3: ['03.01.02', '03.01.03', '03.01.20'] },
  needs: ['s3BucketPolicies'],
  rationale:
    'The DAC approves named users at a named institution. A bucket policy that trusts another AWS account hands the data to whoever that account lets in, outside the approval, the audit trail and the data use agreement.',
  remediation: {
    summary:
      'Remove bucket policy grants to accounts that are not approved. Keep the scanned account and settings.allowedAccounts; bound service principals with aws:SourceAccount/aws:SourceArn, and replace Principal * with named principals.',
    cli: 'aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json  # edit policy.json, then (it replaces the whole policy): aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  },
  evaluate({ s3BucketPolicies }, { account, settings }) {
    const trusted = trustedAccounts(account.id, settings.allowedAccounts);
    return s3BucketPolicies.map((bucket) => {
      if (bucket.policy === null) return pass(bucket, `Bucket ${bucket.bucket} has no bucket policy, so it grants nothing to other accounts.`);
      const policy = normalizePolicy(bucket.policy);
      if (!policy) return error(bucket, `Bucket ${bucket.bucket} has a policy that could not be read as a policy document.`);
      const problems = policy.statements.flatMap((statement) =>
        statementProblems(statement, trusted).map((problem) => ({
          ...problem,
          text: `${statement.sid ? `statement ${statement.sid}: ` : ''}${problem.text}`,
        })),
      );
      if (problems.length === 0) return pass(bucket, `Bucket ${bucket.bucket}'s policy allows only this account and allow-listed accounts.`);
      return fail(bucket, `Bucket ${bucket.bucket}'s policy allows ${problems.map((problem) => problem.text).join('; ')}.`, mostSevere(problems.map((problem) => problem.severity), 'high'));
    });
  },
});
