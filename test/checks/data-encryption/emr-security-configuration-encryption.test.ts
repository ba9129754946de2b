import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/emr-security-configuration-encryption.js';
import { anEmrSecurityConfiguration } from '../../helpers/emr.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('emr-security-configuration-encryption', () => {
  // EncryptionConfiguration.EnableAtRestEncryption / EnableInTransitEncryption:
  // https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html
  it.each([
    ['both encryptions on', {}, 'pass', 'in transit'],
    ['at rest only', { inTransitEncryption: false }, 'fail', 'in-transit encryption'],
    ['in transit only', { atRestEncryption: false }, 'fail', 'at-rest encryption'],
    ['neither (e.g. Kerberos only)', { atRestEncryption: false, inTransitEncryption: false }, 'fail', 'at-rest encryption or in-transit encryption'],
  ])('%s → %s', (_name, overrides, expected, messagePart) => {
    const results = run(check, { emrSecurityConfigurations: [anEmrSecurityConfiguration('sc', overrides)] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('is not applicable without security configurations', () => {
    expect(statuses(run(check, { emrSecurityConfigurations: [] }))).toEqual(['not_applicable']);
  });

  it('reports a garbled document as an error for that configuration, never a pass', () => {
    const arn = anEmrSecurityConfiguration('garbled').arn;
    const results = run(check, {
      emrSecurityConfigurations: {
        items: [],
        failures: [aFailure({ api: 'emr.DescribeSecurityConfiguration', action: 'elasticmapreduce:DescribeSecurityConfiguration', code: 'UnreadableResponse', kind: 'unreadable', resourceArn: arn })],
      },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([[arn, 'error']]);
    expect(results[0]?.message).toContain('elasticmapreduce:DescribeSecurityConfiguration');
  });
});
