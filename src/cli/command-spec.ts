/** A command as the program wires it: its help (summary, arguments, examples, exit codes) and its handler. */
import type { Command } from 'commander';
import type { Io } from './io.js';
import type { CommandName } from './options.js';

export interface CommandArgument {
  /** commander syntax: `<dir>`, `<reports...>` */
  syntax: string;
  description: string;
  /** Allowed values (case-insensitive), offered by completion. */
  choices?: readonly string[];
  /** What completion offers otherwise. */
  complete?: 'file' | 'directory';
}

export interface CommandSpec<Flags = never> {
  name: CommandName;
  summary: string;
  arguments?: readonly CommandArgument[];
  /** `[command line, what it does]`, shown under "Examples:" in the command's help. */
  examples: ReadonlyArray<readonly [string, string]>;
  /** `[exit code, meaning]`, shown under "Exit codes:". */
  exitCodes: ReadonlyArray<readonly [string, string]>;
  /** Runs the command; returns its exit code. Errors carry their own (DbgapAuditError). */
  run(args: string[], flags: Flags, io: Io, command: Command): Promise<number> | number;
}

/** The exit code of a tool that could not do its job, shared by every command. */
export const EXIT_USAGE_ROW = ['2', 'the tool could not do its job: bad flag or value, unreadable or invalid file, no credentials, unwritable output'] as const;
