import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type {
  DatabaseQueryBuilderContract,
  RawBuilderContract,
} from '@adonisjs/lucid/types/querybuilder'
import type SchoolYear from '#app/organization/models/school_year'
import type { AccessScope } from '#app/organization/services/access_scope'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'
import {
  DOCUMENT_COUNTS,
  FINDING_COUNTS,
  OPEN_LESSON_COUNTS,
} from '#app/workflow/stats/summary_triggers'
import {
  kindCondition,
  lessonKinds,
  yearlyKinds,
  type DocumentKind,
} from '#app/core/registries/kinds'
import { isoDay, lessonBeforeSql } from '#app/workflow/services/deadline_sql'
import { deadlineContext } from '#app/workflow/services/deadlines'
import { teachingWeeks } from '#app/workflow/services/school_calendar'

/*
 * Aggregate queries behind the dashboards. City-wide and school figures
 * read the summary tables (app/workflow/stats: kept exact by triggers in
 * the same transaction as every write), so their cost follows the number
 * of schools and groups, not of documents. Nothing is cached: every page
 * shows the database as it is.
 *
 * A user's scope applies to the summaries unchanged: they are read as a
 * derived table named `documents` with the same key columns. Only the
 * owner is not a key, so the user's own documents that the scope would
 * not show otherwise are added from the documents table (few rows).
 *
 * "Late" depends on today's date. For yearly plans it is the open count
 * once the plan deadline has passed (from the summaries); for lesson
 * plans it is the open ones with a teaching date before today's cutoff:
 * city-wide from open_lesson_counts (per school and date), within a scope
 * from the documents table through a partial index over open lesson
 * plans (documents_open_lessons_index).
 */

export interface StatusCounts {
  total: number
  draft: number
  submitted: number
  approved: number
  returned: number
  late: number
}

type CountKey = 'school_id' | 'group_id' | 'owner_user_id'
interface CountOptions {
  year: SchoolYear
  settings: WorkflowSettings
  scope?: AccessScope
  where?: Record<string, number>
  byKind?: boolean
}

export const emptyCounts = (): StatusCounts => ({
  total: 0,
  draft: 0,
  submitted: 0,
  approved: 0,
  returned: 0,
  late: 0,
})

/** Counts per value of one documents column (school_id, group_id, owner_user_id), optionally per kind. */
export async function countsBy(column: CountKey, options: CountOptions) {
  /* Per teacher: one group's documents (a few hundred rows, index on group_id). */
  if (column === 'owner_user_id')
    return countsFromDocuments(column, options, { lessonLateness: true })

  const counts = await countsFromSummary(column, options)
  addCounts(counts, await lateLessonPlans(column, options))
  const ownIds = await ownDocumentsOutsideScope(options.year, options.scope, options.where)
  if (ownIds.length)
    addCounts(
      counts,
      await countsFromDocuments(
        column,
        { ...options, scope: undefined },
        { lessonLateness: false, ids: ownIds }
      )
    )
  return counts
}

/* ---------- the summary tables, read as `documents` ---------- */

/** A summary table with the documents table's column names, so AccessScope.applyTo fits it as is. */
function summaryAsDocuments(table: string, extra: string[]) {
  return db
    .from(table)
    .select(
      'school_year_id',
      'school_id',
      db.raw('NULLIF(group_id, 0) as group_id'),
      db.raw('NULLIF(subgroup_id, 0) as subgroup_id'),
      db.raw('NULLIF(subject_id, 0) as subject_id'),
      'kind',
      'status',
      /* Counters have no owner: the scope's "own documents" clause matches no summary row. */
      db.raw('CAST(NULL AS INTEGER) as owner_user_id'),
      ...extra
    )
    .as('documents')
}

async function countsFromSummary(column: 'school_id' | 'group_id', options: CountOptions) {
  const query = db
    .from(summaryAsDocuments(DOCUMENT_COUNTS, ['document_count']))
    .where('documents.school_year_id', options.year.id)
  options.scope?.applyTo(query)
  return groupedCounts(
    query,
    column,
    options,
    statusColumns(options.year, 'documents.document_count')
  )
}

/* ---------- the documents table, for what the summaries cannot say ---------- */

/**
 * Counts straight from the documents table: per teacher, or for a given
 * list of documents (the user's own ones outside the scope). With
 * lessonLateness the lesson plans' lateness is included; otherwise it is
 * left to lateLessonPlans, which counts it for the whole scope.
 */
async function countsFromDocuments(
  column: CountKey,
  options: CountOptions,
  { lessonLateness, ids }: { lessonLateness: boolean; ids?: number[] }
) {
  const query = db.from('documents').where('documents.school_year_id', options.year.id)
  if (ids) query.whereIn('documents.id', ids)
  options.scope?.applyTo(query)
  const columns = statusColumns(options.year, '1')
  if (lessonLateness)
    columns.push(
      db.raw(
        `SUM(CASE WHEN ${openLessonPlan()} AND ${lateLesson(options).sql} THEN 1 ELSE 0 END) as late_lessons`,
        lateLesson(options).bindings
      )
    )
  return groupedCounts(query, column, options, columns)
}

