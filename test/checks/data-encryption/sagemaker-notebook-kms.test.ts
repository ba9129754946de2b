import { describe, expect, it } from 'vitest';
import check from '../../../checks/data-encryption/sagemaker-notebook-kms.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aNotebook } from '../../helpers/sagemaker.js';

const tagFailure = (arn: string) => aFailure({ api: 'sagemaker.ListTags', action: 'sagemaker:ListTags', code: 'AccessDeniedException', field: 'tags', resourceArn: arn });

describe('sagemaker-notebook-kms', () => {
  // https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
  it('passes a notebook with a customer key, whatever its tags', () => {
    const results = run(check, { sagemakerNotebookInstances: [aNotebook('nb', { tags: { 'dbgap:project': 'phs1' } })] });
    expect(statuses(results)).toEqual(['pass']);
    expect(results[0]?.message).toContain('dbGaP data');
  });

  it.each([
    ['a dbGaP-tagged notebook', { 'dbgap:project': 'phs1' }, 'high'],
    ['an untagged notebook', {}, 'low'],
  ])('fails %s on the AWS managed key with severity %s', (_name, tags, severity) => {
    const results = run(check, { sagemakerNotebookInstances: [aNotebook('nb', { kmsKeyId: undefined, tags })] });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', severity]]);
  });

  it('keeps high severity, and names sagemaker:ListTags, when the tags could not be read', () => {
    const notebook = aNotebook('nb', { kmsKeyId: undefined });
    notebook.tags = { unknown: tagFailure(notebook.arn) };
    const results = run(check, { sagemakerNotebookInstances: { items: [notebook], failures: [tagFailure(notebook.arn)] } });
    expect(results.map((result) => [result.status, result.severity])).toEqual([['fail', 'high']]);
    expect(results[0]?.message).toContain('sagemaker:ListTags');
  });

  it('passes on the key even when the tags could not be read', () => {
    const notebook = aNotebook('nb');
    notebook.tags = { unknown: tagFailure(notebook.arn) };
    expect(statuses(run(check, { sagemakerNotebookInstances: { items: [notebook], failures: [tagFailure(notebook.arn)] } }))).toEqual(['pass']);
  });

  it('is not applicable without notebooks, and an error when the listing is denied', () => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [] }))).toEqual(['not_applicable']);
    const results = run(check, {
      sagemakerNotebookInstances: { items: [], failures: [aFailure({ api: 'sagemaker.ListNotebookInstances', action: 'sagemaker:ListNotebookInstances', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('sagemaker:ListNotebookInstances');
  });
});
