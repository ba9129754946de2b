import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/sagemaker-notebook-no-direct-internet.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aNotebook } from '../../helpers/sagemaker.js';

describe('sagemaker-notebook-no-direct-internet', () => {
  // https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
  it.each([
    ['a notebook in a subnet with direct internet access disabled', aNotebook('nb'), 'pass', 'subnet-0a'],
    ['a notebook in a subnet with direct internet access enabled', aNotebook('nb', { directInternetAccess: 'Enabled' }), 'fail', 'besides its subnet'],
    ['a notebook outside any VPC', aNotebook('nb', { directInternetAccess: 'Enabled', subnetId: undefined }), 'fail', 'not in a VPC'],
    // CreateNotebookInstance allows Disabled only with a SubnetId: an answer saying otherwise is not read as private.
    ['a notebook reporting Disabled without a subnet', aNotebook('nb', { subnetId: undefined }), 'fail', 'AWS does not allow'],
    ['a notebook with an unexpected value', aNotebook('nb', { directInternetAccess: 'Unknown' }), 'fail', 'DirectInternetAccess Unknown'],
  ])('%s → %s', (_name, notebook, expected, messagePart) => {
    const results = run(check, { sagemakerNotebookInstances: [notebook] });
    expect(statuses(results)).toEqual([expected]);
    expect(results[0]?.message).toContain(messagePart);
  });

  it('skips notebooks being deleted, and is not applicable without notebooks', () => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [aNotebook('nb', { status: 'Deleting', subnetId: undefined })] }))).toEqual(['not_applicable']);
    expect(statuses(run(check, { sagemakerNotebookInstances: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied listing into error for the region, naming sagemaker:ListNotebookInstances', () => {
    const results = run(check, {
      sagemakerNotebookInstances: { items: [], failures: [aFailure({ api: 'sagemaker.ListNotebookInstances', action: 'sagemaker:ListNotebookInstances', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('sagemaker:ListNotebookInstances');
  });

  it('does not let an unread tag set change the verdict', () => {
    const notebook = aNotebook('nb', { directInternetAccess: 'Enabled', tags: { unknown: aFailure({ api: 'sagemaker.ListTags', action: 'sagemaker:ListTags', field: 'tags' }) } });
    const results = run(check, { sagemakerNotebookInstances: { items: [notebook], failures: [aFailure({ api: 'sagemaker.ListTags', action: 'sagemaker:ListTags', field: 'tags', resourceArn: notebook.arn })] } });
    expect(statuses(results)).toEqual(['fail']);
  });
});
