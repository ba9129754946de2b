#!/usr/bin/env node
/**
 * `npm test`: every vitest project (vitest.config.ts) and, beside them rather than before them, the typecheck of
 * the whole project. Arguments go to vitest (`npm test -- --reporter=json --outputFile=x.json`, a file filter…).
 * Exits non-zero if either fails; the typecheck's errors are printed after vitest's report.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const children = new Set();
// Ctrl-C reaches the children too (same process group): let them stop and report. A SIGTERM is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {
  for (const child of children) child.kill('SIGTERM');
});

/** Runs node on a script; resolves with its exit code (1 if it died of a signal) and, unless inherited, its output. */
function run(script, args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, ...options });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error}\n` }));
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, output });
    });
  });
}

// Incremental: tsc keeps what it learnt in .test-build/ (git-ignored) and rechecks only what changed since.
const typecheck = run(
  tsc,
  ['-p', 'tsconfig.json', '--noEmit', '--pretty', '--incremental', '--tsBuildInfoFile', join('.test-build', 'typecheck.tsbuildinfo')],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
const tests = run(vitest, ['run', ...process.argv.slice(2)], { stdio: 'inherit' });

const [testsResult, typecheckResult] = await Promise.all([tests, typecheck]);
if (typecheckResult.code === 0) {
  console.log('Typecheck (tsc -p tsconfig.json --noEmit): no errors.');
} else {
  process.stdout.write(typecheckResult.output);
  console.log(`Typecheck (tsc -p tsconfig.json --noEmit) failed with exit code ${typecheckResult.code}.`);
}
process.exitCode = testsResult.code !== 0 ? testsResult.code : typecheckResult.code;
