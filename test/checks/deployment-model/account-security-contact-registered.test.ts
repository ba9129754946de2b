import { describe, expect, it } from 'vitest';
import check from '../../../checks/deployment-model/account-security-contact-registered.js';
import { evaluateCheck } from '../../../src/evaluate.js';
import { DEFAULT_SETTINGS } from '../../../src/model/settings.js';
import { ACCOUNT_ARN, aSecurityContact } from '../../helpers/account.js';
import { aFailure, anInventory, NOW, run, statuses } from '../../helpers/inventory.js';

describe('account-security-contact-registered', () => {
  it.each([
    ['a registered contact', aSecurityContact(), 'pass', /Security Office \(CISO\)/],
    ['no contact (ResourceNotFoundException)', aSecurityContact({ isRegistered: false, name: undefined, title: undefined }), 'fail', /No SECURITY alternate contact/],
  ])('%s → %s', (_name, contact, expected, message) => {
    const results = run(check, { accountSecurityContact: [contact] });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([[ACCOUNT_ARN, expected]]);
    expect(results[0]?.message).toMatch(message);
  });

  it('is not applicable in the aws-us-gov partition', () => {
    const account = { id: '123456789012', partition: 'aws-us-gov' };
    const inventory = anInventory({ accountSecurityContact: [] }, { account });
    const results = evaluateCheck(check, inventory, { account, regions: ['us-gov-west-1'], settings: DEFAULT_SETTINGS, now: NOW });
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([['arn:aws-us-gov:iam::123456789012:root', 'not_applicable']]);
    expect(results[0]?.message).toMatch(/aws-us-gov/);
  });

  it('errors when GetAlternateContact was denied', () => {
    const results = run(check, {
      accountSecurityContact: { items: [], failures: [aFailure({ api: 'account.GetAlternateContact', action: 'account:GetAlternateContact', code: 'AccessDeniedException' })] },
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/account:GetAlternateContact/);
  });
});
