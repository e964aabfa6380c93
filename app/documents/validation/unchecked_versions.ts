/*
|--------------------------------------------------------------------------
| Recovery: versions that never got a validation run
|--------------------------------------------------------------------------
|
| An upload commits its version, then validates it (in the request, or
| through the queue for a large file). A crash in between (kill -9, a
| worker lost with its job) leaves a version with no run, which the report
| shows as "waiting" and the workflow cannot submit. Such versions are
| validated again at boot and periodically (ValidationRecoveryProvider),
| through the queue in production. Idempotent: the job skips a version
| that got its run meanwhile, under the same lock as every validation.
*/
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { validateInBackground } from '#app/documents/jobs/validate_version_job'

/** A younger version may still be validated by its own upload or job. */
const UNCHECKED_GRACE_MS = 2 * 60 * 1000

async function uncheckedVersionIds(
  graceMs = UNCHECKED_GRACE_MS,
  now = DateTime.now()
): Promise<number[]> {
  const cutoff = now
    .minus({ milliseconds: graceMs })
    .toFormat(db.connection().dialect.dateTimeFormat)
  const rows = await db
    .from('document_versions')
    .whereNotExists((runs) =>
      runs
        .from('validation_runs')
        .select(db.raw('1'))
        .whereColumn('validation_runs.version_id', 'document_versions.id')
    )
    .where('created_at', '<=', cutoff)
    .orderBy('id')
    .select('id')
  return rows.map((row: { id: number | string }) => Number(row.id))
}

/** Queues (or, with the sync driver, runs) a validation for each unchecked version; returns how many. */
export async function recheckUncheckedVersions(graceMs = UNCHECKED_GRACE_MS): Promise<number> {
  const ids = await uncheckedVersionIds(graceMs)
  for (const versionId of ids) await validateInBackground(versionId, { ifUnchecked: true })
  return ids.length
}
