import { BaseSchema } from '@adonisjs/lucid/schema'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * The lesson plans per (year, school, lesson date or week, first approval
 * day), kept by triggers on documents like 0307's summaries, so that the
 * deadline views' trend by week and "taught without an approved plan"
 * columns sum a few rows per school and day instead of every lesson plan
 * of the city (what each column holds: app/workflow/stats/summary_triggers.ts).
 *
 *   teaching_date  the lesson's date, or 1900-01-01 for a lesson planned by week only
 *   teaching_week  the teaching week of a lesson planned by week only, else 0
 *   approved_on    when the plan counts as approved: 0001-01-01 approved in time
 *                  (a dated lesson approved before its date, or approved with no
 *                  approval recorded), 9999-12-31 not approved (or a dated lesson
 *                  approved on or after its date), else the day of the first
 *                  approval (a lesson by week: its day comes from the calendar)
 *
 * Frozen: the SQL is written out here and imports nothing from app/.
 */
const TABLE = 'lesson_day_counts'
const NO_DATE = `'1900-01-01'`
const IN_TIME = `'0001-01-01'`
const NOT_APPROVED = `'9999-12-31'`

const approvedOn = (row: string, postgres: boolean) => `CASE
    WHEN ${row}.status <> 'approved' THEN ${NOT_APPROVED}
    WHEN ${row}.first_approved_at IS NULL THEN ${IN_TIME}
    WHEN ${row}.teaching_date IS NOT NULL THEN
      CASE WHEN ${row}.first_approved_at < ${row}.teaching_date THEN ${IN_TIME} ELSE ${NOT_APPROVED} END
    ELSE ${postgres ? `CAST(CAST(${row}.first_approved_at AS DATE) AS TEXT)` : `substr(${row}.first_approved_at, 1, 10)`}
  END`

const counted = (row: string) =>
  `${row}.kind = 'pl4' AND (${row}.teaching_date IS NOT NULL OR ${row}.teaching_week IS NOT NULL)`

function upsert(row: string, sign: 1 | -1, postgres: boolean) {
  const approved = postgres ? `CAST(${approvedOn(row, postgres)} AS DATE)` : approvedOn(row, postgres)
  return `INSERT INTO ${TABLE} (school_year_id, school_id, teaching_date, teaching_week, approved_on, lesson_count)
    SELECT ${row}.school_year_id, ${row}.school_id, COALESCE(${row}.teaching_date, ${postgres ? `CAST(${NO_DATE} AS DATE)` : NO_DATE}),
      CASE WHEN ${row}.teaching_date IS NULL THEN ${row}.teaching_week ELSE 0 END, ${approved}, ${sign}
    WHERE ${counted(row)}
    ON CONFLICT (school_year_id, school_id, teaching_date, teaching_week, approved_on)
    DO UPDATE SET lesson_count = ${TABLE}.lesson_count + excluded.lesson_count`
}

interface Trigger {
  name: string
  timing: 'BEFORE' | 'AFTER'
  event: string
  statements: (postgres: boolean) => string[]
}

const TRIGGERS: Trigger[] = [
  {
    name: 'lesson_days_document_inserted',
    timing: 'AFTER',
    event: 'INSERT',
    statements: (postgres) => [upsert('NEW', 1, postgres)],
  },
  {
    name: 'lesson_days_document_updated',
    timing: 'AFTER',
    event:
      'UPDATE OF school_year_id, school_id, kind, status, teaching_date, teaching_week, first_approved_at',
    statements: (postgres) => [upsert('OLD', -1, postgres), upsert('NEW', 1, postgres)],
  },
  {
    name: 'lesson_days_document_deleted',
    timing: 'BEFORE',
    event: 'DELETE',
    statements: (postgres) => [upsert('OLD', -1, postgres)],
  },
]

export default class extends BaseSchema {
  async up() {
    this.schema.createTable(TABLE, (table) => {
      table.integer('school_year_id').notNullable()
      table.integer('school_id').notNullable()
      table.date('teaching_date').notNullable()
      table.integer('teaching_week').notNullable()
      table.date('approved_on').notNullable()
      table.integer('lesson_count').notNullable()
      table.unique(['school_year_id', 'school_id', 'teaching_date', 'teaching_week', 'approved_on'], {
        indexName: 'lesson_day_counts_key',
      })
    })
    this.defer(async (client) => {
      const postgres = client.dialect.name === 'postgres'
      for (const trigger of TRIGGERS) await createTrigger(client, trigger, postgres)
      await client.rawQuery(`INSERT INTO ${TABLE} (school_year_id, school_id, teaching_date, teaching_week, approved_on, lesson_count)
        SELECT school_year_id, school_id, teaching_date, teaching_week, approved_on, COUNT(*) FROM (
          SELECT d.school_year_id, d.school_id, COALESCE(d.teaching_date, ${postgres ? `CAST(${NO_DATE} AS DATE)` : NO_DATE}) AS teaching_date,
            CASE WHEN d.teaching_date IS NULL THEN d.teaching_week ELSE 0 END AS teaching_week,
            ${postgres ? `CAST(${approvedOn('d', postgres)} AS DATE)` : approvedOn('d', postgres)} AS approved_on
          FROM documents d WHERE ${counted('d')}
        ) lessons GROUP BY school_year_id, school_id, teaching_date, teaching_week, approved_on`)
      /* Planner statistics now, not at the next autovacuum: the views read it at once. */
      if (postgres) await client.rawQuery(`ANALYZE ${TABLE}`)
    })
  }

  async down() {
    this.defer(async (client) => {
      const postgres = client.dialect.name === 'postgres'
      for (const trigger of TRIGGERS) {
        await client.rawQuery(
          `DROP TRIGGER IF EXISTS ${trigger.name}${postgres ? ' ON documents' : ''}`
        )
        if (postgres) await client.rawQuery(`DROP FUNCTION IF EXISTS ${trigger.name}()`)
      }
    })
    this.schema.dropTable(TABLE)
  }
}

async function createTrigger(client: QueryClientContract, trigger: Trigger, postgres: boolean) {
  const statements = trigger.statements(postgres).map((statement) => `${statement};`).join('\n')
  if (!postgres) {
    await client.rawQuery(
      `CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON documents FOR EACH ROW BEGIN ${statements} END`
    )
    return
  }
  /* A BEFORE DELETE trigger must return OLD or the delete is skipped; AFTER triggers ignore the value. */
  const returned = trigger.timing === 'BEFORE' ? 'OLD' : 'NULL'
  await client.rawQuery(`CREATE OR REPLACE FUNCTION ${trigger.name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${statements}
      RETURN ${returned};
    END $$`)
  await client.rawQuery(
    `CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON documents FOR EACH ROW EXECUTE FUNCTION ${trigger.name}()`
  )
}
