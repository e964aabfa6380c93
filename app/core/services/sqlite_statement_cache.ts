/*
|--------------------------------------------------------------------------
| SQLite: each distinct SQL text compiled once per connection
|--------------------------------------------------------------------------
|
| Knex asks better-sqlite3 to compile (prepare) every query it runs, and
| compiling costs more than running the small queries the app makes: in
| the demo-year seeding, compiling was a seventh of the main thread. The
| connection keeps the most recent statements by SQL text and hands the
| same compiled statement back; SQLite recompiles it by itself when the
| schema changes. Statements are only ever run whole (all/run), never
| iterated, so one is never in use twice at once.
*/

interface Statement {
  safeIntegers(toggle?: boolean): Statement
}

interface Connection {
  prepare(sql: string): Statement
}

const KEPT = 500
const SAVEPOINTS = /^(SAVEPOINT|RELEASE|ROLLBACK TO)\b/i

export function cacheStatements(connection: Connection) {
  const compile = connection.prepare.bind(connection)
  const kept = new Map<string, Statement>()
  connection.prepare = (sql: string) => {
    /* Savepoint names are new each time: keeping them would only push useful statements out. */
    if (SAVEPOINTS.test(sql)) return compile(sql)
    const statement = kept.get(sql)
    if (statement) {
      /* Most recently used last; a query's safe-integer option must not outlive it. */
      kept.delete(sql)
      kept.set(sql, statement)
      return statement.safeIntegers(false)
    }
    const compiled = compile(sql)
    kept.set(sql, compiled)
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
    return compiled
  }
}
