/** `dbgap-audit list-checks`: the registry, with control areas and NIST mappings, or one framework's requirements. */
import { CHECKS } from '../../../checks/index.js';
import { FRAMEWORK_IDS, isFrameworkId, renderFrameworkMapping } from '../../../reports/framework.js';
import { EXIT_OK, UsageError } from '../../errors.js';
import { CONTROL_AREAS } from '../../model/control-areas.js';
import { summarizeCheck } from '../../model/scan-result.js';
import { TOOL } from '../../version.js';
import { EXIT_USAGE_ROW, type CommandSpec } from '../command-spec.js';
import type { Io } from '../io.js';

export interface ListChecksFlags {
  format: 'table' | 'json';
  framework?: string;
}

function runListChecks(flags: ListChecksFlags, io: Io): number {
  if (flags.framework !== undefined) {
    if (!isFrameworkId(flags.framework)) throw new UsageError(`Unknown framework '${flags.framework}' given to --framework (use ${FRAMEWORK_IDS.join(', ')}).`);
    io.stdout.write(renderFrameworkMapping(CHECKS, flags.framework, flags.format));
    return EXIT_OK;
  }
  if (flags.format === 'json') {
    // What a report says of each check, and which inventory keys it reads.
    const checks = CHECKS.map((check) => ({ ...summarizeCheck(check), needs: check.needs }));
    io.stdout.write(`${JSON.stringify({ tool: TOOL, controlAreas: CONTROL_AREAS, checks }, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const area of CONTROL_AREAS) {
    const checks = CHECKS.filter((check) => check.controlArea === area.id);
    lines.push(`${area.number}. ${area.title} (${area.id})`);
    if (checks.length === 0) lines.push('   (no checks yet)');
    for (const check of checks) {
      lines.push(`   ${check.id.padEnd(40)} ${check.severity.padEnd(13)} ${check.title}`);
      lines.push(`   ${''.padEnd(40)} 800-53r5 ${check.nist.sp800_53r5.join(' ')} | 800-171r2 ${check.nist.sp800_171r2.join(' ')} | r3 ${check.nist.sp800_171r3.join(' ')}`);
    }
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export const LIST_CHECKS_COMMAND: CommandSpec<ListChecksFlags> = {
  name: 'list-checks',
  summary: 'list the checks with their control areas and NIST mappings',
  examples: [
    ['dbgap-audit list-checks', 'every check, by dbGaP control area'],
    ['dbgap-audit list-checks --framework nist-800-171-r3', 'each 800-171 r3 requirement and the checks mapped to it'],
    ['dbgap-audit list-checks -f json', 'the registry as JSON'],
  ],
  exitCodes: [['0', 'listed'], EXIT_USAGE_ROW],
  run: (_args, flags, io) => runListChecks(flags, io),
};