/** Matches the partial index documents_open_lessons_index (literal values, so the planner can use it). */
function openLessonPlan() {
  return `${kindCondition('documents.kind', lessonKinds())} AND documents.status <> 'approved'`
}

/**
 * Open lesson plans whose lesson (its date, or the Monday of its teaching
 * week from the school calendar) is before today + the review lead time:
 * the queue's "late" (deadlines.latenessOf), counted in SQL.
 */
function lateLesson(options: CountOptions) {
  const { calendar } = deadlineContext(options.year, options.settings)
  return lessonBeforeSql(teachingWeeks(calendar!), lessonCutoff(options.settings))
}

/** Lesson plans not approved whose lesson is before today + the review lead time. */
async function lateLessonPlans(column: 'school_id' | 'group_id', options: CountOptions) {
  /* Per school across the whole city: the per-date summary (schools × teaching days rows, not documents). */
  const wholeSchools = !options.scope || options.scope.seesEverything
  if (
    column === 'school_id' &&
    !options.byKind &&
    wholeSchools &&
    Object.keys(options.where ?? {}).every((key) => key === 'school_id')
  ) {
    const query = db
      .from(`${OPEN_LESSON_COUNTS} as documents`)
      .where('documents.school_year_id', options.year.id)
      .where('documents.teaching_date', '<', isoDay(lessonCutoff(options.settings)))
    const dated = await groupedCounts(query, column, options, [
      db.raw('SUM(documents.document_count) as late_lessons'),
    ])
    /* Planned by week only (no date, so not in the per-date summary): the partial index, few rows. */
    const late = lateLesson(options)
    const byWeek = db
      .from('documents')
      .where('documents.school_year_id', options.year.id)
      .whereRaw(openLessonPlan())
      .whereNull('documents.teaching_date')
      .whereRaw(late.sql, late.bindings)
    addCounts(
      dated,
      await groupedCounts(byWeek, column, options, [db.raw('COUNT(*) as late_lessons')])
    )
    return dated
  }
  /* Within a scope (an office's schools, a school, a specialist's subjects): the documents' partial index. */
  const late = lateLesson(options)
  const query = db
    .from('documents')
    .where('documents.school_year_id', options.year.id)
    .whereRaw(openLessonPlan())
    .whereRaw(late.sql, late.bindings)
  options.scope?.applyTo(query)
  return groupedCounts(query, column, options, [db.raw('COUNT(*) as late_lessons')])
}

/** The user's own documents of the year that the scope shows only because the user owns them. */
async function ownDocumentsOutsideScope(
  year: SchoolYear,
  scope?: AccessScope,
  where: Record<string, number> = {}
): Promise<number[]> {
  if (!scope || scope.seesEverything || scope.userId === null) return []
  const query = db
    .from('documents')
    .where({ owner_user_id: scope.userId, school_year_id: year.id })
    .select('id', 'kind', 'school_id', 'group_id', 'subgroup_id', 'subject_id', 'status')
  for (const [key, value] of Object.entries(where)) query.where(key, value)
  const own = await query
  return own
    .filter(
      (row) =>
        !scope.canView({
          kind: row.kind,
          ownerUserId: null,
          schoolId: row.school_id,
          groupId: row.group_id,
          subgroupId: row.subgroup_id,
          subjectId: row.subject_id,
          status: row.status,
        })
    )
    .map((row) => row.id as number)
}

/* ---------- shared SQL ---------- */

/** SUM(CASE …) columns; `weight` is 1 on documents, the count column on a summary. Same SQL on both dialects. */
function statusColumns(year: SchoolYear, weight: string, today = DateTime.now()) {
  const yearlyLate = today.startOf('day') > year.planDeadline.startOf('day') ? 1 : 0
  const status = (name: string) =>
    db.raw(`SUM(CASE WHEN documents.status = '${name}' THEN ${weight} ELSE 0 END) as ${name}`)
  return [
    db.raw(`SUM(${weight}) as total`),
    status('draft'),
    status('submitted'),
    status('approved'),
    status('returned'),
    db.raw(
      `SUM(CASE WHEN documents.status <> 'approved' AND ${kindCondition('documents.kind', yearlyKinds())} AND 1 = ? THEN ${weight} ELSE 0 END) as late_yearly`,
      [yearlyLate]
    ),
  ]
}

function lessonCutoff(settings: WorkflowSettings, today = DateTime.now()) {
  return today.startOf('day').plus({ days: settings.lessonPlanLeadDays })
}

