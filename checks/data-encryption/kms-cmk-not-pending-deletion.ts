import { defineCheck, error, fail, pass, unknownError } from '../../src/model/check.js';
import { isUnknown } from '../../src/model/failure.js';
import { isCustomerManaged } from '../../src/rules/kms.js';

const PENDING_STATES = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export default defineCheck({
  id: 'kms-cmk-not-pending-deletion',
  title: 'No customer-managed KMS key is unexpectedly scheduled for deletion',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-12'], sp800_171r2: ['3.13.10'], sp800_171r3: ['03.13.10'] },
  needs: ['kmsKeys', 'kmsKeyTags'],
  rationale:
    'Once a key is deleted, every object, volume, snapshot and backup encrypted under it is unreadable for good. That is the point of a deliberate close-out crypto-erase, and a disaster anywhere else, so a scheduled deletion must be either intended (tagged) or cancelled within the waiting period.',
  remediation: {
    summary:
      'Cancel an unplanned key deletion, or tag a planned one as a close-out. If the deletion is not a planned close-out, cancel it and re-enable the key; if it is, tag the key with the close-out tag (default dbgap:closeout=true) so the intent is on record.',
    cli: 'aws kms cancel-key-deletion --key-id KEY_ARN && aws kms enable-key --key-id KEY_ARN  # restores the key; data encrypted under it stays readable',
    docUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
  },
  evaluate({ kmsKeys, kmsKeyTags }, { settings }) {
    const tagsByArn = new Map(kmsKeyTags.map((entry) => [entry.arn, entry.tags]));
    const closeoutTag = settings.dbgapTags.closeout;
    return kmsKeys.filter(isCustomerManaged).map((key) => {
      const label = `KMS key ${key.keyId}${key.aliases?.length ? ` (${key.aliases.join(', ')})` : ''}`;
      if (!PENDING_STATES.has(key.keyState)) return pass(key, `${label} is ${key.keyState}, not scheduled for deletion.`);
      const when = key.deletionDate ? ` on ${key.deletionDate.slice(0, 10)}` : '';
      const tags = tagsByArn.get(key.arn);
      // Tags only matter here: a key that is not scheduled for deletion passed above whatever its tags.
      if (!tags) return error(key, `${label} is scheduled for deletion${when}, but its tags were not collected, so a close-out cannot be confirmed.`);
      if (isUnknown(tags)) return unknownError(key, `Whether ${label}'s scheduled deletion${when} is a tagged close-out`, [tags.unknown]);
      if (tags[closeoutTag]?.toLowerCase() === 'true') {
        return pass(key, `${label} is scheduled for deletion${when} as a tagged close-out crypto-erase (${closeoutTag}=true).`);
      }
      return fail(key, `${label} is ${key.keyState}${when} without the close-out tag ${closeoutTag}=true: data under it will become unrecoverable.`);
    });
  },
});
