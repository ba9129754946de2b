import { describe, it } from 'vitest';
import check from '../../../checks/physical-server-access/physical-controls-inherited-attestation.js';
import { expectManualItem } from '../../helpers/manual-item.js';

describe('physical-controls-inherited-attestation', () => {
  it('emits one manual item on the account naming what to attest', () => {
    expectManualItem(check, /SOC 2/);
  });
});
