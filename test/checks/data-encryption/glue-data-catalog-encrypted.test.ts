import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/glue-data-catalog-encrypted.js';
import { aGlueCatalog } from '../../helpers/glue.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('glue-data-catalog-encrypted', () => {
  // https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html
  it.each([
    ['SSE-KMS and encrypted passwords', {}, 'pass', 'SSE-KMS'],
    ['SSE-KMS with a service role', { catalogEncryptionMode: 'SSE-KMS-WITH-SERVICE-ROLE' }, 'pass', 'SSE-KMS-WITH-SERVICE-ROLE'],
    ['metadata encryption disabled', { catalogEncryptionMode: 'DISABLED' }, 'fail', 'metadata encryption is DISABLED'],
    ['passwords returned unencrypted', { returnConnectionPasswordEncrypted: false }, 'fail', 'connection passwords'],
    ['both off', { catalogEncryptionMode: 'DISABLED', returnConnectionPasswordEncrypted: false }, 'fail', 'DISABLED; connection passwords'],
  ])('%s → %s', (_name, overrides, expected, messagePart) => {
    const results = run(check, { glueDataCatalogEncryption: [aGlueCatalog('us-east-1', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('turns an unreadable answer into error naming glue:GetDataCatalogEncryptionSettings', () => {
    const results = run(check, {
      glueDataCatalogEncryption: {
        items: [],
        failures: [aFailure({ api: 'glue.GetDataCatalogEncryptionSettings', action: 'glue:GetDataCatalogEncryptionSettings', code: 'UnreadableResponse', kind: 'unreadable' })],
      },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('glue:GetDataCatalogEncryptionSettings');
  });

  it('is not applicable with no region read', () => {
    expect(statuses(run(check, { glueDataCatalogEncryption: [] }))).toEqual(['not_applicable']);
  });
});
