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
| The statements are the same SQL on SQLite and PostgreSQL (upserts with
| ON CONFLICT); only the trigger wrapper differs (PostgreSQL needs a
| plpgsql function per trigger).
*/
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

export const DOCUMENT_COUNTS = 'document_counts'
export const FINDING_COUNTS = 'finding_counts'
export const OPEN_LESSON_COUNTS = 'open_lesson_counts'

/** The documents columns the summaries are keyed by, in key order. */
export const SCOPE_KEY = ['school_year_id', 'school_id', 'group_id', 'subgroup_id', 'subject_id', 'kind', 'status'] as const
export const FINDING_KEY = [...SCOPE_KEY, 'plugin_id', 'message_id', 'severity'] as const

/** Key values of a documents row (`NEW`, `OLD` or a table alias), NULL ids as 0. */
export function keyValuesOf(row: string) {
  const nullable = new Set(['group_id', 'subgroup_id', 'subject_id'])
  return SCOPE_KEY.map((column) => (nullable.has(column) ? `COALESCE(${row}.${column}, 0)` : `${row}.${column}`)).join(', ')
}

const addDocuments = `ON CONFLICT (${SCOPE_KEY.join(', ')}) DO UPDATE SET document_count = ${DOCUMENT_COUNTS}.document_count + excluded.document_count`

/* A row that dropped to zero and comes back takes the new wording as its example. */
const addFindings = `ON CONFLICT (${FINDING_KEY.join(', ')}) DO UPDATE SET
      finding_count = ${FINDING_COUNTS}.finding_count + excluded.finding_count,
      example = CASE WHEN ${FINDING_COUNTS}.finding_count <= 0 THEN excluded.example ELSE ${FINDING_COUNTS}.example END`

/** ±1 document, ± its current findings and, for an open lesson plan, ±1 on its teaching date; for the documents row `row` (NEW or OLD). */
function countDocument(row: 'NEW' | 'OLD', sign: 1 | -1) {
  return [
    `INSERT INTO ${OPEN_LESSON_COUNTS} (school_year_id, school_id, teaching_date, document_count)
      SELECT ${row}.school_year_id, ${row}.school_id, ${row}.teaching_date, ${sign}
      WHERE ${row}.kind = 'pl4' AND ${row}.status <> 'approved' AND ${row}.teaching_date IS NOT NULL
      ON CONFLICT (school_year_id, school_id, teaching_date) DO UPDATE SET document_count = ${OPEN_LESSON_COUNTS}.document_count + excluded.document_count`,
    `INSERT INTO ${DOCUMENT_COUNTS} (${SCOPE_KEY.join(', ')}, document_count)
      VALUES (${keyValuesOf(row)}, ${sign})
      ${addDocuments}`,
    `INSERT INTO ${FINDING_COUNTS} (${FINDING_KEY.join(', ')}, finding_count, example)
      SELECT ${keyValuesOf(row)}, f.plugin_id, f.message_id, f.severity, ${sign} * COUNT(*), MIN(f.message)
      FROM findings f
      WHERE f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = ${row}.current_version_id)
      GROUP BY f.plugin_id, f.message_id, f.severity
      ${addFindings}`,
  ]
}

/** A new run supersedes the version's previous newest run: its findings stop counting. */
const supersedePreviousRun = [
  `INSERT INTO ${FINDING_COUNTS} (${FINDING_KEY.join(', ')}, finding_count, example)
    SELECT ${keyValuesOf('d')}, f.plugin_id, f.message_id, f.severity, -COUNT(*), MIN(f.message)
    FROM documents d
    JOIN findings f ON f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = NEW.version_id AND r.id < NEW.id)
    WHERE d.current_version_id = NEW.version_id
    GROUP BY ${SCOPE_KEY.map((column) => `d.${column}`).join(', ')}, f.plugin_id, f.message_id, f.severity
    ${addFindings}`,
]

/** A finding of the newest run of a document's current version counts for that document. */
const countNewFinding = [
  `INSERT INTO ${FINDING_COUNTS} (${FINDING_KEY.join(', ')}, finding_count, example)
    SELECT ${keyValuesOf('d')}, NEW.plugin_id, NEW.message_id, NEW.severity, 1, NEW.message
    FROM validation_runs r
    JOIN documents d ON d.current_version_id = r.version_id
    WHERE r.id = NEW.run_id
      AND NOT EXISTS (SELECT 1 FROM validation_runs newer WHERE newer.version_id = r.version_id AND newer.id > r.id)
    ${addFindings}`,
]

/** Changing any of these columns moves a document (and its findings) to another summary row. */
const KEY_CHANGING_COLUMNS = [...SCOPE_KEY, 'current_version_id', 'teaching_date']

interface TriggerSpec {
  name: string
  timing: 'BEFORE' | 'AFTER'
  event: string
  table: string
  statements: string[]
}

const TRIGGERS: TriggerSpec[] = [
  { name: 'workflow_stats_document_inserted', timing: 'AFTER', event: 'INSERT', table: 'documents', statements: countDocument('NEW', 1) },
  {
    name: 'workflow_stats_document_updated',
    timing: 'AFTER',
    event: `UPDATE OF ${KEY_CHANGING_COLUMNS.join(', ')}`,
    table: 'documents',
    statements: [...countDocument('OLD', -1), ...countDocument('NEW', 1)],
  },
  /* Before: once the row is gone, cascades may already have removed its runs and findings. */
  { name: 'workflow_stats_document_deleted', timing: 'BEFORE', event: 'DELETE', table: 'documents', statements: countDocument('OLD', -1) },
  { name: 'workflow_stats_run_inserted', timing: 'AFTER', event: 'INSERT', table: 'validation_runs', statements: supersedePreviousRun },
  { name: 'workflow_stats_finding_inserted', timing: 'AFTER', event: 'INSERT', table: 'findings', statements: countNewFinding },
]

export async function createSummaryTriggers(client: QueryClientContract) {
  for (const trigger of TRIGGERS) {
    if (client.dialect.name === 'postgres') await createPostgresTrigger(client, trigger)
    else await client.rawQuery(`CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON ${trigger.table} FOR EACH ROW BEGIN ${trigger.statements.map((s) => `${s};`).join('\n')} END`)
  }
}

async function createPostgresTrigger(client: QueryClientContract, trigger: TriggerSpec) {
  /* A BEFORE DELETE trigger must return OLD or the delete is skipped; AFTER triggers ignore the value. */
  const returned = trigger.timing === 'BEFORE' ? 'OLD' : 'NULL'
  await client.rawQuery(`CREATE OR REPLACE FUNCTION ${trigger.name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${trigger.statements.map((s) => `${s};`).join('\n')}
      RETURN ${returned};
    END $$`)
  await client.rawQuery(`CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON ${trigger.table} FOR EACH ROW EXECUTE FUNCTION ${trigger.name}()`)
}

export async function dropSummaryTriggers(client: QueryClientContract) {
  for (const trigger of TRIGGERS) {
    await client.rawQuery(`DROP TRIGGER IF EXISTS ${trigger.name}${client.dialect.name === 'postgres' ? ` ON ${trigger.table}` : ''}`)
    if (client.dialect.name === 'postgres') await client.rawQuery(`DROP FUNCTION IF EXISTS ${trigger.name}()`)
  }
}

/** The tables whose writes fire the triggers (bulk loads may switch them off, then rebuild). */
export const TRIGGER_TABLES = [...new Set(TRIGGERS.map((trigger) => trigger.table))]
