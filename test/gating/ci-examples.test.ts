/**
 * The CI recipes are documentation users copy: every dbgap-audit flag they use must be a real flag of the CLI, the
 * tool must come from a pinned commit (never a registry name someone else could publish), and each engine's own
 * rules (permissions, report formats, exit codes) must hold. test/cli/ci-recipes.test.ts runs their scripts.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { shardFromEnvironment } from '../../src/cli/ci-shard.js';
import { buildProgram } from '../../src/program.js';

const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: '.' }, () => undefined);
const programFlags = program.options.map((option) => option.long);

function flagsOf(command: Command): string[] {
  return [...command.options.map((option) => option.long), ...programFlags].filter((flag): flag is string => Boolean(flag));
}

const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'args']);

/** The shell scripts of a document: GitHub `run`, GitLab `script`, container `args`, wherever they are nested. */
function strings(value: unknown, isScript = false): string[] {
  if (typeof value === 'string') return isScript ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, isScript));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, isScript || SCRIPT_KEYS.has(key)));
  return [];
}

interface Invocation {
  command: string;
  flags: string[];
}

/** Shell words of each logical line (backslash continuations joined), up to the first operator or redirection. */
function invocations(script: string): { invocations: Invocation[]; looseFlags: string[] } {
  const found: Invocation[] = [];
  const looseFlags: string[] = [];
  for (const line of script.replace(/\\\n/g, ' ').split('\n')) {
    const words = line.trim().split(/\s+/);
    // The program's name, not a flag's value (`--output-file-name dbgap-audit`).
    const start = words.findIndex((word, index) => /^dbgap-audit(@\S+)?$/.test(word) && !(words[index - 1] ?? '').startsWith('-'));
    const longFlags = (from: number) => {
      const end = words.findIndex((word, index) => index >= from && /^(\|\||&&|\||;|>|>>|2>)$/.test(word));
      const segment = words.slice(from, end === -1 ? undefined : end).join(' ');
      return [...segment.matchAll(/(?:^|[\s(])(--[a-z][a-z0-9-]*)/g)].map((match) => match[1] ?? '');
    };
    if (start === -1) looseFlags.push(...longFlags(0).filter(() => line.includes('=(')));
    else found.push({ command: words[start + 1] ?? '', flags: longFlags(start + 2) });
  }
  return { invocations: found, looseFlags };
}

/** Container args (`[scan, --org, …]`) read as the command line they are. */
function containerCommandLines(document: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const container = value as { image?: unknown; command?: unknown; args?: unknown };
      if (typeof container.image === 'string' && container.command === undefined && Array.isArray(container.args)) {
        found.push(`dbgap-audit ${container.args.join(' ')}`);
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(document);
  return found;
}

const RECIPES = ['examples/github-actions.yml', 'examples/gitlab-ci.yml', 'examples/kubernetes-indexed-job.yml', 'action.yml'];

describe.each(RECIPES)('%s', (file) => {
  it('uses only real dbgap-audit commands and flags', async () => {
    const documents: unknown[] = parseAllDocuments(await readFile(file, 'utf8')).map((document) => document.toJS() as unknown);
    const scripts = [...strings(documents), ...documents.flatMap(containerCommandLines)].filter((text) =>
      /\bdbgap-audit@?\S*\s+(scan|collect|merge|diff|list-checks|policy)\b/.test(text),
    );
    let count = 0;
    for (const script of scripts) {
      const { invocations: found, looseFlags } = invocations(script);
      const used: Command[] = [];
      for (const invocation of found) {
        if (invocation.command.startsWith('--')) {
          expect(programFlags, `${invocation.command} in ${file}`).toContain(invocation.command);
          continue;
        }
        const command = program.commands.find((candidate) => candidate.name() === invocation.command);
        expect(command, `unknown command '${invocation.command}' in ${file}`).toBeDefined();
        if (!command) continue;
        used.push(command);
        for (const flag of invocation.flags) expect(flagsOf(command), `${flag} of ${invocation.command} in ${file}`).toContain(flag);
        count += 1;
      }
      // Flags gathered in a shell array (gate=(--baseline … --only-new)) belong to the commands of the same script.
      for (const flag of looseFlags) expect(used.flatMap(flagsOf), `${flag} in ${file}`).toContain(flag);
    }
    expect(count).toBeGreaterThanOrEqual(file === 'action.yml' ? 1 : 2);
  });

  it('installs the tool from a pinned commit, never by a package name', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/npx\b|dbgap-audit@\d|npm (install|i) (-g |--global )?dbgap-audit\b/);
    if (file.startsWith('examples/')) expect(text).toMatch(/DBGAP_AUDIT_REF[:=]? [0-9a-f]{40}\b|git fetch --depth 1 \S+ "\$DBGAP_AUDIT_REF"/);
    if (file !== 'examples/kubernetes-indexed-job.yml') expect(text).toMatch(/npm pack --pack-destination/);
  });

  it('passes --waivers only when a file was named (a repository without waivers still runs)', async () => {
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n').filter((line) => line.includes('--waivers') && !line.trim().startsWith('#'));
    for (const line of lines) expect(line).toMatch(/if \[ -n "\$WAIVERS" \]; then args\+=\(--waivers "\$WAIVERS"\)/);
  });

  it('runs with OIDC credentials and keeps the evidence even when the gate fails', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/AWS_SECRET_ACCESS_KEY|aws_secret_access_key/);
    if (file === 'action.yml' || file.includes('kubernetes')) return;
    if (file.includes('github')) {
      const workflow = parse(text) as { permissions: Record<string, string>; jobs: { audit: { steps: { uses?: string; if?: string; with?: Record<string, string> }[] } } };
      const steps = workflow.jobs.audit.steps;
      // SARIF upload: security-events to write alerts, actions to read the run (private repositories).
      expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read', 'security-events': 'write', actions: 'read' });
      expect(steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials'))?.with?.['role-to-assume']).toMatch(/^arn:aws:iam::\d{12}:role\//);
      expect(steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))?.if).toMatch(/^always\(\)/);
      expect(steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))?.if).toBe('always()');
    } else {
      const pipeline = parse(text) as Record<string, { id_tokens?: unknown; allow_failure?: { exit_codes: number[] }; artifacts?: { when: string; reports?: { junit?: string } }; script: string[] }>;
      const job = pipeline['dbgap-audit'];
      expect(job?.id_tokens).toBeDefined();
      expect(job?.allow_failure?.exit_codes).toEqual([3]);
      expect(job?.artifacts?.when).toBe('always');
      // The JUnit report GitLab shows is the file the scan writes.
      const scan = job?.script.find((line) => line.includes('dbgap-audit scan')) ?? '';
      expect(scan).toMatch(/--format \S*junit/);
      const directory = /--output-dir (\S+)/.exec(scan)?.[1];
      const name = /--output-file-name (\S+)/.exec(scan)?.[1];
      expect(job?.artifacts?.reports?.junit).toBe(`${directory}/${name}.xml`);
    }
  });
});

