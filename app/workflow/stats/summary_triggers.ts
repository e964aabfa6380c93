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
|   lesson_day_counts  lesson plans per (year, school, lesson date or week, day the
|                    plan counts as approved): the deadline views' trend by week and
|                    lessons taught without an approved plan, per school (migration 0821)
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
| 0308) and 0821 (lesson_day_counts); changing what they count is a new migration, never an edit there.
| This file keeps the names and the key the application's queries share.
*/

export const DOCUMENT_COUNTS = 'document_counts'
export const FINDING_COUNTS = 'finding_counts'
export const OPEN_LESSON_COUNTS = 'open_lesson_counts'
export const LESSON_DAY_COUNTS = 'lesson_day_counts'

/*
 * lesson_day_counts' sentinels (migration 0821): a lesson planned by week
 * only is stored on NO_DATE with its week (a dated one on week 0); a plan
 * approved in time whatever the lesson's day is stored as approved on
 * IN_TIME, one not approved (or a dated lesson approved on or after its
 * date) on NOT_APPROVED, else on the day of its first approval.
 */
export const LESSON_NO_DATE = '1900-01-01'
export const LESSON_IN_TIME = '0001-01-01'
export const LESSON_NOT_APPROVED = '9999-12-31'

/** The lesson_day_counts key of a documents row (alias), as 0821's triggers compute it, column by column. */
export function lessonDayKeyOf(row: string, postgres: boolean): Record<string, string> {
  const date = (value: string) => (postgres ? `CAST('${value}' AS DATE)` : `'${value}'`)
  const firstDay = postgres
    ? `CAST(${row}.first_approved_at AS DATE)`
    : `substr(${row}.first_approved_at, 1, 10)`
  return {
    school_year_id: `${row}.school_year_id`,
    school_id: `${row}.school_id`,
    teaching_date: `COALESCE(${row}.teaching_date, ${date(LESSON_NO_DATE)})`,
    teaching_week: `CASE WHEN ${row}.teaching_date IS NULL THEN ${row}.teaching_week ELSE 0 END`,
    approved_on: `CASE
      WHEN ${row}.status <> 'approved' THEN ${date(LESSON_NOT_APPROVED)}
      WHEN ${row}.first_approved_at IS NULL THEN ${date(LESSON_IN_TIME)}
      WHEN ${row}.teaching_date IS NOT NULL THEN
        CASE WHEN ${row}.first_approved_at < ${row}.teaching_date THEN ${date(LESSON_IN_TIME)} ELSE ${date(LESSON_NOT_APPROVED)} END
      ELSE ${firstDay}
    END`,
  }
}
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
