import { describe, it } from 'vitest';
import check from '../../../checks/data-location/data-location-offsite-copies-attestation.js';
import { expectManualItem } from '../../helpers/manual-item.js';

describe('data-location-offsite-copies-attestation', () => {
  it('emits one manual item on the account naming what to attest', () => {
    expectManualItem(check, /outside this AWS account/);
  });
});
