#!/usr/bin/env node
import { abortStagedOutputs } from './files/staged-outputs.js';
import { callsAws, nodeSupportNotice } from './cli/node-support.js';
import { run, type OutputStream } from './program.js';

// The SDK's Node 22 notice, once, as one line of ours at the end of a live run (src/cli/node-support.ts): not
// before a refused flag or credential, whose message stays one sentence. The SDK's own multi-line warning is
// turned off for this process only.
const argv = process.argv.slice(2);
const notice = callsAws(argv) && !argv.includes('-q') && !argv.includes('--quiet') ? nodeSupportNotice(process.version, process.env) : undefined;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// Ctrl-C or SIGTERM: outputs are staged and committed together (src/files/staged-outputs.ts), so stopping here
// leaves all of them or none; what is still staged is removed, and the message says which.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const { committed } = abortStagedOutputs();
    const outcome = committed.length === 0 ? 'no report was written' : `its outputs had already been written whole (${committed.join(', ')})`;
    process.stderr.write(`\ndbgap-audit: interrupted (${signal}); ${outcome}.\n`);
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
const code = await run(argv, { stdout, stderr, env: process.env, cwd: process.cwd() });
process.exitCode = code;
// Write errors arrive as events after the write: report them when the output has drained.
process.once('beforeExit', () => {
  if (notice && process.exitCode !== 2) stderr.write(notice);
  if (lostOutput === undefined) return;
  stderr.write(`dbgap-audit: could not write the output (${lostOutput}).\n`);
  process.exitCode = 2;
});
