/** Which KMS keys the institution controls and can rotate. */
import type { KmsKey } from '../model/items/kms.js';

/** Customer-managed keys: the only ones whose policy and tags the institution controls. */
export function isCustomerManaged(key: KmsKey): boolean {
  return key.keyManager === 'CUSTOMER';
}

/** Keys whose rotation AWS lets the customer turn on: symmetric, customer-managed, enabled, AWS_KMS origin, not a replica. */
export function isRotatable(key: KmsKey): boolean {
  return (
    key.keyManager === 'CUSTOMER' &&
    key.keyState === 'Enabled' &&
    key.keySpec === 'SYMMETRIC_DEFAULT' &&
    key.origin === 'AWS_KMS' &&
    key.multiRegionRole !== 'REPLICA'
  );
}
