import { describe, expect, it } from 'vitest';
import check from '../../../checks/networking/sagemaker-notebook-in-vpc.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aNotebook } from '../../helpers/sagemaker.js';

describe('sagemaker-notebook-in-vpc', () => {
  it.each([
    ['a notebook in a subnet', aNotebook('nb'), 'pass'],
    ['a notebook without a subnet', aNotebook('nb', { subnetId: undefined, directInternetAccess: 'Enabled' }), 'fail'],
    // Consistent with sagemaker-notebook-no-direct-internet: the subnet decides, not the reported flag.
    ['a notebook reporting Disabled without a subnet', aNotebook('nb', { subnetId: undefined }), 'fail'],
  ])('%s → %s', (_name, notebook, expected) => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [notebook] }))).toEqual([expected]);
  });

  it('is not applicable without notebooks', () => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [] }))).toEqual(['not_applicable']);
  });

  it('turns a denied DescribeNotebookInstance into error for that notebook', () => {
    const arn = aNotebook('nb').arn;
    const results = run(check, {
      sagemakerNotebookInstances: {
        items: [aNotebook('other')],
        failures: [aFailure({ api: 'sagemaker.DescribeNotebookInstance', action: 'sagemaker:DescribeNotebookInstance', code: 'AccessDeniedException', resourceArn: arn })],
      },
    });
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([
      [aNotebook('other').arn, 'pass'],
      [arn, 'error'],
    ]);
    expect(results[1]?.message).toContain('sagemaker:DescribeNotebookInstance');
  });
});
