/** The CI examples are documentation users copy: every dbgap-audit flag they use must be a real flag of the CLI. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../../src/program.js';

const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: '.' }, () => undefined);
const programFlags = program.options.map((option) => option.long);

function flagsOf(command: Command): string[] {
  return [...command.options.map((option) => option.long), ...programFlags].filter((flag): flag is string => Boolean(flag));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
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
    const start = words.findIndex((word) => /^dbgap-audit(@\S+)?$/.test(word));
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

describe.each(['examples/github-actions.yml', 'examples/gitlab-ci.yml'])('%s', (file) => {
  it('uses only real dbgap-audit commands and flags', async () => {
    const document: unknown = parse(await readFile(file, 'utf8'));
    const scripts = strings(document).filter((text) => /\bdbgap-audit@?\S*\s+(scan|collect|diff|list-checks|policy)\b/.test(text));
    let count = 0;
    for (const script of scripts) {
      const { invocations: found, looseFlags } = invocations(script);
      const used: Command[] = [];
      for (const invocation of found) {
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
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('runs with OIDC credentials and keeps the evidence even when the gate fails', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/AWS_SECRET_ACCESS_KEY|aws_secret_access_key/);
    if (file.includes('github')) {
      const workflow = parse(text) as { permissions: Record<string, string>; jobs: { audit: { steps: { uses?: string; if?: string; with?: Record<string, string> }[] } } };
      const steps = workflow.jobs.audit.steps;
      expect(workflow.permissions['id-token']).toBe('write');
      expect(steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials'))?.with?.['role-to-assume']).toMatch(/^arn:aws:iam::\d{12}:role\//);
      expect(steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))?.if).toBe('always()');
      expect(steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))?.if).toBe('always()');
    } else {
      const pipeline = parse(text) as Record<string, { id_tokens?: unknown; allow_failure?: { exit_codes: number[] }; artifacts?: { when: string } }>;
      const job = pipeline['dbgap-audit'];
      expect(job?.id_tokens).toBeDefined();
      expect(job?.allow_failure?.exit_codes).toEqual([3]);
      expect(job?.artifacts?.when).toBe('always');
    }
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
