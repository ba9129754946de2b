/**
 * Runs the `run:` steps of a GitHub Actions workflow or composite action the way a runner does: `bash --noprofile
 * --norc -eo pipefail`, with GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY and RUNNER_TEMP files, the step's `env:`
 * with its `${{ }}` expressions evaluated (inputs, step outputs, env, github.action_path), and the PATH entries of
 * earlier steps. `uses:` steps are not run; their `if:` can be evaluated with `condition`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

export class WorkflowRunner {
  readonly outputs = new Map<string, Record<string, string>>();
  /** `${{ inputs.* }}`, defaults already applied; a test may change them between steps. */
  inputs: Record<string, string> = {};
  private readonly paths: string[] = [];
  private count = 0;

  constructor(
    private readonly options: {
      /** The working directory of the steps (GITHUB_WORKSPACE). */
      workspace: string;
      /** A directory for RUNNER_TEMP and the runner's files. */
      temp: string;
      /** `${{ github.action_path }}` and GITHUB_ACTION_PATH. */
      actionPath?: string;
      /** `${{ env.* }}` (a workflow's top-level env), also exported to the steps. */
      env?: Record<string, string>;
    },
  ) {
    mkdirSync(options.temp, { recursive: true });
  }

  /** The value of one expression: `inputs.x`, `steps.id.outputs.y`, `env.z`, `github.action_path`, or a quoted literal. */
  private value(expression: string): string {
    const text = expression.trim();
    const literal = /^'(.*)'$/.exec(text);
    if (literal) return literal[1] ?? '';
    const [scope, ...path] = text.split('.');
    if (scope === 'inputs') return this.inputs[path.join('.')] ?? '';
    if (scope === 'env') return this.options.env?.[path.join('.')] ?? '';
    if (scope === 'steps' && path[1] === 'outputs') return this.outputs.get(path[0] ?? '')?.[path.slice(2).join('.')] ?? '';
    if (text === 'github.action_path') return this.options.actionPath ?? '';
    throw new Error(`The step runner does not evaluate \${{ ${text} }}.`);
  }

  /** Replaces every `${{ … }}` in a string. */
  evaluate(text: string): string {
    return text.replace(/\$\{\{(.*?)\}\}/g, (_match, expression: string) => this.value(expression));
  }

  /** An `if:` made of `a == 'b'` / `a != 'b'` terms joined by `&&` (what the recipes use). */
  condition(expression: string): boolean {
    return expression.split('&&').every((term) => {
      const match = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(term.trim());
      if (!match) throw new Error(`The step runner does not evaluate the condition '${term}'.`);
      const equal = this.value(match[1] ?? '') === this.value(match[3] ?? '');
      return match[2] === '==' ? equal : !equal;
    });
  }

  run(step: WorkflowStep, extraEnv: Record<string, string> = {}): StepRun {
    if (!step.run) throw new Error(`Step ${step.name ?? step.id ?? '?'} has no run script.`);
    this.count += 1;
    const files = {
      output: join(this.options.temp, `output-${this.count}`),
      path: join(this.options.temp, `path-${this.count}`),
      summary: join(this.options.temp, 'step-summary.md'),
      script: join(this.options.temp, `step-${this.count}.sh`),
    };
    writeFileSync(files.output, '');
    writeFileSync(files.path, '');
    appendFileSync(files.summary, '');
    writeFileSync(files.script, step.run);
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, this.evaluate(String(value))]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
      cwd: this.options.workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...this.options.env,
        ...stepEnv,
        ...extraEnv,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: this.options.workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_PATH: files.path,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: this.options.temp,
        ...(this.options.actionPath ? { GITHUB_ACTION_PATH: this.options.actionPath } : {}),
        PATH: [...this.paths, process.env.PATH ?? ''].join(':'),
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(files.output, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    if (step.id) this.outputs.set(step.id, outputs);
    this.paths.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse());
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, outputs };
  }

  /** As a step that wrote DIRECTORY to GITHUB_PATH. */
  addPath(directory: string): void {
    this.paths.unshift(directory);
  }

  stepSummary(): string {
    return readFileSync(join(this.options.temp, 'step-summary.md'), 'utf8');
  }
}
