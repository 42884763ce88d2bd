/**
 * Failures whose message is the whole story for the person at the terminal (a bad corpus file, a port in use,
 * a data directory another server holds): printed as one line, without a stack trace. Anything else is a bug
 * and keeps its stack.
 */
import { EmbeddedServiceError } from './runtime/runtime-errors';

const OPERATOR_ERRORS: ReadonlySet<string> = new Set(['ConfigError', 'StartupError', 'CorpusError', 'ParseError', 'GlossaryError', 'ReferentialIntegrityError']);

export function isOperatorError(e: unknown): e is Error {
  return e instanceof EmbeddedServiceError || (e instanceof Error && OPERATOR_ERRORS.has(e.name));
}

/** The line to print for a failure: its message when it is an operator's, its stack when it is a bug. */
export function describeFailure(e: unknown): string {
  if (isOperatorError(e)) return e.message;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
