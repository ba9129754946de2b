/** `dbgap-audit completion bash|zsh|fish`: print the shell completion script. */
import { EXIT_OK, UsageError } from '../../errors.js';
import type { CommandSpec } from '../command-spec.js';
import { completionModel, completionScript, SHELLS, type Shell } from '../shell-completion.js';
import { COMMANDS } from './index.js';

export const COMPLETION_COMMAND: CommandSpec<Record<string, never>> = {
  name: 'completion',
  summary: 'print the shell completion script for bash, zsh or fish',
  arguments: [{ syntax: '<shell>', description: `the shell: ${SHELLS.join(', ')}`, choices: SHELLS }],
  examples: [
    ['source <(dbgap-audit completion bash)', 'bash, this session (add it to ~/.bashrc to keep it)'],
    ['dbgap-audit completion zsh > "${fpath[1]}/_dbgap-audit"', 'zsh, for good'],
    ['dbgap-audit completion fish > ~/.config/fish/completions/dbgap-audit.fish', 'fish, for good'],
  ],
  exitCodes: [['0', 'printed'], ['2', 'unknown shell']],
  run: ([shell], _flags, io) => {
    const name = (shell ?? '').toLowerCase();
    if (!(SHELLS as readonly string[]).includes(name)) throw new UsageError(`Unknown shell '${shell ?? ''}' given to completion (use ${SHELLS.join(', ')}).`);
    io.stdout.write(completionScript(name as Shell, completionModel([...COMMANDS, COMPLETION_COMMAND])));
    return EXIT_OK;
  },
};
