/** AWS RAM of the synthetic account: a share inside the organization and one with an outside account. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const ram: SyntheticResponder = (aws, api, region): Output => {
  const { accountId } = aws.options;
  const share = (id: string) => `arn:aws:ram:${region}:${accountId}:resource-share/${id}`;
  switch (api) {
    case 'ram.GetResourceShares':
      return {
        resourceShares: [
          { resourceShareArn: share('org-subnets'), name: 'org-subnets', owningAccountId: accountId, allowExternalPrincipals: false, status: 'ACTIVE', tags: [] },
          { resourceShareArn: share('partner-catalog'), name: 'partner-catalog', owningAccountId: accountId, allowExternalPrincipals: true, status: 'ACTIVE', tags: [] },
        ],
      };
    case 'ram.ListPrincipals':
      return {
        principals: [
          { id: 'arn:aws:organizations::111111111111:organization/o-synthetic', resourceShareArn: share('org-subnets'), external: false },
          { id: '999999999999', resourceShareArn: share('partner-catalog'), external: true },
        ],
      };
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
