/*
|--------------------------------------------------------------------------
| Where a stored version stands: checked, being checked, or waiting
|--------------------------------------------------------------------------
|
| The report of a version without a validation run says so truthfully and
| updates itself (resources/public/js/version_status.js polls the status
| route). "Waiting" gives the version's place among the versions still
| without a run (the queue and the recovery take them oldest first).
|
|   const status = await versionStatus(version)  // { state: 'waiting', position: 3 }
*/
import db from '@adonisjs/lucid/services/db'
import type DocumentVersion from '#app/documents/models/document_version'
import { isBeingChecked, latestRun } from '#app/documents/services/validate_version'
import { summarizeRun, type RunSummary } from '#app/documents/services/run_summary'

export type VersionStatus =
  | { state: 'checked'; summary: RunSummary }
  | { state: 'checking' }
  | { state: 'waiting'; position: number }

export async function versionStatus(version: DocumentVersion): Promise<VersionStatus> {
  const run = await latestRun(version.id)
  if (run) return { state: 'checked', summary: summarizeRun(run) }
  if (isBeingChecked(version.id)) return { state: 'checking' }
  return { state: 'waiting', position: (await uncheckedBefore(version)) + 1 }
}

/** Versions without any run uploaded in the day before this one (older ones are the recovery's, not a queue). */
async function uncheckedBefore(version: DocumentVersion): Promise<number> {
  const since = version.createdAt
    .minus({ days: 1 })
    .toFormat(db.connection().dialect.dateTimeFormat)
  const row = await db
    .from('document_versions')
    .whereNotExists((runs) =>
      runs
        .from('validation_runs')
        .select(db.raw('1'))
        .whereColumn('validation_runs.version_id', 'document_versions.id')
    )
    .where('id', '<', version.id)
    .where('created_at', '>=', since)
    .count('* as total')
    .first()
  return Number(row?.total ?? 0)
}

/** The Vietnamese sentence for a status (the same on the page and in the JSON answer). */
export function statusText(status: VersionStatus, t: (key: string, data?: object) => string) {
  if (status.state === 'checked') return t(status.summary.key, status.summary.data)
  if (status.state === 'checking') return t('documents.processing.checking')
  return t('documents.processing.waiting', { position: status.position })
}
