/**
 * A command-line tool's failure in one line. drizzle wraps a driver's error as "Failed query: <sql>" with the
 * reason (connection refused, a missing role…) as its cause: the reason is what the operator needs.
 */
export function oneLine(error: unknown): string {
  let reason: unknown = error;
  while (reason instanceof Error && reason.cause instanceof Error) reason = reason.cause;
  const message = reason instanceof Error ? reason.message || String((reason as { code?: string }).code ?? reason.name) : String(reason);
  return message.split('\n')[0] ?? message;
}
