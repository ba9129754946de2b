/**
 * The least-privilege IAM policy, generated from what the selected checks' collectors declare (and can only) send.
 */
import { COLLECTORS } from './collect/collectors.js';
import { actionFor, ACTIONS_NEEDING_NO_PERMISSION } from './collect/iam-actions.js';
import { ORG_APIS, SCOPE_APIS } from './collect/scope.js';
import type { Check } from './model/check.js';

/**
 * Actions we use that the AWS managed policy SecurityAudit (v85) does not grant, and why we need them.
 * Attach SecurityAudit plus these, or the generated policy alone.
 */
export const BEYOND_SECURITY_AUDIT: Record<string, string> = {
  's3:ListBucketVersions':
    'dbgap-data-retained-past-expiry: noncurrent versions of expired dbGaP data hide behind delete markers; ListObjectsV2 alone misses them (MaxKeys 1, keys never stored).',
  'macie2:GetMacieSession': 'macie-sensitive-data-discovery: whether Amazon Macie is enabled.',
  'macie2:GetAutomatedDiscoveryConfiguration': 'macie-sensitive-data-discovery: whether automated sensitive-data discovery is on.',
  'backup:ListRecoveryPointsByBackupVault': 'backup-recovery-points-past-expiry, backup-vault-lock-dbgap: which resources a vault keeps copies of, and until when.',
};

export function apisFor(checks: readonly Check[]): string[] {
  const apis = new Set<string>(SCOPE_APIS);
  for (const check of checks) for (const key of check.needs) for (const api of COLLECTORS[key].apis) apis.add(api);
  return [...apis].sort();
}

export function actionsFor(checks: readonly Check[]): string[] {
  return [...new Set(apisFor(checks).map(actionFor))].filter((action) => !ACTIONS_NEEDING_NO_PERMISSION.has(action)).sort();
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: string }>;
}

export interface PolicyOptions {
  /**
   * `--org`: the policy of the principal that runs `scan --org` in the management (or delegated-administrator)
   * account: it lists the accounts and assumes this role in each, besides reading its own account.
   */
  orgRoleName?: string;
}

/** The member-role ARN pattern `sts:AssumeRole` is limited to (commercial partition; see the README for GovCloud). */
export function memberRoleArnPattern(roleName: string): string {
  return `arn:aws:iam::*:role/${roleName}`;
}

export function leastPrivilegePolicy(checks: readonly Check[], options: PolicyOptions = {}): PolicyDocument {
  const readOnly = { Sid: 'DbgapAuditReadOnly', Effect: 'Allow' as const, Action: actionsFor(checks), Resource: '*' };
  if (options.orgRoleName === undefined) return { Version: '2012-10-17', Statement: [readOnly] };
  // From what the --org fan-out declares it sends (ORG_APIS): the listing on any resource, AssumeRole on member roles only.
  const orgActions = [...new Set(ORG_APIS.map(actionFor))].sort();
  const listing = orgActions.filter((action) => action !== 'sts:AssumeRole');
  return {
    Version: '2012-10-17',
    Statement: [
      readOnly,
      { Sid: 'DbgapAuditListOrganizationAccounts', Effect: 'Allow', Action: listing, Resource: '*' },
      { Sid: 'DbgapAuditAssumeMemberRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: memberRoleArnPattern(options.orgRoleName) },
    ],
  };
}

export interface RoleOptions {
  /** Who may assume the scan role (an account id or principal ARN). */
  trustedPrincipal: string;
  externalId?: string;
  roleName: string;
}

function trustCondition(options: RoleOptions): Record<string, unknown> | undefined {
  return options.externalId ? { StringEquals: { 'sts:ExternalId': options.externalId } } : undefined;
}

function principalArn(principal: string): string {
  return /^\d{12}$/.test(principal) ? `arn:aws:iam::${principal}:root` : principal;
}

export function cloudFormationTemplate(checks: readonly Check[], options: RoleOptions & PolicyOptions): string {
  const condition = trustCondition(options);
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Read-only role for dbgap-audit, generated from the checks it runs.',
    Resources: {
      DbgapAuditRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: options.roleName,
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: principalArn(options.trustedPrincipal) },
                Action: 'sts:AssumeRole',
                ...(condition ? { Condition: condition } : {}),
              },
            ],
          },
          Policies: [{ PolicyName: 'dbgap-audit-read-only', PolicyDocument: leastPrivilegePolicy(checks, options) }],
        },
      },
    },
    Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['DbgapAuditRole', 'Arn'] } } },
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}

function terraformStatement(statement: PolicyDocument['Statement'][number]): string {
  const actions = statement.Action.map((action) => `      "${action}",`).join('\n');
  return `  statement {
    sid       = "${statement.Sid}"
    effect    = "${statement.Effect}"
    resources = ["${statement.Resource}"]
    actions = [
${actions}
    ]
  }`;
}

export function terraformSnippet(checks: readonly Check[], options: RoleOptions & PolicyOptions): string {
  const statements = leastPrivilegePolicy(checks, options).Statement.map(terraformStatement).join('\n');
  const condition = options.externalId
    ? `\n    condition {\n      test     = "StringEquals"\n      variable = "sts:ExternalId"\n      values   = ["${options.externalId}"]\n    }`
    : '';
  return `# Read-only role for dbgap-audit, generated from the checks it runs.
data "aws_iam_policy_document" "dbgap_audit_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["${principalArn(options.trustedPrincipal)}"]
    }${condition}
  }
}

data "aws_iam_policy_document" "dbgap_audit_read_only" {
${statements}
}

resource "aws_iam_role" "dbgap_audit" {
  name                 = "${options.roleName}"
  assume_role_policy   = data.aws_iam_policy_document.dbgap_audit_trust.json
  max_session_duration = 3600
}

resource "aws_iam_role_policy" "dbgap_audit_read_only" {
  name   = "dbgap-audit-read-only"
  role   = aws_iam_role.dbgap_audit.id
  policy = data.aws_iam_policy_document.dbgap_audit_read_only.json
}
`;
}
