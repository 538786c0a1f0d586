// A mistake in how a command was called: printed as one line with the fix, exit code 2.
export class CliUsageError extends Error {
  override name = "CliUsageError";
}
