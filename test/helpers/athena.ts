import type { AthenaWorkGroup } from '../../src/model/items/athena.js';
import { ACCOUNT } from './inventory.js';

/** A workgroup that enforces SSE_KMS for results in s3://results-bucket/. */
export function aWorkGroup(name: string, overrides: Partial<AthenaWorkGroup> = {}): AthenaWorkGroup {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:athena:${region}:${ACCOUNT.id}:workgroup/${name}`,
    region,
    name,
    state: 'ENABLED',
    enforceWorkGroupConfiguration: true,
    encryptionOption: 'SSE_KMS',
    kmsKey: `arn:aws:kms:${region}:${ACCOUNT.id}:key/k1`,
    outputLocation: 's3://results-bucket/athena/',
    managedQueryResults: false,
    ...overrides,
  };
}
