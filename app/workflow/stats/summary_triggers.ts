/*
|--------------------------------------------------------------------------
| Summary tables kept exact by database triggers
|--------------------------------------------------------------------------
|
| The dashboards read two summary tables instead of scanning every
| document and finding of the year:
|
|   document_counts  documents per (year, school, group, subgroup, subject, kind, status)
|   finding_counts   findings of each document's CURRENT check (newest run of
|                    its current version) per the same key + (plugin, message id, severity)
|   open_lesson_counts  lesson plans not yet approved per (year, school, teaching date):
|                    the city's "late" column sums the dates before today's cutoff
|
| The key holds every documents column AccessScope narrows on except the
| owner, so a user's scope applies to the summaries unchanged (see
| dashboard_queries.ts). Missing group/subgroup/subject are stored as 0:
| NULLs would defeat the unique key the upserts need on both dialects.
|
| Triggers keep them right in the same transaction as the write, whatever
| wrote it (upload, workflow action, seeder, test helper, plain SQL):
|
|   documents  INSERT            +1 document, + its current findings
|              UPDATE of a key   −old row, +new row (status moves, a new current version…)
|              DELETE (before)   −1 document, − its current findings
|   validation_runs INSERT       the run becomes the version's newest: − the previous run's findings
|   findings   INSERT            + the finding, when its run is the newest run of a current version
|
| Runs and findings are never deleted by the application; if rows are
| removed by hand, `node ace workflow:rebuild-stats` recomputes everything.
|
| The triggers themselves are SQL owned by migration 0307 (reinstalled by
| 0308); changing what they count is a new migration, never an edit there.
| This file keeps the names and the key the application's queries share.
*/

export const DOCUMENT_COUNTS = 'document_counts'
export const FINDING_COUNTS = 'finding_counts'
export const OPEN_LESSON_COUNTS = 'open_lesson_counts'

/** The documents columns the summaries are keyed by, in key order. */
export const SCOPE_KEY = [
  'school_year_id',
  'school_id',
  'group_id',
  'subgroup_id',
  'subject_id',
  'kind',
  'status',
] as const
export const FINDING_KEY = [...SCOPE_KEY, 'plugin_id', 'message_id', 'severity'] as const

/** Key values of a documents row (`NEW`, `OLD` or a table alias), NULL ids as 0. */
export function keyValuesOf(row: string) {
  const nullable = new Set(['group_id', 'subgroup_id', 'subject_id'])
  return SCOPE_KEY.map((column) =>
    nullable.has(column) ? `COALESCE(${row}.${column}, 0)` : `${row}.${column}`
  ).join(', ')
}

/** The tables whose writes fire the triggers (bulk loads may switch them off, then rebuild). */
export const TRIGGER_TABLES = ['documents', 'validation_runs', 'findings']
