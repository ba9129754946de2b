import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { mostSevere, type Severity } from '../../src/model/severity.js';
import { describeAnswer, externalAccess, parsePolicy, type Outsider } from '../../src/rules/iam-policy/index.js';

/**
 * Severity by who gets in: anyone on the internet is critical; anyone without credentials inside the institution's
 * networks, any AWS account, or a named unapproved account is high;
 * an account of a named organization (the organization may be approved, the account is not on the allow-list) is
 * medium; an AWS service that can be made to act for another account's resource (confused deputy) is low, or high
 * when the policy names that other account.
 */
function severityOf(outsider: Outsider): Severity {
  switch (outsider.kind) {
    case 'anonymous':
      return outsider.network === 'anywhere' ? 'high' : 'critical';
    case 'any-account':
      return outsider.inOrganization ? 'medium' : 'high';
    case 'service':
      return outsider.forAccount ? 'high' : 'low';
    default:
      return 'high';
  }
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
  evaluate({ s3BucketPolicies }, { account, settings, now }) {
    return s3BucketPolicies.map((bucket) => {
      const label = `Bucket ${bucket.bucket}`;
      if (bucket.policy === null) return pass(bucket, `${label} has no bucket policy, so it grants nothing to other accounts.`);
      const policy = parsePolicy(bucket.policy);
      if (!policy) return error(bucket, `${label} has a policy that could not be read as a policy document.`);
      const found = externalAccess(policy, {
        target: { kind: 's3-bucket', bucketArn: bucket.arn },
        actions: { services: ['s3'] },
        account,
        trustedAccounts: settings.allowedAccounts,
        now,
        anonymous: true,
        // Who, not where: a principal of another account can be used from inside the institution's network.
        network: 'anywhere',
      });
      const allowed = found.filter((entry) => entry.answer.verdict === 'allowed');
      const unknown = found.filter((entry) => entry.answer.verdict === 'unknown');
      const unknownText = unknown.length > 0 ? ` Undecided: ${unknown.map((entry) => describeAnswer(entry.answer)).join('; ')}.` : '';
      if (allowed.length === 0 && unknown.length === 0) return pass(bucket, `${label}'s policy lets in no principal outside this account and the allow-listed accounts.`);
      if (allowed.length === 0) return error(bucket, `${label}'s policy may let in principals of other accounts.${unknownText}`);
      const texts = allowed.map((entry) => describeAnswer(entry.answer));
      return fail(bucket, `${label}'s policy lets in callers from outside the allow-list: ${texts.join('; ')}.${unknownText}`, mostSevere(allowed.map((entry) => severityOf(entry.outsider)), 'high'));
    });
  },
});
