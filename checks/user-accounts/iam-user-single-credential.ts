import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'iam-user-single-credential',
  title: 'IAM users hold one kind of credential and at most one active access key',
  controlArea: 'user-accounts',
  severity: 'low',
  nist: { sp800_53r5: ['AC-2', 'IA-5', 'AC-6'], sp800_171r2: ['3.1.1', '3.5.2'], sp800_171r3: ['03.01.01', '03.05.12'] },
  needs: ['iamCredentialReport'],
  rationale:
    'A person signs in to the console; a program uses an access key. A user with both, or with two active keys, is a human account doing automation (or a key left behind after a rotation), which doubles the credentials that can reach controlled-access data. CIS AWS Foundations (IAM 1.11 and 1.13) asks for one active key per user and no keys on console users.',
  remediation: {
    summary:
      'Keep one credential per user; automation gets its own role or user. Deactivate the extra access key once nothing uses it (check its last-used date first), and keep console users without access keys.',
    cli: 'aws iam list-access-keys --user-name USER && aws iam update-access-key --user-name USER --access-key-id ACCESS_KEY_ID --status Inactive  # reversible (--status Active); check the key\'s last use first (get-access-key-last-used)',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  evaluate({ iamCredentialReport }) {
    return iamCredentialReport.flatMap((report) =>
      report.rows
        .filter((row) => !row.isRoot)
        .map((row) => {
          const activeKeys = [row.accessKey1Active, row.accessKey2Active].filter(Boolean).length;
          const problems: string[] = [];
          if (activeKeys === 2) problems.push('two active access keys');
          if (row.passwordEnabled === true && activeKeys > 0) problems.push('both a console password and an active access key');
          if (problems.length > 0) return fail(row.arn, `IAM user ${row.user} has ${problems.join(' and ')}.`);
          const holds = row.passwordEnabled === true ? 'a console password only' : activeKeys === 1 ? 'one active access key only' : 'no password and no active access key';
          return pass(row.arn, `IAM user ${row.user} has ${holds}.`);
        }),
    );
  },
});
