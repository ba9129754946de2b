import { describe, expect, it } from 'vitest';
import { dataInventory } from '../../../src/rules/data-stores/index.js';
import { sagemakerDataStores } from '../../../src/rules/data-stores/sagemaker.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { aFailure } from '../../helpers/inventory.js';
import { aDomain, aNotebook } from '../../helpers/sagemaker.js';

/** Who and when, for the sources that ask the IAM policy engine (S3); these sources ignore it. */
const SCOPE = { account: { id: '123456789012', partition: 'aws' }, now: new Date('2026-11-23T00:00:00Z') };

const data = <T>(items: T[]) => ({ items, failures: [], regions: ['us-east-1'] });

describe('SageMaker data stores', () => {
  it('lists a dbGaP notebook volume with its key and exposure', () => {
    const notebook = aNotebook('nb', { tags: { 'dbgap:project': 'phs1' } });
    expect(sagemakerDataStores({ sagemakerNotebookInstances: data([notebook]) }, DEFAULT_SETTINGS, SCOPE)).toEqual([
      {
        arn: notebook.arn,
        kind: 'sagemaker-notebook',
        service: 'Amazon SageMaker AI',
        region: 'us-east-1',
        name: 'nb',
        controlledData: true,
        reason: 'tagged dbgap:project',
        encryption: `KMS customer key ${notebook.kmsKeyId ?? ''}`,
        exposure: 'private (subnet subnet-0a)',
        retention: 'none configured (the volume lives as long as the notebook instance)',
      },
    ]);
  });

  it('marks a store whose tags could not be read as unknown, and keeps it in the data inventory', () => {
    const notebook = aNotebook('nb', { kmsKeyId: undefined, directInternetAccess: 'Enabled', tags: { unknown: aFailure({ api: 'sagemaker.ListTags', field: 'tags' }) } });
    const untagged = aNotebook('plain');
    const inventory = dataInventory({ sagemakerNotebookInstances: data([notebook, untagged]) }, DEFAULT_SETTINGS, SCOPE);
    expect(inventory.map((store) => [store.name, store.controlledData, store.encryption, store.exposure])).toEqual([
      ['nb', 'unknown', 'AWS managed key', 'direct internet access'],
    ]);
  });

  it('lists Studio domains with their home file system', () => {
    const domain = aDomain('d-1', { appNetworkAccessType: 'PublicInternetOnly', tags: { 'dbgap:project': 'phs1' } });
    const [store] = sagemakerDataStores({ sagemakerDomains: data([domain]) }, DEFAULT_SETTINGS, SCOPE);
    expect(store).toEqual(expect.objectContaining({ kind: 'sagemaker-domain', controlledData: true, exposure: 'apps with direct internet access' }));
    expect(store?.retention).toContain('fs-0a');
  });

  it('gives no stores when the keys were not collected', () => {
    expect(sagemakerDataStores({}, DEFAULT_SETTINGS, SCOPE)).toEqual([]);
  });
});
