import { defineCheck, error, fail, pass, unknownError } from '../../src/model/check.js';
import { isUnknown } from '../../src/model/failure.js';
import { holdsControlledData } from '../../src/rules/data-classification.js';
import { isCustomerManaged } from '../../src/rules/kms.js';
import { expiryDay, isPastExpiry } from '../../src/rules/dates.js';

const ERASED_STATES = new Set(['Disabled', 'PendingDeletion', 'PendingReplicaDeletion']);

export default defineCheck({
  id: 'kms-crypto-erasure-evidence',
  title: 'Project KMS keys are disabled or scheduled for deletion after the project expires',
  controlArea: 'data-cleanup-retention',
  severity: 'informational',
  nist: { sp800_53r5: ['MP-6', 'SC-12'], sp800_171r2: ['3.8.3', '3.13.10'], sp800_171r3: ['03.08.03', '03.13.10'] },
  needs: ['kmsKeys', 'kmsKeyTags'],
  rationale:
    'Destroying the key a project\'s data was encrypted under makes every remaining ciphertext unreadable, including replicas, snapshots and backups that object deletion may have missed. The state of each expired project\'s keys is evidence for the close-out report.',
  remediation: {
    summary:
      'After an approved close-out, tag the project key and schedule deletion. Tag the key with the close-out tag, then schedule it for deletion (7 to 30 days): once the key is deleted, data encrypted under it can never be read again.',
    cli: 'aws kms tag-resource --key-id KEY_ARN --tags TagKey=dbgap:closeout,TagValue=true && aws kms schedule-key-deletion --key-id KEY_ARN --pending-window-in-days 30  # cancel-key-deletion can undo it during the 30-day wait; after that the data is unrecoverable',
    docUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
  },
  evaluate({ kmsKeys, kmsKeyTags }, { settings, now }) {
    const keysByArn = new Map(kmsKeys.filter(isCustomerManaged).map((key) => [key.arn, key]));
    const { project, expiry } = settings.dbgapTags;
    return kmsKeyTags.flatMap((entry) => {
      const key = keysByArn.get(entry.arn);
      if (!key) return [];
      const tags = entry.tags;
      // Without its tags a key may be an expired project's key that is still usable.
      if (isUnknown(tags)) {
        return ERASED_STATES.has(key.keyState) ? [] : [unknownError(key, `Whether KMS key ${key.keyId} belongs to an expired project`, [tags.unknown])];
      }
      // A key is classified by its own tags: its project is recorded there, and one key can serve several stores.
      if (!holdsControlledData({ kind: 'kms-key', name: key.keyId, tags }, settings)) return [];
      const projectId = tags[project] ?? 'unnamed';
      const value = tags[expiry];
      const label = `KMS key ${key.keyId} of project ${projectId}`;
      if (value === undefined) return [];
      const day = expiryDay(value);
      if (!day) return [error(key, `${label} has ${expiry}="${value}", which is not an ISO date.`)];
      if (!isPastExpiry(day, now)) return [];
      if (ERASED_STATES.has(key.keyState)) {
        const when = key.deletionDate ? ` (deletion on ${key.deletionDate.slice(0, 10)})` : '';
        return [pass(key, `${label} expired on ${day} and is ${key.keyState}${when}.`)];
      }
      return [fail(key, `${label} expired on ${day} and is still ${key.keyState}: data encrypted under it remains readable.`)];
    });
  },
});
