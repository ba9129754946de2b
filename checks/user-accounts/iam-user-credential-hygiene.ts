import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { CredentialReportRow } from '../../src/model/items/iam.js';
import { daysSince } from '../../src/rules/dates.js';
import type { Settings } from '../../src/model/settings.js';


function keyProblems(
  row: CredentialReportRow,
  key: { label: string; lastRotated: string | null; lastUsed: string | null },
  thresholds: Settings['thresholds'],
  now: Date,
  problems: string[],
): void {
  // A key's creation time is its first `last_rotated` value; fall back to the user's creation time.
  const created = key.lastRotated ?? row.userCreationTime;
  if (key.lastUsed) {
    const idle = daysSince(key.lastUsed, now);
    if (idle > thresholds.unusedCredentialDays) problems.push(`${key.label} unused for ${idle} days`);
  } else if (created && daysSince(created, now) > thresholds.unusedCredentialDays) {
    problems.push(`${key.label} never used and ${daysSince(created, now)} days old`);
  }
  if (key.lastRotated && daysSince(key.lastRotated, now) > thresholds.accessKeyRotationDays) {
    problems.push(`${key.label} not rotated for ${daysSince(key.lastRotated, now)} days`);
  }
}

export default defineCheck({
  id: 'iam-user-credential-hygiene',
  title: 'IAM user credentials are used and rotated',
  controlArea: 'user-accounts',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-2', 'AC-2(3)', 'IA-5'], sp800_171r2: ['3.1.1', '3.5.6'], sp800_171r3: ['03.01.01', '03.05.12'] },
  needs: ['iamCredentialReport'],
  rationale:
    'Idle passwords and old access keys are credentials nobody is watching: they belong to people who left, scripts that were forgotten, or keys copied long ago. Each one is a path to the controlled-access data that no approved user needs.',
  remediation: {
    summary:
      'Deactivate unused credentials and rotate old access keys. Disable credentials unused beyond the window and rotate access keys older than the rotation period; prefer roles or IAM Identity Center over long-lived keys. How many credentials a user holds is judged by iam-user-single-credential.',
    cli: 'aws iam update-access-key --user-name USER --access-key-id ACCESS_KEY_ID --status Inactive  # reversible (--status Active); delete the key only once nothing has broken',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  evaluate({ iamCredentialReport }, { settings, now }) {
    const { thresholds } = settings;
    return iamCredentialReport.flatMap((report) =>
      report.rows
        .filter((row) => !row.isRoot)
        .map((row) => {
          const problems: string[] = [];
          const hasPassword = row.passwordEnabled === true;
          if (hasPassword) {
            const reference = row.passwordLastUsed ?? row.passwordLastChanged ?? row.userCreationTime;
            if (reference && daysSince(reference, now) > thresholds.unusedCredentialDays) {
              problems.push(
                row.passwordLastUsed
                  ? `console password unused for ${daysSince(reference, now)} days`
                  : `console password never used and ${daysSince(reference, now)} days old`,
              );
            }
          }
          const keys = [
            { active: row.accessKey1Active, label: 'access key 1', lastRotated: row.accessKey1LastRotated, lastUsed: row.accessKey1LastUsed },
            { active: row.accessKey2Active, label: 'access key 2', lastRotated: row.accessKey2LastRotated, lastUsed: row.accessKey2LastUsed },
          ].filter((key) => key.active);
          for (const key of keys) keyProblems(row, key, thresholds, now, problems);
          if (problems.length > 0) return fail(row.arn, `IAM user ${row.user}: ${problems.join('; ')}.`);
          if (!hasPassword && keys.length === 0) return pass(row.arn, `IAM user ${row.user} has no password and no active access keys.`);
          return pass(row.arn, `IAM user ${row.user}'s credentials are in use and within the rotation period.`);
        }),
    );
  },
});