describe('action.yml', () => {
  interface Action {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Array<{ id?: string; if?: string; uses?: string; run?: string; shell?: string; with?: Record<string, string>; env?: Record<string, string> }> };
  }
  const action = async () => parse(await readFile('action.yml', 'utf8')) as Action;

  it('is a composite action with inputs for regions, fail-on, waivers, SARIF upload and Node 22', async () => {
    const { inputs, runs } = await action();
    expect(runs.using).toBe('composite');
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['regions', 'fail-on', 'waivers', 'upload-sarif', 'node-version', 'inventory']));
    expect(inputs['node-version']?.default).toBe('22');
    expect(inputs['fail-on']?.default).toBe('low');
    expect(runs.steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe('${{ inputs.node-version }}');
    const upload = runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload?.with?.sarif_file).toBe('${{ steps.scan.outputs.sarif-file }}');
  });

  it('hands inputs to its scripts through the environment, never pasted into them', async () => {
    const { runs } = await action();
    for (const step of runs.steps.filter((candidate) => candidate.run)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
  });

  it('says which permissions the SARIF upload needs', async () => {
    const text = await readFile('action.yml', 'utf8');
    expect(text).toMatch(/security-events: write/);
    expect(text).toMatch(/actions: read .*private repositories/);
  });
});

