/** `npm run docs`: regenerates the README's check table from the registry and schemas/report.schema.json from the report's zod schema. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../checks/index.js';
import { renderCheckTable, replaceCheckBlock } from './check-table.js';
import { renderReportJsonSchema } from './report-json-schema.js';

// dist/src/docs → the package root is three levels up; src/docs (tsx/vitest) would be two.
const root = new URL(import.meta.url.includes('/dist/') ? '../../../' : '../../', import.meta.url);

function update(relativePath: string, render: (before: string) => string): boolean {
  const path = fileURLToPath(new URL(relativePath, root));
  const before = readFileSync(path, 'utf8');
  const after = render(before);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}

const table = update('README.md', (before) => replaceCheckBlock(before, renderCheckTable(CHECKS)));
const schema = update('schemas/report.schema.json', () => renderReportJsonSchema());
process.stdout.write(table ? `README.md check table regenerated (${CHECKS.length} checks).\n` : 'README.md check table is up to date.\n');
process.stdout.write(schema ? 'schemas/report.schema.json regenerated.\n' : 'schemas/report.schema.json is up to date.\n');
