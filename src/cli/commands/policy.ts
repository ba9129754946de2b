/** `dbgap-audit policy`: the least-privilege IAM policy for the selected checks, or a scan role that carries it. */
import type { Command } from 'commander';
import { ROLE_NAME_PATTERN } from '../../collect/organization-accounts.js';
import { EXIT_OK, UsageError } from '../../errors.js';
import { cloudFormationTemplate, leastPrivilegePolicy, terraformSnippet } from '../../least-privilege-policy.js';
import { selectChecks } from '../../scan.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import { selectionFrom, type SelectionFlags } from '../flags.js';
import type { Io } from '../io.js';

export interface PolicyFlags extends SelectionFlags {
  format: 'json' | 'cloudformation' | 'terraform';
  trustedPrincipal?: string;
  externalId?: string;
  roleName: string;
  org?: boolean;
  orgRoleName: string;
}

function runPolicy(flags: PolicyFlags, io: Io, command: Command): number {
  const checks = selectChecks(selectionFrom(flags));
  if (!flags.org && command.getOptionValueSource('orgRoleName') === 'cli') throw new UsageError('--org-role-name needs --org.');
  if (!ROLE_NAME_PATTERN.test(flags.orgRoleName)) throw new UsageError(`--org-role-name '${flags.orgRoleName}' is not a valid IAM role name.`);
  const scope = flags.org ? { orgRoleName: flags.orgRoleName } : {};
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(leastPrivilegePolicy(checks, scope), null, 2)}\n`);
    return EXIT_OK;
  }
  if (!flags.trustedPrincipal) throw new UsageError(`--format ${flags.format} needs --trusted-principal (the account id or ARN allowed to assume the role).`);
  const options = { trustedPrincipal: flags.trustedPrincipal, roleName: flags.roleName, ...scope, ...(flags.externalId ? { externalId: flags.externalId } : {}) };
  io.stdout.write(flags.format === 'cloudformation' ? cloudFormationTemplate(checks, options) : terraformSnippet(checks, options));
  return EXIT_OK;
}

export const POLICY_COMMAND: CommandSpec<PolicyFlags> = {
  name: 'policy',
  summary: 'print the least-privilege IAM policy for the selected checks (JSON, CloudFormation or Terraform)',
  examples: [
    ['dbgap-audit policy > dbgap-audit-policy.json', 'the policy every check needs'],
    ['dbgap-audit policy -c s3-bucket-ssl-only,iam-root-mfa-enabled', 'only what two checks need'],
    ['dbgap-audit policy -f cloudformation --trusted-principal 111122223333 --external-id "$ID"', 'a scan role template'],
    ['dbgap-audit policy --org > org-scan-policy.json', 'the policy of the principal that runs scan --org'],
  ],
  exitCodes: [['0', 'printed'], EXIT_USAGE_ROW],
  run: (_args, flags, io, command) => runPolicy(flags, io, command),
};
