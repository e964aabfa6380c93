/**
 * What an action returns: the value, or the name of an expected failure
 * the controller turns into a message (exhaustive switch, no exceptions
 * for things a user can cause).
 */
export type Result<Value, Failure extends string> =
  { ok: true; value: Value } | { ok: false; error: Failure }

export function ok<Value>(value: Value): { ok: true; value: Value } {
  return { ok: true, value }
}

export function fail<Failure extends string>(error: Failure): { ok: false; error: Failure } {
  return { ok: false, error }
}
