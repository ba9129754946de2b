/**
 * Shell completion as a user gets it: the script `dbgap-audit completion SHELL` prints, loaded into the real shell,
 * asked for candidates at the end of a command line. bash's completion function is called directly; fish answers
 * `complete -C`; zsh is driven through a pseudo-terminal. zsh and fish are skipped where they are not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { buildProgram } from '../../src/program.js';
import { runCli } from './run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-completion-'));
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const scripts: Record<string, string> = {};

beforeAll(async () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    const { code, stdout } = await runCli(['completion', shell]);
    expect(code).toBe(0);
    scripts[shell] = join(directory, `dbgap-audit.${shell}`);
    writeFileSync(scripts[shell], stdout);
  }
});

/** The candidates bash offers for each command line (the last word is the one being completed). */
function bashCandidates(lines: string[][]): string[][] {
  const calls = lines.map((words) => `try ${words.map((word) => `'${word}'`).join(' ')}`);
  const script = [
    `source '${scripts.bash}'`,
    'try() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _dbgap_audit; echo "${COMPREPLY[*]}"; }',
    ...calls,
  ].join('\n');
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: directory, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').slice(0, lines.length).map((line) => (line ? line.split(' ') : []));
}

const checkIds = CHECKS.map((check) => check.id);
const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: '.' }, () => undefined);
const visibleFlags = (name: string) => {
  const command = program.commands.find((candidate) => candidate.name() === name);
  return [...(command?.options ?? []).filter((option) => !option.hidden).map((option) => option.long ?? ''), '--help'].sort();
};

describe('bash', () => {
  it('completes commands, flags, choices, comma-separated lists, files and --flag=value', () => {
    writeFileSync(join(directory, 'inventory.json'), '{}');
    const cases: Array<[string[], string[]]> = [
      [['dbgap-audit', ''], ['scan', 'collect', 'merge', 'diff', 'list-checks', 'policy', 'evidence', 'verify-evidence', 'poam', 'completion']],
      [['dbgap-audit', 'sc'], ['scan']],
      [['dbgap-audit', '--ver'], ['--version']],
      [['dbgap-audit', 'scan', '--for'], ['--format']],
      [['dbgap-audit', '--debug', 'scan', '--fail-'], ['--fail-on', '--fail-on-expired-waivers']],
      [['dbgap-audit', 'scan', '-f', ''], ['table', 'json', 'sarif', 'csv', 'junit', 'html']],
      [['dbgap-audit', 'scan', '-f', 'json,s'], ['json,sarif']],
      [['dbgap-audit', 'scan', '--format', '=', 'ju'], ['junit']],
      [['dbgap-audit', 'list-checks', '-f', ''], ['table', 'json']],
      [['dbgap-audit', 'policy', '--format', ''], ['json', 'cloudformation', 'terraform']],
      [['dbgap-audit', 'scan', '--fail-on', ''], ['critical', 'high', 'medium', 'low', 'informational', 'none']],
      [['dbgap-audit', 'scan', '--severity', 'low,cr'], ['low,critical']],
      [['dbgap-audit', 'scan', '-c', 's3-bucket-ssl-only,s3-bucket-v'], ['s3-bucket-ssl-only,s3-bucket-versioning-enabled']],
      [['dbgap-audit', 'policy', '--check', 'iam-root-'], checkIds.filter((id) => id.startsWith('iam-root-'))],
      [['dbgap-audit', 'scan', '--inventory', 'inv'], ['inventory.json']],
      [['dbgap-audit', 'merge', 'inv'], ['inventory.json']],
      [['dbgap-audit', 'scan', '--region', ''], []],
      [['dbgap-audit', 'completion', ''], ['bash', 'zsh', 'fish']],
    ];
    expect(bashCandidates(cases.map(([words]) => words))).toEqual(cases.map(([, candidates]) => candidates));
  });

  it.each(['scan', 'collect', 'merge', 'diff', 'list-checks', 'policy', 'evidence', 'verify-evidence', 'poam', 'completion'])(
    'offers exactly the visible flags of %s (no hidden alias)',
    (command) => {
      const [offered = []] = bashCandidates([['dbgap-audit', command, '--']]);
      expect(offered.sort()).toEqual(visibleFlags(command));
      expect(offered).not.toContain('--out');
      expect(offered).not.toContain('--regions');
    },
  );
});

describe.skipIf(!has('fish'))('fish', () => {
  it.each([
    ['dbgap-audit sc', ['scan']],
    ['dbgap-audit scan --for', ['--format']],
    ['dbgap-audit scan -f json,s', ['json,sarif']],
    ['dbgap-audit scan --check s3-bucket-ssl-only,s3-bucket-v', ['s3-bucket-ssl-only,s3-bucket-versioning-enabled']],
    ['dbgap-audit policy -f ', ['cloudformation', 'json', 'terraform']],
    ['dbgap-audit completion ', ['bash', 'fish', 'zsh']],
  ])('%s', (line, candidates) => {
    const result = spawnSync('fish', ['--no-config', '-c', `source '${scripts.fish}'; complete -C '${line}'`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').map((entry) => entry.split('\t')[0])).toEqual(candidates);
  });
});

describe.skipIf(!has('zsh'))('zsh', () => {
  const harness = join(import.meta.dirname, '..', 'fixtures', 'zsh-candidates.zsh');
  it.each([
    ['dbgap-audit ', 'scan collect merge diff list-checks policy evidence verify-evidence poam completion'],
    ['dbgap-audit scan --for', '--format'],
    ['dbgap-audit scan -f json,s', 'sarif'],
    ['dbgap-audit scan --check s3-bucket-ssl-only,s3-bucket-v', 's3-bucket-versioning-enabled'],
    ['dbgap-audit scan --fail-on ', 'critical high medium low informational none'],
    ['dbgap-audit completion ', 'bash zsh fish'],
  ])('%s', (line, candidates) => {
    const result = spawnSync('zsh', ['-f', harness, scripts.zsh ?? '', line], { encoding: 'utf8', timeout: 15_000 });
    expect(result.stdout.trim()).toBe(candidates);
  });
});
