import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { kindCondition, lessonKinds } from '#app/core/registries/kinds'
import {
  DOCUMENT_COUNTS,
  FINDING_COUNTS,
  FINDING_KEY,
  LESSON_DAY_COUNTS,
  OPEN_LESSON_COUNTS,
  lessonDayKeyOf,
  SCOPE_KEY,
  keyValuesOf,
} from '#app/workflow/stats/summary_triggers'

/**
 * Recomputes the summary tables from the raw tables (documents, their
 * current version's newest run, its findings): the migration's backfill,
 * and the repair after a bulk load with triggers off or rows edited by hand.
 * On PostgreSQL, writers wait while it runs, so no trigger update is lost
 * between the wipe and the recount.
 */
export async function rebuildSummaries(client?: QueryClientContract) {
  if (client?.isTransaction) return rebuildIn(client as TransactionClientContract)
  return (client ?? db).transaction((trx) => rebuildIn(trx))
}

async function rebuildIn(trx: TransactionClientContract) {
  if (trx.dialect.name === 'postgres') {
    await trx.rawQuery(`LOCK TABLE documents, validation_runs, findings IN SHARE MODE`)
    await trx.rawQuery(
      `LOCK TABLE ${DOCUMENT_COUNTS}, ${FINDING_COUNTS}, ${OPEN_LESSON_COUNTS}, ${LESSON_DAY_COUNTS} IN EXCLUSIVE MODE`
    )
  }
  await trx.from(DOCUMENT_COUNTS).delete()
  await trx.from(FINDING_COUNTS).delete()
  await trx.from(OPEN_LESSON_COUNTS).delete()
  await trx.from(LESSON_DAY_COUNTS).delete()
  const groupedKey = SCOPE_KEY.map((column) => `d.${column}`).join(', ')
  await trx.rawQuery(`INSERT INTO ${DOCUMENT_COUNTS} (${SCOPE_KEY.join(', ')}, document_count)
    SELECT ${keyValuesOf('d')}, COUNT(*) FROM documents d GROUP BY ${groupedKey}`)
  await trx.rawQuery(`INSERT INTO ${FINDING_COUNTS} (${FINDING_KEY.join(', ')}, finding_count, example)
    SELECT ${keyValuesOf('d')}, f.plugin_id, f.message_id, f.severity, COUNT(*), MIN(f.message)
    FROM documents d
    JOIN validation_runs r ON r.version_id = d.current_version_id
    JOIN findings f ON f.run_id = r.id
    WHERE NOT EXISTS (SELECT 1 FROM validation_runs newer WHERE newer.version_id = r.version_id AND newer.id > r.id)
    GROUP BY ${groupedKey}, f.plugin_id, f.message_id, f.severity`)
  await trx.rawQuery(`INSERT INTO ${OPEN_LESSON_COUNTS} (school_year_id, school_id, teaching_date, document_count)
    SELECT school_year_id, school_id, teaching_date, COUNT(*) FROM documents
    WHERE ${kindCondition('kind', lessonKinds())} AND status <> 'approved' AND teaching_date IS NOT NULL
    GROUP BY school_year_id, school_id, teaching_date`)
  const lessonKey = Object.entries(lessonDayKeyOf('d', trx.dialect.name === 'postgres'))
  const lessonColumns = lessonKey.map(([column]) => column).join(', ')
  await trx.rawQuery(`INSERT INTO ${LESSON_DAY_COUNTS} (${lessonColumns}, lesson_count)
    SELECT ${lessonColumns}, COUNT(*) FROM (
      SELECT ${lessonKey.map(([column, value]) => `${value} AS ${column}`).join(', ')}
      FROM documents d
      WHERE ${kindCondition('d.kind', lessonKinds())} AND (d.teaching_date IS NOT NULL OR d.teaching_week IS NOT NULL)
    ) lessons GROUP BY ${lessonColumns}`)
  const documents = await trx.from(DOCUMENT_COUNTS).sum('document_count as n').first()
  const findings = await trx.from(FINDING_COUNTS).sum('finding_count as n').first()
  return { documents: Number(documents?.n ?? 0), findings: Number(findings?.n ?? 0) }
}
