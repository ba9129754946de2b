/**
 * The README's check table, generated from the registry (DESIGN.md §4: the mapping lives only on the checks).
 * `npm run docs` rewrites the block between the markers; a test fails when the README's block is stale.
 */
import { firstSentence } from '../../reports/table.js';
import { CONTROL_AREAS } from '../model/control-areas.js';
import type { Check } from '../model/check.js';

export const CHECKS_START = '<!-- checks:start -->';
export const CHECKS_END = '<!-- checks:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The fix as the terminal table shows it (the first sentence), with the AWS documentation page when there is one. */
function fixCell(check: Pick<Check, 'remediation'>): string {
  const link = check.remediation.docUrl ? ` [AWS docs](${check.remediation.docUrl})` : '';
  return `${cell(firstSentence(check.remediation.summary))}${link}`;
}

export function renderCheckTable(checks: readonly Pick<Check, 'id' | 'title' | 'controlArea' | 'severity' | 'kind' | 'nist' | 'remediation'>[]): string {
  const order = new Map(CONTROL_AREAS.map((area) => [area.id, area.number]));
  const sorted = [...checks].sort((a, b) => (order.get(a.controlArea) ?? 99) - (order.get(b.controlArea) ?? 99) || a.id.localeCompare(b.id));
  const lines = [
    '| check | what it verifies | dbGaP control area | severity | how to fix | NIST SP 800-53 r5 | SP 800-171 r2 | SP 800-171 r3 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const check of sorted) {
    const area = CONTROL_AREAS.find((candidate) => candidate.id === check.controlArea);
    lines.push(
      `| <a id="${check.id}"></a>\`${check.id}\`${check.kind === 'manual' ? ' (manual)' : ''} | ${cell(check.title)} | ${area ? `${area.number}. ${cell(area.title)}` : check.controlArea} | ${check.severity} | ${fixCell(check)} | ${check.nist.sp800_53r5.join(', ')} | ${check.nist.sp800_171r2.join(', ')} | ${check.nist.sp800_171r3.join(', ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between the markers (exclusive) with the table; throws when the markers are missing. */
export function replaceCheckBlock(readme: string, table: string): string {
  const start = readme.indexOf(CHECKS_START);
  const end = readme.indexOf(CHECKS_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${CHECKS_START} and ${CHECKS_END}.`);
  return `${readme.slice(0, start + CHECKS_START.length)}\n${table}${readme.slice(end)}`;
}

export function extractCheckBlock(readme: string): string | undefined {
  const start = readme.indexOf(CHECKS_START);
  const end = readme.indexOf(CHECKS_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + CHECKS_START.length + 1, end);
}
