import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { extractCheckBlock, renderCheckTable, replaceCheckBlock } from '../../src/docs/check-table.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("README's generated check table", () => {
  it('matches the registry (run `npm run docs` after adding or changing a check)', () => {
    expect(extractCheckBlock(readme)).toBe(renderCheckTable(CHECKS));
  });

  it('has one row per check with an anchor the SARIF helpUri points to', () => {
    const table = renderCheckTable(CHECKS);
    for (const check of CHECKS) expect(table).toContain(`<a id="${check.id}"></a>\`${check.id}\``);
    expect(table.trim().split('\n')).toHaveLength(CHECKS.length + 2);
  });

  it('shows each check\'s one-sentence fix and, for automated checks, its AWS documentation link', () => {
    const table = renderCheckTable(CHECKS);
    for (const check of CHECKS.filter((candidate) => candidate.kind === 'automated')) {
      const row = table.split('\n').find((line) => line.includes(`<a id="${check.id}">`));
      expect(row).toContain(`[AWS docs](${check.remediation.docUrl})`);
    }
    const row = renderCheckTable([
      { id: 'x-y', title: 'Title here', controlArea: 'networking', severity: 'low', kind: 'automated', nist: { sp800_53r5: ['SC-7'], sp800_171r2: [], sp800_171r3: [] }, remediation: { summary: 'Close the port. Then more | detail.', docUrl: 'https://docs.aws.amazon.com/x.html' } },
    ]).split('\n')[2];
    expect(row).toContain('| Close the port. [AWS docs](https://docs.aws.amazon.com/x.html) |');
    expect(row).not.toContain('more');
  });

  it('escapes pipes and replaces only the block between the markers', () => {
    const table = renderCheckTable([
      { id: 'x-y', title: 'a | b', controlArea: 'networking', severity: 'low', kind: 'automated', nist: { sp800_53r5: ['SC-7'], sp800_171r2: [], sp800_171r3: [] }, remediation: { summary: 'Close it.' } },
    ]);
    expect(table).toContain('a \\| b');
    expect(replaceCheckBlock('top\n<!-- checks:start -->\nold\n<!-- checks:end -->\nbottom', table)).toBe(`top\n<!-- checks:start -->\n${table}<!-- checks:end -->\nbottom`);
    expect(() => replaceCheckBlock('no markers', table)).toThrow(/markers/);
  });
});
