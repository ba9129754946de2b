import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { actionFor } from '../../src/collect/iam-actions.js';
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
      expect(action).toMatch(/^[a-z0-9-]+:(List|Get|Describe)[A-Za-z0-9]*$|^iam:GenerateCredentialReport$/);
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
});
