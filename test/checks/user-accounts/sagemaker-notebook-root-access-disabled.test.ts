import { describe, expect, it } from 'vitest';
import check from '../../../checks/user-accounts/sagemaker-notebook-root-access-disabled.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aNotebook } from '../../helpers/sagemaker.js';

describe('sagemaker-notebook-root-access-disabled', () => {
  // https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html
  it.each([
    ['root access disabled', 'Disabled', 'pass'],
    ['root access enabled', 'Enabled', 'fail'],
    ['an unexpected value', 'Sometimes', 'fail'],
  ])('%s → %s', (_name, rootAccess, expected) => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [aNotebook('nb', { rootAccess })] }))).toEqual([expected]);
  });

  it('is not applicable without notebooks', () => {
    expect(statuses(run(check, { sagemakerNotebookInstances: [] }))).toEqual(['not_applicable']);
  });

  it('turns a failed listing into error naming the IAM action', () => {
    const results = run(check, {
      sagemakerNotebookInstances: { items: [], failures: [aFailure({ api: 'sagemaker.ListNotebookInstances', action: 'sagemaker:ListNotebookInstances', code: 'ThrottlingException', kind: 'throttled' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('sagemaker:ListNotebookInstances');
  });
});
