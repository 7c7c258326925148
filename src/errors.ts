/**
 * Errors a user caused or can fix (a bad option, a missing file, a corrupt baseline) are thrown as
 * UserError with one clear sentence; the CLI prints just that sentence and exits with EXIT.usage.
 * Anything else is a bug and keeps its stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT = {
  ok: 0,
  /** compare --fail-on-regression found a regression. */
  regression: 1,
  /** Bad input: usage, missing or corrupt files, a missing compiler. */
  usage: 2,
  /** The run was interrupted (Ctrl-C or SIGTERM). */
  interrupted: 130,
} as const;
