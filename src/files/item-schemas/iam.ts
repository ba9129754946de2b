import { z } from 'zod';
import type { IamAccountSummary, IamAuthorizationEntry, IamCredentialReport, IamPasswordPolicy, IamVirtualMfaDevice } from '../../model/items/iam.js';
import { document, itemSchema, strings } from './common.js';

const date = z.string().nullable();

const credentialReportRow = z.looseObject({
  arn: z.string(),
  region: z.string().optional(),
  user: z.string(),
  isRoot: z.boolean(),
  userCreationTime: date,
  passwordEnabled: z.boolean().nullable(),
  passwordLastUsed: date,
  passwordLastChanged: date,
  mfaActive: z.boolean(),
  accessKey1Active: z.boolean(),
  accessKey1LastRotated: date,
  accessKey1LastUsed: date,
  accessKey2Active: z.boolean(),
  accessKey2LastRotated: date,
  accessKey2LastUsed: date,
});

export const iamCredentialReport = itemSchema<IamCredentialReport>()({ generatedAt: date, rows: z.array(credentialReportRow) });

export const iamAccountSummary = itemSchema<IamAccountSummary>()({
  accountMfaEnabled: z.boolean(),
  accountAccessKeysPresent: z.boolean(),
  summaryMap: z.record(z.string(), z.number()),
});

export const iamPasswordPolicy = itemSchema<IamPasswordPolicy>()({
  policy: z
    .looseObject({
      minimumPasswordLength: z.number().optional(),
      requireSymbols: z.boolean(),
      requireNumbers: z.boolean(),
      requireUppercaseCharacters: z.boolean(),
      requireLowercaseCharacters: z.boolean(),
      allowUsersToChangePassword: z.boolean(),
      maxPasswordAge: z.number().optional(),
      passwordReusePrevention: z.number().optional(),
      hardExpiry: z.boolean(),
    })
    .nullable(),
});

export const iamVirtualMfaDevice = itemSchema<IamVirtualMfaDevice>()({ serialNumber: z.string(), userArn: z.string().optional(), enabledAt: z.string().optional() });

const principal = {
  arn: z.string().min(1),
  region: z.string().optional(),
  name: z.string(),
  path: z.string(),
  inlinePolicies: z.array(z.looseObject({ name: z.string(), document })),
  attachedPolicies: z.array(z.looseObject({ name: z.string(), arn: z.string() })),
};

/** Users, groups, roles and managed policies, told apart by `kind`. */
export const iamAuthorizationEntry = z.discriminatedUnion('kind', [
  z.looseObject({ ...principal, kind: z.literal('user'), groups: strings }),
  z.looseObject({ ...principal, kind: z.literal('group') }),
  z.looseObject({ ...principal, kind: z.literal('role'), trustPolicy: document }),
  z.looseObject({
    arn: z.string().min(1),
    region: z.string().optional(),
    kind: z.literal('policy'),
    name: z.string(),
    awsManaged: z.boolean(),
    attachmentCount: z.number(),
    document,
  }),
]) satisfies z.ZodType<IamAuthorizationEntry>;
