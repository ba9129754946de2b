import { z } from 'zod';
import type { AccountServiceControlPolicies, OrganizationMembership } from '../../model/items/organizations.js';
import { document, itemSchema, strings } from './common.js';

export const organizationMembership = itemSchema<OrganizationMembership>()({
  isMember: z.boolean(),
  organizationId: z.string().optional(),
  organizationArn: z.string().optional(),
  featureSet: z.string().optional(),
  managementAccountId: z.string().optional(),
});

export const accountServiceControlPolicies = itemSchema<AccountServiceControlPolicies>()({
  path: z.array(z.looseObject({ id: z.string(), type: z.enum(['ACCOUNT', 'ORGANIZATIONAL_UNIT', 'ROOT']) })),
  policies: z.array(z.looseObject({ id: z.string(), arn: z.string(), name: z.string(), awsManaged: z.boolean(), attachedTo: strings, document })),
});
