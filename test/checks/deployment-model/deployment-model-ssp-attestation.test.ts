import { describe, it } from 'vitest';
import check from '../../../checks/deployment-model/deployment-model-ssp-attestation.js';
import { expectManualItem } from '../../helpers/manual-item.js';

describe('deployment-model-ssp-attestation', () => {
  it('emits one manual item on the account naming what to attest', () => {
    expectManualItem(check, /system security plan/);
  });
});
