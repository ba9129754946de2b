#!/usr/bin/env node
import { rmSync } from 'node:fs';
import { pendingTemporaryFiles } from './files/atomic-write.js';
import { run, type OutputStream } from './program.js';

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

/**
 * A reader that went away (`scan | head -1`) or a closed descriptor is not our failure: stop writing to that stream
 * and let the run end with its own exit code, instead of Node's unhandled 'error' event and its EPIPE stack trace.
 * Any other write error (a full disk behind `> file`) loses output: it is reported once and the run exits 2.
 */
let lostOutput: string | undefined;
function guarded(stream: NodeJS.WriteStream): OutputStream {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'EBADF' && error.code !== 'ERR_STREAM_DESTROYED') lostOutput ??= error.code ?? error.message;
  });
  return {
    write: (text: string) => (closed ? false : stream.write(text)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

const stdout = guarded(process.stdout);
const stderr = guarded(process.stderr);
const code = await run(process.argv.slice(2), { stdout, stderr, env: process.env, cwd: process.cwd() });
process.exitCode = code;
// Write errors arrive as events after the write: report them when the output has drained.
process.once('beforeExit', () => {
  if (lostOutput === undefined) return;
  stderr.write(`dbgap-audit: could not write the output (${lostOutput}).\n`);
  process.exitCode = 2;
});
