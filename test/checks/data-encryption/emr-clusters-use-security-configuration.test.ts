import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/emr-clusters-use-security-configuration.js';
import { anEmrCluster, anEmrSecurityConfiguration } from '../../helpers/emr.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

const encrypted = anEmrSecurityConfiguration('encrypted');
const restOnly = anEmrSecurityConfiguration('rest-only', { inTransitEncryption: false });

describe('emr-clusters-use-security-configuration', () => {
  it.each([
    ['a cluster with an encrypting configuration', anEmrCluster('j-1'), 'pass', 'high'],
    ['a cluster without a security configuration', anEmrCluster('j-1', { securityConfiguration: undefined }), 'fail', 'high'],
    ['an untagged cluster with a configuration lacking in-transit encryption', anEmrCluster('j-1', { securityConfiguration: 'rest-only' }), 'fail', 'low'],
    ['a dbGaP cluster with a configuration lacking in-transit encryption', anEmrCluster('j-1', { securityConfiguration: 'rest-only', tags: { 'dbgap:project': 'phs1' } }), 'fail', 'high'],
    ['a cluster whose configuration is not in the inventory', anEmrCluster('j-1', { securityConfiguration: 'gone' }), 'error', 'high'],
    // The configuration is regional: a same-named one in another region is not the cluster's.
    ['a cluster whose configuration exists only in another region', anEmrCluster('j-1', { region: 'us-west-2' }), 'error', 'high'],
  ])('%s → %s (%s)', (_name, cluster, status, severity) => {
    const results = run(check, { emrClusters: [cluster], emrSecurityConfigurations: [encrypted, restOnly] });
    expect(results.map((result) => [result.status, result.severity])).toEqual([[status, severity]]);
  });

  it('is not applicable without active clusters', () => {
    expect(statuses(run(check, { emrClusters: [], emrSecurityConfigurations: [encrypted] }))).toEqual(['not_applicable']);
  });

  it('turns a denied ListClusters into error naming elasticmapreduce:ListClusters', () => {
    const results = run(check, {
      emrClusters: { items: [], failures: [aFailure({ api: 'emr.ListClusters', action: 'elasticmapreduce:ListClusters', code: 'AccessDeniedException' })] },
      emrSecurityConfigurations: [encrypted],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('elasticmapreduce:ListClusters');
  });
});
