/**
 * Errors that end the run with a documented exit code and one sentence for the user. Anything else that escapes
 * is a bug: the CLI prints one line for it too (with the stack only under --debug) and exits 2.
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INCOMPLETE = 3;

export class DbgapAuditError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_USAGE, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A bad flag or flag value. */
export class UsageError extends DbgapAuditError {}
/** A config, waiver, baseline or inventory file that cannot be used. */
export class InputFileError extends DbgapAuditError {}
/** No usable AWS credentials, an unknown profile, or credentials AWS rejects. */
export class CredentialsError extends DbgapAuditError {}
/** A report or evidence file that could not be written. */
export class OutputError extends DbgapAuditError {}
