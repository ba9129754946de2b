import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/emr-block-public-access.js';
import { anEmrBlockPublicAccess } from '../../helpers/emr.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('emr-block-public-access', () => {
  // https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html (port 22 is the default exception)
  it.each([
    ['on, with the default exception of port 22', {}, 'pass', 'high', 'only port(s) 22'],
    ['on, with no exception', { permittedPortRanges: [] }, 'pass', 'high', 'no exceptions'],
    ['on, also permitting 8443', { permittedPortRanges: [{ from: 22, to: 22 }, { from: 8443, to: 8443 }] }, 'fail', 'medium', 'port(s) 8443'],
    ['on, permitting a range that contains 22', { permittedPortRanges: [{ from: 20, to: 23 }] }, 'fail', 'medium', '20-23'],
    ['off', { blockPublicSecurityGroupRules: false }, 'fail', 'high', 'is off'],
  ])('%s → %s', (_name, overrides, status, severity, messagePart) => {
    const results = run(check, { emrBlockPublicAccess: [anEmrBlockPublicAccess('us-east-1', overrides)] });
    expect(results.map((result) => [result.status, result.severity])).toEqual([[status, severity]]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('turns a denied call in one region into error there, naming elasticmapreduce:GetBlockPublicAccessConfiguration', () => {
    const results = run(
      check,
      {
        emrBlockPublicAccess: {
          items: [anEmrBlockPublicAccess('us-east-1')],
          failures: [aFailure({ api: 'emr.GetBlockPublicAccessConfiguration', action: 'elasticmapreduce:GetBlockPublicAccessConfiguration', code: 'AccessDeniedException', region: 'us-west-2' })],
        },
      },
      { regions: ['us-east-1', 'us-west-2'] },
    );
    expect(results.map((result) => [result.region, result.status])).toEqual([['us-east-1', 'pass'], ['us-west-2', 'error']]);
    expect(results[1]?.message).toContain('elasticmapreduce:GetBlockPublicAccessConfiguration');
  });

  it('is not applicable with no region read', () => {
    expect(statuses(run(check, { emrBlockPublicAccess: [] }))).toEqual(['not_applicable']);
  });
});
