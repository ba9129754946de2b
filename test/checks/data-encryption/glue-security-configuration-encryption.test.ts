import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/glue-security-configuration-encryption.js';
import { aGlueSecurityConfiguration } from '../../helpers/glue.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('glue-security-configuration-encryption', () => {
  // https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
  it.each([
    ['everything encrypted', {}, 'pass', 'encrypts S3 data'],
    ['S3 with SSE-S3', { s3EncryptionModes: ['SSE-S3'] }, 'pass', 'SSE-S3'],
    ['S3 disabled', { s3EncryptionModes: ['DISABLED'] }, 'fail', 'S3 data'],
    ['no S3 encryption entry at all', { s3EncryptionModes: [] }, 'fail', 'S3 data'],
    ['CloudWatch logs disabled', { cloudWatchEncryptionMode: 'DISABLED' }, 'fail', 'CloudWatch logs'],
    ['job bookmarks disabled', { jobBookmarksEncryptionMode: 'DISABLED' }, 'fail', 'job bookmarks'],
  ])('%s → %s', (_name, overrides, expected, messagePart) => {
    const results = run(check, { glueSecurityConfigurations: [aGlueSecurityConfiguration('sc', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('is not applicable without configurations, and an error when the listing is denied', () => {
    expect(statuses(run(check, { glueSecurityConfigurations: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      glueSecurityConfigurations: { items: [], failures: [aFailure({ api: 'glue.GetSecurityConfigurations', action: 'glue:GetSecurityConfigurations', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('glue:GetSecurityConfigurations');
  });
});
