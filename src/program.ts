/**
 * The commander program: wires the commands (src/cli/commands/) and their options (src/cli/options.ts), and maps
 * what ends a run to its exit code. The commands do their work through scan.ts and the report writers.
 */
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS } from './cli/commands/index.js';
import { COMPLETION_COMMAND } from './cli/commands/completion.js';
import type { CommandSpec } from './cli/command-spec.js';
import type { Io } from './cli/io.js';
import { attachOptions, OPTION_GROUPS, PROGRAM_OPTIONS } from './cli/options.js';
import { DbgapAuditError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { TOOL } from './version.js';

export type { Io, OutputStream } from './cli/io.js';

const ALL_COMMANDS: ReadonlyArray<CommandSpec<never>> = [...COMMANDS, COMPLETION_COMMAND as CommandSpec<never>];

const HELP_WIDTH = 80;

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** Two aligned columns under a heading, wrapped to 80 columns the way commander prints its own lists. */
function helpSection(heading: string, rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  const indent = ' '.repeat(width + 4);
  const body = rows.map(([left, right]) => `  ${left.padEnd(width)}  ${wrap(right, HELP_WIDTH - indent.length).join(`\n${indent}`)}`);
  return `${heading}\n${body.join('\n')}\n`;
}

function commandFooter(spec: CommandSpec<never>): string {
  const examples = spec.examples.map(([line, comment]) => `  $ ${line}\n      # ${comment}`).join('\n');
  return `\nExamples:\n${examples}\n\n${helpSection('Exit codes:', spec.exitCodes)}`;
}

const PROGRAM_FOOTER = [
  '',
  helpSection('Exit codes (each command lists its own under --help):', [
    ['0', 'passed: no unwaived failure at or above --fail-on, and the scan was complete'],
    ['1', 'an unwaived failure at or above --fail-on (or --exit-code N)'],
    ['2', 'the tool could not do its job: bad flag, bad file, no credentials'],
    ['3', 'incomplete: some checks could not be evaluated (--allow-incomplete: 0)'],
  ]),
  'Run dbgap-audit <command> --help for its options, examples and exit codes.',
  '',
].join('\n');

/**
 * Commander's error for a mistyped flag or command ends with a second line, "(Did you mean --format?)"; every
 * error here is one line on stderr, so the suggestion joins the first line instead of being cut off with it.
 */
export function oneLineError(text: string): string {
  const [first = '', ...rest] = text.replace(/^error: /, '').trimEnd().split('\n');
  const suggestion = rest.map((line) => /^\((Did you mean .*)\)$/.exec(line.trim())?.[1]).find(Boolean);
  return suggestion ? `${first} (${suggestion.replace(/^Did/, 'did')})` : first;
}

/** The help flag; a command lists it with its other options, the program with its own (version, debug). */
function helpOption(group?: string): Option {
  const option = new Option(PROGRAM_OPTIONS.help.flags, PROGRAM_OPTIONS.help.description);
  return group ? option.helpGroup(group) : option;
}

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('dbgap-audit')
    .description('Audit an AWS account against the NIH dbGaP security best practices and NIST SP 800-171.')
    .version(TOOL.version, PROGRAM_OPTIONS.version.flags, PROGRAM_OPTIONS.version.description)
    .option(PROGRAM_OPTIONS.debug.flags, PROGRAM_OPTIONS.debug.description)
    // -V was the version flag before -v (Trivy's and Prowler's) took over; it still works, unlisted.
    .addOption(new Option('-V').hideHelp())
    .addHelpOption(helpOption())
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`dbgap-audit: ${oneLineError(text)}\n`),
    })
    .addHelpText('after', PROGRAM_FOOTER);
  program.on('option:V', () => {
    io.stdout.write(`${TOOL.version}\n`);
    throw new CommanderError(EXIT_OK, 'commander.version', TOOL.version);
  });

  for (const spec of ALL_COMMANDS) {
    const command = program.command(spec.name).description(spec.summary).addHelpOption(helpOption(OPTION_GROUPS.other));
    for (const argument of spec.arguments ?? []) command.argument(argument.syntax, argument.description);
    attachOptions(command, spec.name);
    command.addHelpText('after', commandFooter(spec));
    command.action(async (...parameters: unknown[]) => {
      // commander passes the arguments (a variadic one as an array), then the parsed options, then the command.
      const self = parameters.at(-1) as Command;
      const flags = parameters.at(-2) as never;
      const args = parameters.slice(0, -2).flat() as string[];
      setExitCode(await spec.run(args, flags, io, self));
    });
  }
  return program;
}

/** Runs the CLI in-process and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end "with an error" in commander's override mode; they are successes.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (error instanceof DbgapAuditError) {
      io.stderr.write(`dbgap-audit: ${error.message}\n`);
      if (debug && error.cause) io.stderr.write(`${(error.cause as Error).stack ?? String(error.cause)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dbgap-audit: unexpected error: ${message.split('\n')[0]} (run with --debug for details)\n`);
    if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}
