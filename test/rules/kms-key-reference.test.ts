import { describe, expect, it } from 'vitest';
import { keyResolver } from '../../src/rules/kms-key-reference.js';
import { aKmsKey } from '../helpers/kms.js';

const resolve = keyResolver(
  [aKmsKey('k1', { aliases: ['alias/dbgap'] }), aKmsKey('k2', { region: 'eu-west-1' }), aKmsKey('m1', { keyManager: 'AWS', aliases: ['alias/aws/fsx'] }), aKmsKey('x1', { keyManager: 'UNKNOWN' })],
  '123456789012',
);

describe('keyResolver', () => {
  it.each([
    ['a key ARN', 'arn:aws:kms:us-east-1:123456789012:key/k1', 'us-east-1', 'customer'],
    ['a bare key id in the store’s region', 'k1', 'us-east-1', 'customer'],
    ['a bare key id of another region', 'k2', 'us-east-1', 'unknown'],
    ['an alias name', 'alias/dbgap', 'us-east-1', 'customer'],
    ['an alias ARN naming its region', 'arn:aws:kms:us-east-1:123456789012:alias/aws/fsx', 'eu-west-1', 'aws-managed'],
    ['a key of another account', 'arn:aws:kms:us-east-1:444455556666:key/zz', 'us-east-1', 'foreign'],
    ['a key whose manager is neither CUSTOMER nor AWS', 'x1', 'us-east-1', 'unknown-manager'],
    ['a key not in the inventory', 'arn:aws:kms:us-east-1:123456789012:key/gone', 'us-east-1', 'unknown'],
  ])('%s → %s', (_name, reference, region, kind) => {
    expect(resolve(reference, region).kind).toBe(kind);
  });
});
