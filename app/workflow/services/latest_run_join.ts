import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'

/**
 * Joins each document's newest validation run of its current version as
 * `latest_run` (one row per document; no N+1). Works on SQLite and PostgreSQL.
 */
export function joinLatestRun<Q extends DatabaseQueryBuilderContract<any>>(query: Q): Q {
  return query.leftJoin('validation_runs as latest_run', (join) => {
    join.on(
      'latest_run.id',
      '=',
      db.knexRawQuery(
        '(SELECT MAX(vr.id) FROM validation_runs vr WHERE vr.version_id = documents.current_version_id)'
      )
    )
  }) as Q
}
