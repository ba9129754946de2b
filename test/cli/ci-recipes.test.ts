/**
 * The CI recipes run as written. The composite action's `run` steps execute in bash the way a runner executes them,
 * in a copy of this repository used as the action (`uses: ./`): the install step builds the tarball with `npm ci`
 * and `npm pack` and installs it, then the scan step evaluates the bundled example inventory, and the gate step
 * ends with the scan's exit code. The GitHub workflow's evaluate and gate steps, and the GitLab job's script, then
 * run with that installed tool against the same inventory (only the AWS collection is replaced by a copy of it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ScanResult } from '../../src/model/scan-result.js';
import { WorkflowRunner, type StepRun, type WorkflowStep } from '../helpers/workflow-steps.js';

const root = join(import.meta.dirname, '..', '..');
const base = mkdtempSync(join(tmpdir(), 'dbgap-audit-ci-'));
const workspace = join(base, 'workspace');
const EXAMPLE = 'examples/genomics-lab.inventory.json';
// Each step starts Node and evaluates the example inventory; on a shared machine that takes a while.
const STEP_TIMEOUT = 180_000;

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { steps: WorkflowStep[] };
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;
const step = (name: RegExp, steps: WorkflowStep[] = action.runs.steps): WorkflowStep => {
  const found = steps.find((candidate) => name.test(candidate.name ?? ''));
  if (!found) throw new Error(`No step named ${name}`);
  return found;
};
const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));

let runner: WorkflowRunner;
let install: StepRun;

beforeAll(() => {
  // The repository as a checkout has it: tracked files (and new ones), no node_modules, no dist.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(workspace, file)), { recursive: true });
    copyFileSync(join(root, file), join(workspace, file));
  }
  runner = new WorkflowRunner({ workspace, temp: join(base, 'runner-temp'), actionPath: workspace });
  runner.inputs = { ...defaults, inventory: EXAMPLE, 'fail-on': 'high' };
  install = runner.run(step(/^Build and install/), { npm_config_loglevel: 'error' });
}, 600_000);

describe('action.yml, run by its own steps', () => {
  it('builds the tarball from its own commit and puts that dbgap-audit on the PATH', { timeout: STEP_TIMEOUT }, () => {
    expect(install.code, install.stderr).toBe(0);
    const which = runner.run({ run: 'command -v dbgap-audit && dbgap-audit --version' });
    expect(which.stdout.split('\n')[0]).toBe(join(base, 'runner-temp', 'dbgap-audit', 'node_modules', '.bin', 'dbgap-audit'));
    expect(which.stdout.split('\n')[1]).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('scans the example inventory: table in the log and the job summary, JSON and SARIF files, exit code as output', { timeout: STEP_TIMEOUT }, () => {
    const scan = runner.run(step(/^Scan$/));
    expect(scan.code, scan.stderr).toBe(0); // the step records the exit code; the gate step fails the job
    expect(scan.outputs['exit-code']).toBe('1');
    expect(scan.stdout).toMatch(/\d+ passed, \d+ failed|fail/i);
    const sarif = JSON.parse(readFileSync(join(workspace, scan.outputs['sarif-file'] ?? ''), 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    const report = JSON.parse(readFileSync(join(workspace, scan.outputs['json-file'] ?? ''), 'utf8')) as ScanResult;
    expect(report.scan.source).toBe('inventory');
    expect(runner.stepSummary()).toMatch(/^### dbgap-audit\n```\n/);
  });

  it('uploads the SARIF file when asked, unless the tool could not run', () => {
    const upload = step(/^Upload SARIF/);
    expect(runner.condition(upload.if ?? '')).toBe(true);
    runner.inputs = { ...runner.inputs, 'upload-sarif': 'false' };
    expect(runner.condition(upload.if ?? '')).toBe(false);
    runner.inputs = { ...runner.inputs, 'upload-sarif': 'true' };
  });

  it('the gate step ends with the scan exit code and says why', { timeout: STEP_TIMEOUT }, () => {
    const gate = runner.run(step(/^Gate/));
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::error::dbgap-audit: unwaived failing findings at or above high/);
  });

  it('fail-on none reports and passes; a waivers file that is not there is exit 2 with nothing to upload', { timeout: STEP_TIMEOUT }, () => {
    runner.inputs = { ...defaults, inventory: EXAMPLE, 'fail-on': 'none' };
    expect(runner.run(step(/^Scan$/)).outputs['exit-code']).toBe('0');
    expect(runner.run(step(/^Gate/)).code).toBe(0);

    runner.inputs = { ...defaults, inventory: EXAMPLE, waivers: 'no-such-waivers.yml' };
    const broken = runner.run(step(/^Scan$/));
    expect(broken.outputs['exit-code']).toBe('2');
    expect(broken.stderr).toContain('The waivers file no-such-waivers.yml does not exist.');
    expect(runner.condition(step(/^Upload SARIF/).if ?? '')).toBe(false);
    const gate = runner.run(step(/^Gate/));
    expect([gate.code, gate.stdout.trim()]).toEqual([2, '::error::dbgap-audit could not run (exit 2).']);
  });
});

describe('examples/github-actions.yml, evaluate and gate steps', () => {
  interface Workflow {
    env: Record<string, string>;
    jobs: { audit: { steps: WorkflowStep[] } };
  }
  const workflow = parse(readFileSync(join(root, 'examples/github-actions.yml'), 'utf8')) as Workflow;
  const steps = workflow.jobs.audit.steps;

  it('gates on failures at or above high, then only on new ones against its own report as the baseline', { timeout: STEP_TIMEOUT }, () => {
    const project = join(base, 'github-project');
    mkdirSync(join(project, 'audit'), { recursive: true });
    copyFileSync(join(root, EXAMPLE), join(project, 'audit', 'inventory.json'));
    const github = new WorkflowRunner({ workspace: project, temp: join(base, 'github-temp'), env: workflow.env });
    // What the workflow's install step adds to GITHUB_PATH: the tool the action's install step built.
    github.addPath(join(base, 'runner-temp', 'dbgap-audit', 'node_modules', '.bin'));

    const first = github.run(step(/^Evaluate$/, steps));
    expect(first.code, first.stderr).toBe(0);
    expect(first.outputs['exit-code']).toBe('1');
    for (const file of ['report.txt', 'report.json', 'report.sarif']) expect(existsSync(join(project, 'audit', file)), file).toBe(true);
    const gate = github.run(step(/^Gate/, steps));
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::error::/);

    // The next run on main: this report is the baseline, and the same account has no new failure; what is left is
    // the example's two checks that cannot be evaluated (exit 3), which this workflow treats as a warning that fails.
    expect(github.run(step(/^Keep this report as the next baseline$/, steps)).code).toBe(0);
    const second = github.run(step(/^Evaluate$/, steps));
    expect(second.outputs['exit-code']).toBe('3');
    const warning = github.run(step(/^Gate/, steps));
    expect([warning.code, warning.stdout]).toEqual([1, expect.stringMatching(/^::warning::dbgap-audit: the scan was incomplete/)]);
  });
});

describe('examples/gitlab-ci.yml, the job script', () => {
  interface Pipeline {
    'dbgap-audit': { before_script: string[]; script: string[]; allow_failure: { exit_codes: number[] }; artifacts: { reports: { junit: string } } };
  }
  const job = (parse(readFileSync(join(root, 'examples/gitlab-ci.yml'), 'utf8')) as Pipeline)['dbgap-audit'];

  it('writes the JUnit report GitLab reads and fails the job on findings (exit 1 is not an allowed failure)', { timeout: STEP_TIMEOUT }, () => {
    const project = join(base, 'gitlab-project');
    mkdirSync(project, { recursive: true });
    // The OIDC token and the build from the pinned commit need GitLab and the network; the tool is installed above.
    const before = job.before_script.filter((line) => !/AWS_OIDC_TOKEN|git |npm /.test(line));
    const script = job.script.map((line) =>
      line.startsWith('dbgap-audit collect') ? `cp ${JSON.stringify(join(root, EXAMPLE))} audit/inventory.json` : line,
    );
    expect(script.filter((line) => line.startsWith('cp '))).toHaveLength(1);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', [...before, ...script].join('\n')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(base, 'runner-temp', 'dbgap-audit', 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
    });
    expect(result.status, result.stderr).toBe(1);
    expect(job.allow_failure.exit_codes).not.toContain(result.status);
    const junit = readFileSync(join(project, job.artifacts.reports.junit), 'utf8');
    expect(junit).toMatch(/^<\?xml[^]*<testsuites[^]*<testcase[^]*<failure message="[^"]*" type="(critical|high)"/);
    expect(result.stdout).toContain('dbgap-audit');
  });
});
