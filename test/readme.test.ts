/** README (issue 14): a table of contents whose links all land, the two set-up commands, a quick start and troubleshooting. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** GitHub's heading anchor: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const headings = [...readme.matchAll(/^#{2,3} (.+)$/gm)].map((match) => anchor(match[1]!));

describe('README', () => {
  it('has a table of contents whose every link is a heading, covering every section', () => {
    const contents = readme.slice(readme.indexOf('## Contents'), readme.indexOf('## Set up'));
    const links = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(15);
    for (const link of links) expect(headings, `#${link}`).toContain(link);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => anchor(match[1]!)).filter((id) => id !== 'contents');
    for (const section of sections) expect(links, `## ${section}`).toContain(section);
  });

  it('keeps exactly two set-up commands: the demo on the bundled inventory and the test suite', () => {
    const setUp = readme.slice(readme.indexOf('## Set up'), readme.indexOf('## Quick start'));
    const commands = setUp.match(/```sh\n([\s\S]*?)```/)![1]!.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    expect(commands).toEqual([
      'npm ci && npm run build && node dist/src/cli.js scan --inventory examples/genomics-lab.inventory.json',
      'npm ci && npm test',
    ]);
  });

  it('has a quick start with the generated policy and a troubleshooting section for the usual failures', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Scanning a real account'));
    expect(quick).toContain('node dist/src/cli.js policy -f cloudformation --trusted-principal');
    expect(quick).toContain('node dist/src/cli.js scan --profile dbgap-audit');
    const troubleshooting = readme.slice(readme.indexOf('## Troubleshooting'));
    for (const topic of ['AccessDenied', 'Opt-in regions', 'SSO', 'Throttling', 'Emulators']) expect(troubleshooting).toContain(topic);
  });
});
