import { accountArn, defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';
import { daysSince, latestDate } from '../../src/rules/dates.js';
import { hasRootUser } from '../../src/rules/accounts.js';

export default defineCheck({
  id: 'iam-root-not-recently-used',
  title: 'The root user is not used for routine work',
  controlArea: 'user-accounts',
  severity: 'high',
  nist: { sp800_53r5: ['AC-6(2)', 'AC-6(5)'], sp800_171r2: ['3.1.6', '3.1.7'], sp800_171r3: ['03.01.06', '03.01.07'] },
  needs: ['iamCredentialReport'],
  rationale:
    'Root is the archetypal shared credential: whoever holds it acts with no individual identity, no least privilege and no policy guard. Regular use of root means actions on controlled-access data cannot be tied to one approved person.',
  remediation: {
    summary:
      'Administer through individual identities and lock the root user away. Use IAM Identity Center or IAM identities for daily work, keep the root credentials for the few tasks that need them, and investigate recent root sign-ins in CloudTrail.',
    cli: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 50',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  },
  evaluate({ iamCredentialReport }, { account, settings, now }) {
    const target = accountArn(account);
    if (!hasRootUser(account.partition)) return [notApplicable(target, `Partition ${account.partition} has no root user.`)];
    const window = settings.thresholds.rootUseWindowDays;
    return iamCredentialReport.map((report) => {
      const root = report.rows.find((row) => row.isRoot);
      if (!root) return error(target, 'The credential report has no <root_account> row, so root use could not be verified.');
      // N/A / no_information were parsed to null: that credential was never used.
      const lastUsed = latestDate(root.passwordLastUsed, root.accessKey1LastUsed, root.accessKey2LastUsed);
      if (lastUsed === null) return pass(target, 'The root user has no recorded sign-in or access-key use.');
      const age = daysSince(lastUsed, now);
      return age < window
        ? fail(target, `The root user was used ${age} day(s) ago (${lastUsed}), within the ${window}-day window.`)
        : pass(target, `The root user was last used ${age} days ago (${lastUsed}), outside the ${window}-day window.`);
    });
  },
});
