/** `dbgap-audit verify-evidence DIR`: recompute the digests of an evidence bundle. */
import { UsageError } from '../../errors.js';
import { decideVerifyEvidenceExitCode } from '../../exit-code.js';
import { verifyEvidenceBundle } from '../../../reports/evidence-bundle.js';
import type { CommandSpec } from '../command-spec.js';
import type { Io } from '../io.js';

async function runVerifyEvidence(directory: string, io: Io): Promise<number> {
  const { manifest, manifestSha256, problems } = await verifyEvidenceBundle(directory);
  if (problems.length === 0) {
    io.stdout.write(`Evidence bundle ${directory} is intact: ${Object.keys(manifest.files).length} files match manifest.json (sha256 ${manifestSha256}).\n`);
  } else {
    io.stderr.write(`dbgap-audit: evidence bundle ${directory} failed verification: ${problems.map((problem) => problem.detail).join('; ')}.\n`);
  }
  return decideVerifyEvidenceExitCode(problems.length);
}

export const VERIFY_EVIDENCE_COMMAND: CommandSpec<Record<string, never>> = {
  name: 'verify-evidence',
  summary: 'recompute the SHA-256 digests of an evidence bundle; exit 1 naming any changed, missing or extra file',
  arguments: [{ syntax: '<dir>', description: 'the bundle directory', complete: 'directory' }],
  examples: [['dbgap-audit verify-evidence evidence/', 'is every file as the manifest says?']],
  exitCodes: [
    ['0', 'every file matches manifest.json'],
    ['1', 'a file was changed, is missing, or was added'],
    ['2', 'the directory is not an evidence bundle (no readable manifest.json)'],
  ],
  run: ([directory], _flags, io) => {
    if (!directory) throw new UsageError('verify-evidence needs the bundle directory.');
    return runVerifyEvidence(directory, io);
  },
};
