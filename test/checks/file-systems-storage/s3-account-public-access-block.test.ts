import { describe, expect, it } from 'vitest';
import check from '../../../checks/file-systems-storage/s3-account-public-access-block.js';
import type { PublicAccessBlockSettings } from '../../../src/model/items/s3.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { ALL_OFF, ALL_ON, anAccountBlock } from '../../helpers/s3.js';

describe('s3-account-public-access-block', () => {
  it.each<[string, PublicAccessBlockSettings | null, string, string]>([
    ['all four on', ALL_ON, 'pass', 'high'],
    ['no configuration (NoSuchPublicAccessBlockConfiguration)', null, 'fail', 'high'],
    ['all four off', ALL_OFF, 'fail', 'high'],
    ['only IgnorePublicAcls + RestrictPublicBuckets (effective, not preventive)', { ...ALL_OFF, ignorePublicAcls: true, restrictPublicBuckets: true }, 'fail', 'low'],
    ['only the two "Block" settings (preventive, existing grants live on)', { ...ALL_OFF, blockPublicAcls: true, blockPublicPolicy: true }, 'fail', 'high'],
    ['three of four (RestrictPublicBuckets off)', { ...ALL_ON, restrictPublicBuckets: false }, 'fail', 'high'],
  ])('%s → %s (%s)', (_name, configuration, expected, severity) => {
    const [result, ...rest] = run(check, { s3AccountPublicAccessBlock: [anAccountBlock(configuration)] });
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity, resourceArn: 'arn:aws:s3::123456789012:account' });
  });

  it('names the settings that are off', () => {
    const [result] = run(check, { s3AccountPublicAccessBlock: [anAccountBlock({ ...ALL_ON, blockPublicPolicy: false })] });
    expect(result?.message).toMatch(/blockPublicPolicy/);
  });

  it('errors when the account setting could not be read', () => {
    const arn = 'arn:aws:s3::123456789012:account';
    const results = run(check, {
      s3AccountPublicAccessBlock: { items: [], failures: [aFailure({ api: 's3control.GetPublicAccessBlock', action: 's3:GetAccountPublicAccessBlock', resourceArn: arn })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/s3:GetAccountPublicAccessBlock/);
  });
});
