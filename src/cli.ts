#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { pendingTemporaryFiles } from './files/atomic-write.js';
import { run } from './program.js';

// The SDK warns on stderr that future releases will need Node 22; it says nothing about this run, and stderr is
// reserved for our own one-line messages and progress.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Ctrl-C: reports are written to a temporary file and renamed, so stopping here leaves no half-written output;
// only the temporary files in flight need removing.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
    process.stderr.write(`\ndbgap-audit: interrupted (${signal}); no report was written.\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
