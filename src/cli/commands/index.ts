/** The commands, in the order help lists them (completion is added by program.ts: it describes these). */
import type { CommandSpec } from '../command-spec.js';
import { COLLECT_COMMAND } from './collect.js';
import { DIFF_COMMAND } from './diff.js';
import { EVIDENCE_COMMAND } from './evidence.js';
import { LIST_CHECKS_COMMAND } from './list-checks.js';
import { MERGE_COMMAND } from './merge.js';
import { POAM_COMMAND } from './poam.js';
import { POLICY_COMMAND } from './policy.js';
import { SCAN_COMMAND } from './scan.js';
import { VERIFY_EVIDENCE_COMMAND } from './verify-evidence.js';

// Each spec's flags type differs; the program hands every handler the flags commander parsed for its own options.
export const COMMANDS: ReadonlyArray<CommandSpec<never>> = [
  SCAN_COMMAND,
  COLLECT_COMMAND,
  MERGE_COMMAND,
  DIFF_COMMAND,
  LIST_CHECKS_COMMAND,
  POLICY_COMMAND,
  EVIDENCE_COMMAND,
  VERIFY_EVIDENCE_COMMAND,
  POAM_COMMAND,
] as ReadonlyArray<CommandSpec<never>>;
