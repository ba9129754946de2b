/** `npm run docs`: regenerates the README's check table from the registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../checks/index.js';
import { renderCheckTable, replaceCheckBlock } from './check-table.js';

// dist/src/docs → the package root is three levels up; src/docs (tsx/vitest) would be two.
const readmeUrl = new URL(import.meta.url.includes('/dist/') ? '../../../README.md' : '../../README.md', import.meta.url);
const path = fileURLToPath(readmeUrl);
const before = readFileSync(path, 'utf8');
const after = replaceCheckBlock(before, renderCheckTable(CHECKS));
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'README.md check table is up to date.\n' : `README.md check table regenerated (${CHECKS.length} checks).\n`);
