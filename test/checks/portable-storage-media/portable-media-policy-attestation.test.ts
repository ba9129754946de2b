import { describe, it } from 'vitest';
import check from '../../../checks/portable-storage-media/portable-media-policy-attestation.js';
import { expectManualItem } from '../../helpers/manual-item.js';

describe('portable-media-policy-attestation', () => {
  it('emits one manual item on the account naming what to attest', () => {
    expectManualItem(check, /SP 800-88/);
  });
});
