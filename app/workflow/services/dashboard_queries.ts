import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type SchoolYear from '#app/organization/models/school_year'
import type { AccessScope } from '#app/organization/services/access_scope'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'

/*
 * Aggregate queries behind the dashboards: one GROUP BY per table, never
 * a query per school or teacher, so the department's city-wide view stays
 * fast (indexes: documents (school_year_id, status, school_id), (group_id, status)).
 */

export interface StatusCounts {
  total: number
  draft: number
  submitted: number
  approved: number
  returned: number
  late: number
}

/** SUM(CASE …) columns counting statuses and lateness; bindings computed here, same SQL on both dialects. */
function countColumns(year: SchoolYear, settings: WorkflowSettings, today = DateTime.now()) {
  const lessonCutoff = today.startOf('day').plus({ days: settings.lessonPlanLeadDays }).toISODate()
  const yearlyLate = today.startOf('day') > year.planDeadline.startOf('day') ? 1 : 0
  const status = (name: string) => db.raw(`SUM(CASE WHEN documents.status = '${name}' THEN 1 ELSE 0 END) as ${name}`)
  return [
    db.raw('COUNT(*) as total'),
    status('draft'),
    status('submitted'),
    status('approved'),
    status('returned'),
    db.raw(
      `SUM(CASE WHEN documents.status <> 'approved' AND ((documents.kind = 'pl4' AND documents.teaching_date < ?) OR (documents.kind <> 'pl4' AND 1 = ?)) THEN 1 ELSE 0 END) as late`,
      [lessonCutoff, yearlyLate]
    ),
  ]
}

function toCounts(row: any): StatusCounts {
  return {
    total: Number(row?.total ?? 0),
    draft: Number(row?.draft ?? 0),
    submitted: Number(row?.submitted ?? 0),
    approved: Number(row?.approved ?? 0),
    returned: Number(row?.returned ?? 0),
    late: Number(row?.late ?? 0),
  }
}

/** Counts per value of one documents column (school_id, group_id, owner_user_id…), optionally per kind. */
export async function countsBy(
  column: 'school_id' | 'group_id' | 'owner_user_id',
  options: { year: SchoolYear; settings: WorkflowSettings; scope?: AccessScope; where?: Record<string, number>; byKind?: boolean }
) {
  /* The city-wide table scans every document of the year (~0.5 s at 775 000): kept for a minute. */
  if (column === 'school_id' && !options.where) {
    return remember(`counts:${options.year.id}:${options.scope?.userId ?? 'all'}:${options.byKind ?? false}`, COUNTS_TTL_MS, () => countsByUncached(column, options))
  }
  return countsByUncached(column, options)
}

async function countsByUncached(
  column: 'school_id' | 'group_id' | 'owner_user_id',
  options: { year: SchoolYear; settings: WorkflowSettings; scope?: AccessScope; where?: Record<string, number>; byKind?: boolean }
) {
  const query = db.from('documents').where('documents.school_year_id', options.year.id)
  for (const [key, value] of Object.entries(options.where ?? {})) query.where(`documents.${key}`, value)
  options.scope?.applyTo(query)
  const keys = [`documents.${column}`, ...(options.byKind ? ['documents.kind'] : [])]
  const rows = await query.select([...keys.map((key) => db.raw(`${key} as ${key.split('.')[1]}`)), ...countColumns(options.year, options.settings)]).groupBy(keys)
  const counts = new Map<string, StatusCounts>()
  for (const row of rows) counts.set(options.byKind ? `${row[column]}:${row.kind}` : String(row[column]), toCounts(row))
  return counts
}

export const emptyCounts = (): StatusCounts => toCounts(null)

/** Teachers per group, and how many of them have a teacher's plan (PL3): the "missing" column. */
export async function teacherPlanCoverage(year: SchoolYear, schoolId: number) {
  const teachers = await db
    .from('role_assignments')
    .where({ school_year_id: year.id, school_id: schoolId, role: 'teacher' })
    .groupBy('group_id')
    .select('group_id', db.raw('COUNT(DISTINCT user_id) as teachers'))
  const withPlan = await db
    .from('documents')
    .where({ school_year_id: year.id, school_id: schoolId, kind: 'pl3' })
    .groupBy('group_id')
    .select('group_id', db.raw('COUNT(DISTINCT owner_user_id) as owners'))
  const owners = new Map(withPlan.map((row) => [row.group_id, Number(row.owners)]))
  return new Map(teachers.map((row) => [row.group_id as number, { teachers: Number(row.teachers), withPlan: owners.get(row.group_id) ?? 0 }]))
}

/**
 * The findings met most often in the current versions the scope sees
 * (newest run of each current version only). Starts from the findings,
 * the smallest table, and keeps runs with no newer run of the same
 * version (an anti-join both dialects plan well). City-wide this still
 * reads every finding, so results are kept for a few minutes: the figure
 * is a trend, not a live counter.
 */
export async function topFindings(year: SchoolYear, options: { scope?: AccessScope; where?: Record<string, number>; limit?: number }) {
  const key = `findings:${JSON.stringify([year.id, options.scope?.userId ?? null, options.where ?? {}, options.limit ?? 10])}`
  return remember(key, FINDINGS_TTL_MS, () => topFindingsUncached(year, options))
}

async function topFindingsUncached(year: SchoolYear, options: { scope?: AccessScope; where?: Record<string, number>; limit?: number }) {
  const query = db
    .from('findings')
    .join('validation_runs as runs', 'runs.id', 'findings.run_id')
    .join('documents', 'documents.current_version_id', 'runs.version_id')
    .where('documents.school_year_id', year.id)
    .whereNotExists((newer) => newer.from('validation_runs as newer').select(db.raw('1')).whereColumn('newer.version_id', 'runs.version_id').whereColumn('newer.id', '>', 'runs.id'))
  for (const [column, value] of Object.entries(options.where ?? {})) query.where(`documents.${column}`, value)
  options.scope?.applyTo(query)
  const rows = (
    await query
      .groupBy('findings.plugin_id', 'findings.message_id', 'findings.severity')
      .select('findings.plugin_id', 'findings.message_id', 'findings.severity', db.raw('MIN(findings.message) as example'), db.raw('COUNT(*) as total'))
      .orderBy('total', 'desc')
      .limit(options.limit ?? 10)
  ).map((row) => ({ severity: row.severity as string, message: row.example as string, total: Number(row.total) }))
  return rows
}

/* ---------- a small per-process cache for the heaviest aggregates ---------- */

const FINDINGS_TTL_MS = 5 * 60 * 1000
const COUNTS_TTL_MS = 60 * 1000
const cache = new Map<string, { value: unknown; expires: number }>()

async function remember<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key)
  if (hit && hit.expires > Date.now()) return hit.value as T
  const value = await compute()
  if (cache.size > 1000) cache.clear()
  cache.set(key, { value, expires: Date.now() + ttlMs })
  return value
}

/** Drops cached figures (benchmarks measure a cold dashboard with it). */
export function forgetCachedFigures() {
  cache.clear()
}
