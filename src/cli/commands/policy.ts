/** `dbgap-audit policy`: the least-privilege IAM policy for the selected checks, or a scan role that carries it. */
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
}

function runPolicy(flags: PolicyFlags, io: Io): number {
  const checks = selectChecks(selectionFrom(flags));
  if (flags.format === 'json') {
    io.stdout.write(`${JSON.stringify(leastPrivilegePolicy(checks), null, 2)}\n`);
    return EXIT_OK;
  }
  if (!flags.trustedPrincipal) throw new UsageError(`--format ${flags.format} needs --trusted-principal (the account id or ARN allowed to assume the role).`);
  const options = { trustedPrincipal: flags.trustedPrincipal, roleName: flags.roleName, ...(flags.externalId ? { externalId: flags.externalId } : {}) };
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
  ],
  exitCodes: [['0', 'printed'], EXIT_USAGE_ROW],
  run: (_args, flags, io) => runPolicy(flags, io),
};
