import { defineCheck, error, fail, pass, unknownError } from '../../src/model/check.js';
import { isUnknown } from '../../src/model/failure.js';
import { isRotatable } from '../../src/rules/kms.js';

export default defineCheck({
  id: 'kms-cmk-rotation-enabled',
  title: 'Symmetric customer-managed KMS keys rotate automatically',
  controlArea: 'data-encryption',
  severity: 'medium',
  nist: { sp800_53r5: ['SC-12', 'SC-12(2)', 'SC-12(6)'], sp800_171r2: ['3.13.10'], sp800_171r3: ['03.13.10'] },
  needs: ['kmsKeys', 'kmsKeyRotation'],
  rationale:
    'Rotating key material limits how much data any one key version protects. Only symmetric customer-managed keys with AWS-generated material can rotate automatically; AWS rotates its own managed keys.',
  remediation: {
    summary:
      'Enable automatic rotation on the key. Rotation is yearly by default; 90 to 2560 days can be set.',
    cli: 'aws kms enable-key-rotation --key-id KEY_ARN --rotation-period-in-days 365  # older key material is kept, so existing data stays readable',
    docUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  evaluate({ kmsKeys, kmsKeyRotation }) {
    const rotationByArn = new Map(kmsKeyRotation.map((rotation) => [rotation.arn, rotation]));
    return kmsKeys.filter(isRotatable).map((key) => {
      const label = `KMS key ${key.keyId}${key.aliases?.length ? ` (${key.aliases.join(', ')})` : ''}`;
      const rotation = rotationByArn.get(key.arn);
      if (!rotation) return error(key, `${label}: rotation status was not collected.`);
      if (isUnknown(rotation.rotationEnabled)) return unknownError(key, `Whether ${label} rotates`, [rotation.rotationEnabled.unknown]);
      return rotation.rotationEnabled === true
        ? pass(key, `${label} rotates automatically${rotation.rotationPeriodInDays ? ` every ${rotation.rotationPeriodInDays} days` : ''}.`)
        : fail(key, `${label} is a symmetric customer-managed key without automatic rotation.`);
    });
  },
});
