import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { actionFor } from '../../src/collect/iam-actions.js';
import { ORG_APIS } from '../../src/collect/scope.js';
import { actionsFor, cloudFormationTemplate, leastPrivilegePolicy, terraformSnippet } from '../../src/least-privilege-policy.js';
import { runCli } from '../helpers/cli.js';

describe('least-privilege policy', () => {
  it.each([
    ['s3.ListBuckets', 's3:ListAllMyBuckets'],
    ['s3.GetBucketEncryption', 's3:GetEncryptionConfiguration'],
    ['s3control.GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock'],
    ['ec2.DescribeSecurityGroups', 'ec2:DescribeSecurityGroups'],
    ['accessanalyzer.ListFindings', 'access-analyzer:ListFindings'],
  ])('maps %s to %s', (api, action) => {
    expect(actionFor(api)).toBe(action);
  });

  it('grants exactly the actions of the selected checks, plus region discovery, and never a write', () => {
    const ssl = CHECKS.filter((check) => check.id === 's3-bucket-ssl-only');
    expect(actionsFor(ssl)).toEqual(['ec2:DescribeRegions', 's3:GetBucketLocation', 's3:GetBucketPolicy', 's3:ListAllMyBuckets']);
    for (const action of actionsFor(CHECKS)) {
      expect(action).toMatch(/^[a-z0-9-]+:(List|Get|Describe)[A-Za-z0-9]*$|^iam:GenerateCredentialReport$|^inspector2:BatchGetAccountStatus$/);
    }
    expect(actionsFor(CHECKS)).not.toContain('sts:GetCallerIdentity');
  });

  it('renders a policy document, a CloudFormation role with an external id, and Terraform', () => {
    const policy = leastPrivilegePolicy(CHECKS);
    expect(policy.Statement[0]?.Action).toEqual(actionsFor(CHECKS));
    const template = JSON.parse(cloudFormationTemplate(CHECKS, { trustedPrincipal: '210987654321', externalId: 'ext-123', roleName: 'scan' }));
    const role = template.Resources.DbgapAuditRole.Properties;
    expect(role.AssumeRolePolicyDocument.Statement[0]).toMatchObject({
      Principal: { AWS: 'arn:aws:iam::210987654321:root' },
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-123' } },
    });
    expect(role.Policies[0].PolicyDocument).toEqual(policy);
    const terraform = terraformSnippet(CHECKS, { trustedPrincipal: '210987654321', externalId: 'ext-123', roleName: 'scan' });
    for (const action of actionsFor(CHECKS)) expect(terraform).toContain(`"${action}"`);
    expect(terraform).toContain('sts:ExternalId');
  });

  it('prints the policy from the CLI for a selection', async () => {
    const { code, stdout } = await runCli(['policy', '--check', 'iam-user-console-mfa']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).Statement[0].Action).toEqual(['ec2:DescribeRegions', 'iam:GenerateCredentialReport', 'iam:GetCredentialReport']);
  });

  it('needs a trusted principal for a role template', async () => {
    const { code, stderr } = await runCli(['policy', '--format', 'terraform']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/needs --trusted-principal/);
  });

  describe('policy --org (the principal that runs scan --org)', () => {
    it('adds listing the Organization and assuming the member role, limited to that role, to the read-only statement', () => {
      const policy = leastPrivilegePolicy(CHECKS, { orgRoleName: 'OrganizationAccountAccessRole' });
      expect(policy.Statement).toEqual([
        { Sid: 'DbgapAuditReadOnly', Effect: 'Allow', Action: actionsFor(CHECKS), Resource: '*' },
        { Sid: 'DbgapAuditListOrganizationAccounts', Effect: 'Allow', Action: ['organizations:ListAccounts'], Resource: '*' },
        { Sid: 'DbgapAuditAssumeMemberRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'arn:aws:iam::*:role/OrganizationAccountAccessRole' },
      ]);
      // Generated from what the --org fan-out declares, so a new call there cannot be forgotten here.
      const orgActions = policy.Statement.slice(1).flatMap((statement) => statement.Action);
      expect(orgActions.sort()).toEqual(ORG_APIS.map(actionFor).sort());
      // And nothing the plain policy lacks but those.
      expect(leastPrivilegePolicy(CHECKS).Statement).toEqual(policy.Statement.slice(0, 1));
    });

    it('prints it from the CLI, with --org-role-name, and as CloudFormation and Terraform', async () => {
      const json = await runCli(['policy', '--org', '--org-role-name', 'audit/DbgapAudit', '--check', 's3-bucket-ssl-only']);
      expect(json.code).toBe(0);
      const policy = JSON.parse(json.stdout) as { Statement: { Sid: string; Action: string[]; Resource: string }[] };
      expect(policy.Statement.map((statement) => [statement.Sid, statement.Resource])).toEqual([
        ['DbgapAuditReadOnly', '*'],
        ['DbgapAuditListOrganizationAccounts', '*'],
        ['DbgapAuditAssumeMemberRole', 'arn:aws:iam::*:role/audit/DbgapAudit'],
      ]);
      const cloudformation = await runCli(['policy', '--org', '--format', 'cloudformation', '--trusted-principal', '111122223333']);
      const role = JSON.parse(cloudformation.stdout).Resources.DbgapAuditRole.Properties;
      expect(role.Policies[0].PolicyDocument.Statement.at(-1)).toMatchObject({ Action: ['sts:AssumeRole'], Resource: 'arn:aws:iam::*:role/OrganizationAccountAccessRole' });
      const terraform = await runCli(['policy', '--org', '--format', 'terraform', '--trusted-principal', '111122223333']);
      expect(terraform.stdout).toContain('sid       = "DbgapAuditAssumeMemberRole"');
      expect(terraform.stdout).toContain('resources = ["arn:aws:iam::*:role/OrganizationAccountAccessRole"]');
      expect(terraform.stdout).toContain('"organizations:ListAccounts",');
    });

    it('without --org is the single-account policy; --org-role-name alone or a bad role name is a usage error', async () => {
      const plain = await runCli(['policy']);
      expect((JSON.parse(plain.stdout) as { Statement: unknown[] }).Statement).toHaveLength(1);
      expect(await runCli(['policy', '--org-role-name', 'X'])).toMatchObject({ code: 2, stderr: 'dbgap-audit: --org-role-name needs --org.\n' });
      expect(await runCli(['policy', '--org', '--org-role-name', 'a"b'])).toMatchObject({ code: 2, stderr: `dbgap-audit: --org-role-name 'a"b' is not a valid IAM role name.\n` });
    });
  });
});
