#!/usr/bin/env node
import { run } from './program.js';

// The SDK warns on stderr that future releases will need Node 22; it says nothing about this run, and stderr is
// reserved for our own one-line messages and progress.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
