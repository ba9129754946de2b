/**
 * The flags as a Prowler or Trivy user types them: short letters, any case, several regions, a typo that gets a
 * suggestion, report-only mode, fixed report names, and help that says what each flag does in that command.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS, optionsOf } from '../../src/cli/options.js';
import type { ScanResult } from '../../src/model/scan-result.js';
import { oneLineError } from '../../src/program.js';
import { TOOL } from '../../src/version.js';
import { runCli } from './run-cli.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'genomics-lab.inventory.json');
const scan = ['scan', '--inventory', example];
const aDirectory = () => mkdtemp(join(tmpdir(), 'dbgap-audit-flags-'));

function results(stdout: string) {
  return (JSON.parse(stdout) as ScanResult).results.map((result) => [result.checkId, result.resourceArn, result.status]);
}

describe('short flags', () => {
  it('-f -o -c -q mean --format --output --check --quiet', async () => {
    const directory = await aDirectory();
    const long = await runCli([...scan, '--format', 'json', '--output', join(directory, 'long.json'), '--check', 's3-bucket-ssl-only', '--quiet']);
    const short = await runCli([...scan, '-f', 'json', '-o', join(directory, 'short.json'), '-c', 's3-bucket-ssl-only', '-q']);
    expect([short.code, short.stdout, short.stderr]).toEqual([long.code, '', long.stderr]);
    const [longReport, shortReport] = await Promise.all(['long', 'short'].map((name) => readFile(join(directory, `${name}.json`), 'utf8')));
    expect(results(shortReport ?? '')).toEqual(results(longReport ?? ''));
    expect(new Set(results(shortReport ?? '').map(([checkId]) => checkId))).toEqual(new Set(['s3-bucket-ssl-only']));
  });

  it.each([['-v'], ['--version'], ['-V']])('%s prints the version', async (flag) => {
    const { code, stdout } = await runCli([flag]);
    expect([code, stdout]).toEqual([0, `${TOOL.version}\n`]);
  });

  it('-r is --region in the help of scan and collect', async () => {
    for (const command of ['scan', 'collect']) {
      const { stdout } = await runCli([command, '--help']);
      expect(stdout).toMatch(/-r, --region <regions>/);
      expect(stdout).not.toMatch(/--regions/);
    }
  });
});

describe('enum values in any case', () => {
  it('--severity HIGH --format JSON --fail-on CRITICAL', async () => {
    const upper = await runCli([...scan, '--severity', 'HIGH,Critical', '--format', 'JSON', '--fail-on', 'CRITICAL']);
    const lower = await runCli([...scan, '--severity', 'high,critical', '--format', 'json', '--fail-on', 'critical']);
    expect(upper.stderr).toBe('');
    expect(upper.code).toBe(lower.code);
    expect(results(upper.stdout)).toEqual(results(lower.stdout));
  });

  it('list-checks -f JSON, diff -f Json, policy -f JSON, --framework NIST-800-171-R2, completion BASH', async () => {
    expect((await runCli(['list-checks', '-f', 'JSON'])).code).toBe(0);
    expect((await runCli(['list-checks', '--framework', 'NIST-800-171-R2'])).stdout).toContain('3.13.8');
    expect(JSON.parse((await runCli(['policy', '-f', 'JSON', '-c', 's3-bucket-ssl-only'])).stdout)).toHaveProperty('Statement');
    expect((await runCli(['completion', 'BASH'])).stdout).toContain('complete -F _dbgap_audit dbgap-audit');
  });

  it('refuses a value that is no choice, in one line naming the choices', async () => {
    const { code, stderr } = await runCli(['list-checks', '-f', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe("dbgap-audit: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are table, json.\n");
  });
});

describe('did you mean', () => {
  it.each([
    [['scan', '--formt', 'json'], "dbgap-audit: unknown option '--formt' (did you mean --format?)\n"],
    [['scna'], "dbgap-audit: unknown command 'scna' (did you mean scan?)\n"],
    [['evidence', '--inventory', example, '--ouput', 'x'], "dbgap-audit: unknown option '--ouput' (did you mean --output?)\n"],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect([code, stdout, stderr]).toEqual([2, '', message]);
  });

  it('keeps only the suggestion line of commander\'s message', () => {
    expect(oneLineError("error: unknown option '--quite'\n(Did you mean one of --quiet, --quit?)\n")).toBe(
      "unknown option '--quite' (did you mean one of --quiet, --quit?)",
    );
    expect(oneLineError("error: unknown option '--zzz'\n")).toBe("unknown option '--zzz'");
  });
});

describe('--fail-on none (report only)', () => {
  it('exits 0 with failing findings, where the default threshold exits 1', async () => {
    expect((await runCli([...scan, '-f', 'json'])).code).toBe(1);
    const reportOnly = await runCli([...scan, '-f', 'json', '--fail-on', 'none']);
    expect(reportOnly.code).toBe(0);
    expect((JSON.parse(reportOnly.stdout) as ScanResult).summary.fail).toBeGreaterThan(0);
  });

  it('exits 0 for an incomplete scan, where --fail-on high exits 3', async () => {
    const incomplete = ['-c', 'kms-cmk-rotation-enabled', '-f', 'json'];
    expect((await runCli([...scan, ...incomplete, '--fail-on', 'high'])).code).toBe(3);
    expect((await runCli([...scan, ...incomplete, '--fail-on', 'none'])).code).toBe(0);
  });

  it('still exits 2 when the tool cannot do its job', async () => {
    const cwd = await aDirectory();
    const missing = await runCli([...scan, '--fail-on', 'none', '--waivers', 'missing.yml'], cwd);
    expect([missing.code, missing.stderr]).toEqual([2, 'dbgap-audit: The waivers file missing.yml does not exist.\n']);
    expect((await runCli(['scan', '--inventory', join(cwd, 'nope.json'), '--fail-on', 'none'])).code).toBe(2);
  });

  it('still fails on an expired waiver when --fail-on-expired-waivers asks for it', async () => {
    const cwd = await aDirectory();
    await writeFile(
      join(cwd, 'dbgap-audit.waivers.yml'),
      'waivers:\n  - checkId: s3-bucket-ssl-only\n    resources: ["arn:aws:s3:::genlab-public-share"]\n    reason: Public reference data\n    approvedBy: Jane Doe, ISSO\n    expires: 2026-01-01\n',
    );
    expect((await runCli([...scan, '-f', 'json', '--fail-on', 'none'], cwd)).code).toBe(0);
    expect((await runCli([...scan, '-f', 'json', '--fail-on', 'none', '--fail-on-expired-waivers'], cwd)).code).toBe(1);
  });

  it('merge --fail-on none exits 0 too', async () => {
    const directory = await aDirectory();
    const report = join(directory, 'report.json');
    expect((await runCli([...scan, '-f', 'json', '-o', report])).code).toBe(1);
    expect((await runCli(['merge', report, '-f', 'json'])).code).toBe(1);
    expect((await runCli(['merge', report, '-f', 'json', '--fail-on', 'none'])).code).toBe(0);
  });
});

describe('--output-file-name', () => {
  it('names every report written to --output-dir, the extension added per format', async () => {
    const directory = await aDirectory();
    const { code, stderr } = await runCli([...scan, '-f', 'json,sarif,junit', '--output-dir', directory, '--output-file-name', 'dbgap', '-q']);
    expect(code).toBe(1);
    expect((await readdir(directory)).sort()).toEqual(['dbgap.json', 'dbgap.sarif', 'dbgap.xml']);
    expect(stderr).not.toContain('Wrote');
  });

  it.each([
    [['--output-file-name', 'dbgap'], '--output-file-name names the files written to --output-dir DIR; give --output-dir too (or --output FILE for one report).'],
    [['--output-dir', '.', '--output-file-name', '../escape'], "option '--output-file-name <name>' argument '../escape' is invalid. --output-file-name takes a file name without a directory (the extension is added per format)."],
  ])('%j → exit 2', async (flags, message) => {
    const { code, stderr } = await runCli([...scan, ...flags]);
    expect([code, stderr]).toEqual([2, `dbgap-audit: ${message}\n`]);
  });
});

describe('--output everywhere, --out kept as a hidden alias', () => {
  it('evidence takes -o, --output and --out alike', async () => {
    for (const flag of ['-o', '--output', '--out']) {
      const bundle = join(await aDirectory(), 'bundle');
      const { code } = await runCli(['evidence', '--inventory', example, flag, bundle, '-q']);
      expect(code).toBe(0);
      expect((await readdir(bundle)).sort()).toEqual(['data-inventory.csv', 'findings.json', 'findings.sarif', 'inventory.json', 'manifest.json', 'poam.csv', 'report.html', 'requirements.csv']);
    }
  });

  it('a missing --output is named after the unknown options are reported', async () => {
    const { code, stderr } = await runCli(['evidence', '--inventory', example]);
    expect([code, stderr]).toEqual([2, "dbgap-audit: required option '-o, --output <dir>' not specified\n"]);
  });

  it('the help of collect and evidence shows --output, not --out', async () => {
    for (const command of ['collect', 'evidence']) {
      const { stdout } = await runCli([command, '--help']);
      expect(stdout).toMatch(/-o, --output <(file|dir)>/);
      expect(stdout).not.toMatch(/--out\b/);
    }
  });
});

describe('help', () => {
  it.each(['scan', 'collect', 'merge', 'diff', 'list-checks', 'policy', 'evidence', 'verify-evidence', 'completion'])('%s --help has examples and its exit codes', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nExamples:\n {2}\$ .*dbgap-audit /);
    expect(stdout).toMatch(/\nExit codes:\n {2}0 {2}/);
    expect(stdout).toMatch(/\n {2}2 {2}/);
  });

  it('groups the options of scan: scope, AWS requests, selection, output, gating', async () => {
    const { stdout } = await runCli(['scan', '--help']);
    const headings = stdout.split('\n').filter((line) => /^[A-Z][^:]*:$|^[A-Z].*\):$/.test(line));
    expect(headings).toEqual([
      'Scope (accounts, regions, credentials):',
      'AWS requests:',
      'Check selection:',
      'Output:',
      'Gating (exit code, waivers, baseline):',
      'Other options:',
      'Examples:',
      'Exit codes:',
    ]);
  });

  it('says what --check does in each command', async () => {
    // The option's help, its wrapped lines joined: from its flags to the next option.
    const line = async (command: string) => /-c, --check <ids>([^]*?)\n {2}-/.exec((await runCli([command, '--help'])).stdout)?.[1]?.replace(/\s+/g, ' ') ?? '';
    expect(await line('scan')).toContain('evaluate only these checks');
    expect(await line('collect')).toContain('collect only the data needed by these checks');
    expect(await line('policy')).toContain('grant only the permissions needed by these checks');
    expect(await line('policy')).not.toMatch(/run only|evaluate only/);
  });

  it('merge has no evidence flags', async () => {
    expect((await runCli(['merge', '--help'])).stdout).not.toContain('evidence');
    const directory = await aDirectory();
    const report = join(directory, 'report.json');
    await runCli([...scan, '-f', 'json', '-o', report]);
    const { code, stderr } = await runCli(['merge', report, '--evidence-dir', directory]);
    expect([code, stderr]).toEqual([2, "dbgap-audit: unknown option '--evidence-dir'\n"]);
  });
});

describe('the option table', () => {
  it('defines each long flag once, and each short letter once per command', () => {
    const longs = Object.values(OPTIONS).map((definition) => definition.flags.split(', ').at(-1));
    expect(new Set(longs).size).toBe(longs.length);
    for (const command of ['scan', 'collect', 'merge', 'diff', 'list-checks', 'policy', 'evidence'] as const) {
      const shorts = optionsOf(command).flatMap(([, definition]) => definition.flags.match(/^-\w(?=,)/) ?? []);
      expect(new Set(shorts).size, command).toBe(shorts.length);
    }
  });

  it('is the only place options are defined', async () => {
    const { execFileSync } = await import('node:child_process');
    const hits = execFileSync('git', ['grep', '-l', '-E', String.raw`\.(option|requiredOption|addOption)\(|new Option\(`, '--', 'src'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(hits).toEqual(['src/cli/options.ts', 'src/program.ts']);
  });
});