/** Runs `query` grouped by the column (and kind), narrowed by `where`, into a map of counts. */
async function groupedCounts(
  query: DatabaseQueryBuilderContract<any>,
  column: CountKey,
  options: CountOptions,
  columns: RawBuilderContract[]
) {
  for (const [key, value] of Object.entries(options.where ?? {}))
    query.where(`documents.${key}`, value)
  const keys = [`documents.${column}`, ...(options.byKind ? ['documents.kind'] : [])]
  const rows = await query
    .select([...keys.map((key) => db.raw(`${key} as ${key.split('.')[1]}`)), ...columns])
    .groupBy(keys)
  const counts = new Map<string, StatusCounts>()
  for (const row of rows)
    counts.set(options.byKind ? `${row[column]}:${row.kind}` : String(row[column]), toCounts(row))
  return counts
}

function toCounts(row: Record<string, unknown>): StatusCounts {
  const n = (key: string) => Number(row[key] ?? 0)
  return {
    total: n('total'),
    draft: n('draft'),
    submitted: n('submitted'),
    approved: n('approved'),
    returned: n('returned'),
    late: n('late_yearly') + n('late_lessons'),
  }
}

function addCounts(into: Map<string, StatusCounts>, more: Map<string, StatusCounts>) {
  for (const [key, counts] of more) {
    const sum = into.get(key) ?? emptyCounts()
    for (const field of Object.keys(sum) as (keyof StatusCounts)[]) sum[field] += counts[field]
    into.set(key, sum)
  }
}

/** Teachers per group, and how many of them have a plan of a kind every teacher owes (PL3): the "missing" column. */
export async function teacherPlanCoverage(year: SchoolYear, schoolId: number, kind: DocumentKind) {
  const teachers = await db
    .from('role_assignments')
    .where({ school_year_id: year.id, school_id: schoolId, role: 'teacher' })
    .groupBy('group_id')
    .select('group_id', db.raw('COUNT(DISTINCT user_id) as teachers'))
  const withPlan = await db
    .from('documents')
    .where({ school_year_id: year.id, school_id: schoolId, kind })
    .groupBy('group_id')
    .select('group_id', db.raw('COUNT(DISTINCT owner_user_id) as owners'))
  const owners = new Map(withPlan.map((row) => [row.group_id, Number(row.owners)]))
  return new Map(
    teachers.map((row) => [
      row.group_id as number,
      { teachers: Number(row.teachers), withPlan: owners.get(row.group_id) ?? 0 },
    ])
  )
}

/* ---------- most frequent findings ---------- */

export interface FindingFigure {
  severity: string
  message: string
  total: number
}

/**
 * The findings met most often in the current checks the scope sees (the
 * newest run of each document's current version), from finding_counts,
 * plus the user's own documents outside the scope from the raw tables.
 */
export async function topFindings(
  year: SchoolYear,
  options: { scope?: AccessScope; where?: Record<string, number>; limit?: number }
): Promise<FindingFigure[]> {
  const query = db
    .from(
      summaryAsDocuments(FINDING_COUNTS, [
        'plugin_id',
        'message_id',
        'severity',
        'finding_count',
        'example',
      ])
    )
    .where('documents.school_year_id', year.id)
  for (const [column, value] of Object.entries(options.where ?? {}))
    query.where(`documents.${column}`, value)
  options.scope?.applyTo(query)
  const rows = await query
    .groupBy('documents.plugin_id', 'documents.message_id', 'documents.severity')
    .select(
      'documents.plugin_id',
      'documents.message_id',
      'documents.severity',
      db.raw('MIN(documents.example) as example'),
      db.raw('SUM(documents.finding_count) as total')
    )

  const figures = new Map<string, { severity: string; message: string; total: number }>()
  const add = (row: any) => {
    const key = `${row.plugin_id}\u0000${row.message_id}\u0000${row.severity}`
    const figure = figures.get(key) ?? { severity: row.severity, message: row.example, total: 0 }
    figure.total += Number(row.total)
    figures.set(key, figure)
  }
  rows.forEach(add)
  const ownIds = await ownDocumentsOutsideScope(year, options.scope, options.where)
  if (ownIds.length) {
    const own = await currentFindingsOf(ownIds)
    own.forEach(add)
  }

  return [...figures.values()]
    .filter((figure) => figure.total > 0)
    .sort((a, b) => b.total - a.total || a.message.localeCompare(b.message))
    .slice(0, options.limit ?? 10)
}

/** Findings of the newest run of the current version of the given documents, grouped like finding_counts. */
function currentFindingsOf(documentIds: number[]) {
  return db
    .from('documents')
    .join('validation_runs as runs', 'runs.version_id', 'documents.current_version_id')
    .join('findings', 'findings.run_id', 'runs.id')
    .whereIn('documents.id', documentIds)
    .whereNotExists((newer) =>
      newer
        .from('validation_runs as newer')
        .select(db.raw('1'))
        .whereColumn('newer.version_id', 'runs.version_id')
        .whereColumn('newer.id', '>', 'runs.id')
    )
    .groupBy('findings.plugin_id', 'findings.message_id', 'findings.severity')
    .select(
      'findings.plugin_id',
      'findings.message_id',
      'findings.severity',
      db.raw('MIN(findings.message) as example'),
      db.raw('COUNT(*) as total')
    )
}