describe('examples/kubernetes-indexed-job.yml', () => {
  interface Job {
    kind: string;
    metadata: { name: string };
    spec: {
      completionMode?: string;
      completions?: number;
      parallelism?: number;
      podFailurePolicy?: { rules: Array<{ action: string; onExitCodes: { operator: string; values: number[] } }> };
      template: { spec: { restartPolicy: string; serviceAccountName?: string; containers: Array<{ args: string[]; env?: Array<{ name: string; value?: string }> }> } };
    };
  }
  const documents = async () => parseAllDocuments(await readFile('examples/kubernetes-indexed-job.yml', 'utf8')).map((document) => document.toJS() as Job);

  it('is an Indexed Job whose DBGAP_AUDIT_SHARD_COUNT equals its completions, each index one shard', async () => {
    const job = (await documents()).find((document) => document.kind === 'Job' && document.spec.completionMode === 'Indexed');
    expect(job).toBeDefined();
    const { spec } = job!;
    const [container] = spec.template.spec.containers;
    const count = container?.env?.find((variable) => variable.name === 'DBGAP_AUDIT_SHARD_COUNT')?.value;
    expect(Number(count)).toBe(spec.completions);
    expect(spec.parallelism).toBeLessThanOrEqual(spec.completions ?? 0);
    expect(spec.template.spec.restartPolicy).toBe('Never');
    expect(container?.args.join(' ')).toMatch(/^scan --org --shard auto --fail-on none /);
    // Exit 2 (the tool could not run) is not retried; a killed pod is.
    expect(spec.podFailurePolicy?.rules).toContainEqual(expect.objectContaining({ action: 'FailIndex', onExitCodes: expect.objectContaining({ operator: 'In', values: [2] }) }));
    const shards = Array.from({ length: spec.completions ?? 0 }, (_, index) => shardFromEnvironment({ JOB_COMPLETION_INDEX: String(index), DBGAP_AUDIT_SHARD_COUNT: count }).shard);
    expect(shards.map((shard) => shard.index)).toEqual(Array.from({ length: spec.completions ?? 0 }, (_, index) => index + 1));
    // Every shard writes its own report file.
    expect(container?.args).toContain('shard-$(JOB_COMPLETION_INDEX)');
  });

  it('merges the shard reports with the gate, under the same service account', async () => {
    const merge = (await documents()).find((document) => document.kind === 'Job' && document.metadata.name.endsWith('merge'));
    expect(merge?.spec.template.spec.containers[0]?.args.join(' ')).toMatch(/dbgap-audit merge "\$run"\/shard-\*\.json .*--fail-on high/);
    expect(merge?.spec.template.spec.serviceAccountName).toBe('dbgap-audit');
  });
});

describe('the flag check itself', () => {
  it('catches a flag the CLI does not have', () => {
    const { invocations: found } = invocations('npx dbgap-audit scan --inventory x.json --fail-on-everything \\\n  --quiet > out.txt');
    expect(found).toEqual([{ command: 'scan', flags: ['--inventory', '--fail-on-everything', '--quiet'] }]);
    expect(invocations('gate=(--baseline b.json --only-new)\nnpx dbgap-audit scan "${gate[@]}"').looseFlags).toEqual(['--baseline', '--only-new']);
    const scan = program.commands.find((command) => command.name() === 'scan');
    expect(scan && flagsOf(scan)).not.toContain('--fail-on-everything');
  });
});
