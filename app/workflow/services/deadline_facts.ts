import { theRoleThat } from '#app/core/registries/roles'
import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import {
  kindCondition,
  kindDefinition,
  kindsWhere,
  type DocumentKind,
} from '#app/core/registries/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import { APPROVED_STATUS } from '#app/organization/services/roles'
import {
  documentSource,
  lessonSource,
  type LessonSource,
} from '#app/workflow/services/lesson_source'
import { toDate } from '#app/workflow/services/review_queue'
import type { WeekRange } from '#app/workflow/services/school_calendar'
import {
  approvedBeforeSql,
  dateParam,
  isoDay,
  joinSql,
  type Fragment,
} from '#app/workflow/services/deadline_sql'

/*
 * The facts behind the leaders' deadline views, counted in SQL (GROUP BY
 * school or group, or lesson day) so that a city's hundreds of thousands
 * of lesson plans never leave the database; the people and plans behind a
 * figure are read one page at a time. A yearly plan is owed by a school, a
 * group or a teacher (as the kind registry says): handed in when one of
 * the kind is submitted or approved, in time when one was first approved
 * by the deadline. A lesson is taught on its date, or the Monday of its
 * teaching week; its plan is approved in time when first approved before
 * that day. A plan approved without a recorded approval (imported) counts
 * as approved in time.
 */
export interface FactScope {
  year: SchoolYear
  /** Every teaching week of the year (the school calendar). */
  weeks: WeekRange[]
  schoolIds: number[]
  groupId?: number
  /** A department specialist: only the subjects covered (no school-level plans). */
  subjectIds?: number[]
}

export type OwedFigure = 'not_submitted' | 'not_approved'

export interface OwedCounts {
  notSubmitted: number
  notApproved: number
}

export interface PlanRef {
  id: number
  title: string
  status: string
}

export interface OwedPlan {
  kind: DocumentKind
  schoolName: string
  groupName: string | null
  /** Who owes it: the teacher, or the unit's heads (principal's office, group heads). */
  people: string
  plans: PlanRef[]
}

export interface TaughtLesson extends PlanRef {
  schoolName: string
  groupName: string | null
  ownerName: string
  day: DateTime
}

export interface Page<T> {
  items: T[]
  total: number
}

export interface PageRequest {
  page: number
  perPage: number
}

/** Yearly plans with a fixed number owed (one per unit or per teacher), from the kind registry. */
export function owedKinds(): DocumentKind[] {
  return kindsWhere((kind) => kind.deadline === 'school_year' && kind.expected !== 'any')
}

/** The kinds a scope counts: not the school's own plans when narrowed to a group or to subjects. */
export function owedKindsIn(scope: Pick<FactScope, 'groupId' | 'subjectIds'>, byGroup: boolean) {
  const schoolLevel = byGroup || scope.groupId !== undefined || scope.subjectIds !== undefined
  return owedKinds().filter((kind) => !schoolLevel || kindDefinition(kind).level !== 'school')
}

async function rows(fragment: Fragment): Promise<any[]> {
  const result = await db.rawQuery(fragment.sql, fragment.bindings)
  return Array.isArray(result) ? result : result.rows
}

const list = (values: (string | number)[]) => values.map(() => '?').join(', ')
const nullInteger = 'CAST(NULL AS INTEGER)'

/* ---------- yearly plans ---------- */

/** Who owes a plan of the kind: (school_id, group_id, user_id) rows, as a subquery. */
function owedUnitsSql(scope: FactScope, kind: DocumentKind): Fragment {
  const { level, expected } = kindDefinition(kind)
  const schools = scope.schoolIds
  const subjects = scope.subjectIds ?? []
  if (expected === 'one_per_teacher') {
    return {
      sql: `SELECT DISTINCT ra.school_id, ra.group_id, ra.user_id FROM role_assignments ra
        WHERE ra.school_year_id = ? AND ra.role = 'teacher' AND ra.group_id IS NOT NULL
          AND ra.school_id IN (${list(schools)})
          ${scope.groupId === undefined ? '' : 'AND ra.group_id = ?'}
          ${scope.subjectIds ? `AND EXISTS (SELECT 1 FROM role_assignment_subjects ras WHERE ras.role_assignment_id = ra.id AND ras.subject_id IN (${list(subjects) || 'NULL'}))` : ''}`,
      bindings: [
        scope.year.id,
        ...schools,
        ...(scope.groupId === undefined ? [] : [scope.groupId]),
        ...subjects,
      ],
    }
  }
  if (level === 'group') {
    return {
      sql: `SELECT g.school_id, g.id AS group_id, ${nullInteger} AS user_id FROM groups g
        WHERE g.is_active = TRUE AND g.school_id IN (${list(schools)})
          ${scope.groupId === undefined ? '' : 'AND g.id = ?'}
          ${scope.subjectIds ? `AND EXISTS (SELECT 1 FROM subgroups sg WHERE sg.group_id = g.id AND sg.is_active = TRUE AND sg.subject_id IN (${list(subjects) || 'NULL'}))` : ''}`,
      bindings: [...schools, ...(scope.groupId === undefined ? [] : [scope.groupId]), ...subjects],
    }
  }
  return {
    sql: `SELECT s.id AS school_id, ${nullInteger} AS group_id, ${nullInteger} AS user_id FROM schools s
      WHERE s.id IN (${list(schools)})`,
    bindings: [...schools],
  }
}

/**
 * The owing units joined to what their plans of the kind amount to: the
 * plans grouped by unit in one pass (handed_in, in_time: 1 or NULL).
 */
function owedFromSql(scope: FactScope, kind: DocumentKind): Fragment {
  const { level, expected } = kindDefinition(kind)
  const keys =
    expected === 'one_per_teacher'
      ? ['school_id', 'group_id', 'owner_user_id']
      : level === 'group'
        ? ['school_id', 'group_id']
        : ['school_id']
  const unitColumn = (key: string) => (key === 'owner_user_id' ? 'user_id' : key)
  const units = owedUnitsSql(scope, kind)
  const dayAfterDeadline = {
    sql: dateParam(),
    bindings: [isoDay(scope.year.planDeadline.startOf('day').plus({ days: 1 }))],
  }
  const inTime = approvedBeforeSql(dayAfterDeadline)
  const documentKeys = keys.map((key) => `documents.${key}`).join(', ')
  return {
    sql: `FROM (${units.sql}) units LEFT JOIN (
        SELECT ${documentKeys},
          MAX(CASE WHEN documents.status IN ('submitted', '${APPROVED_STATUS}') THEN 1 END) AS handed_in,
          MAX(CASE WHEN ${inTime.sql} THEN 1 END) AS in_time
        FROM documents
        WHERE documents.school_year_id = ? AND ${kindCondition('documents.kind', [kind])}
          AND documents.school_id IN (${list(scope.schoolIds)})
        GROUP BY ${documentKeys}
      ) plans ON ${keys.map((key) => `plans.${key} = units.${unitColumn(key)}`).join(' AND ')}`,
    bindings: [...units.bindings, ...inTime.bindings, scope.year.id, ...scope.schoolIds],
  }
}

const MISSING = {
  not_submitted: 'plans.handed_in IS NULL',
  not_approved: 'plans.in_time IS NULL',
} as const

/** Per unit (school, or group with byGroup), per kind: how many owe a plan not handed in / not approved in time. */
export async function owedCounts(
  scope: FactScope,
  byGroup: boolean
): Promise<Map<string, Map<DocumentKind, OwedCounts>>> {
  const counts = new Map<string, Map<DocumentKind, OwedCounts>>()
  if (!scope.schoolIds.length) return counts
  const keys = byGroup ? 'units.school_id, units.group_id' : 'units.school_id'
  await Promise.all(
    owedKindsIn(scope, byGroup).map(async (kind) => {
      const from = owedFromSql(scope, kind)
      const result = await rows({
        sql: `SELECT ${keys},
            SUM(CASE WHEN ${MISSING.not_submitted} THEN 1 ELSE 0 END) AS not_submitted,
            SUM(CASE WHEN ${MISSING.not_approved} THEN 1 ELSE 0 END) AS not_approved
          ${from.sql} GROUP BY ${keys}`,
        bindings: from.bindings,
      })
      for (const row of result) {
        const key = unitKey(row.school_id, byGroup ? row.group_id : undefined)
        const unit = counts.get(key) ?? new Map<DocumentKind, OwedCounts>()
        unit.set(kind, {
          notSubmitted: Number(row.not_submitted),
          notApproved: Number(row.not_approved),
        })
        counts.set(key, unit)
      }
    })
  )
  return counts
}

export const unitKey = (schoolId: number, groupId?: number | null) =>
  groupId === undefined || groupId === null ? `${schoolId}` : `${schoolId}:${groupId}`

/** One page of the units that owe a plan of the kind not handed in (or not approved in time), with their people and plans. */
export async function owedList(
  scope: FactScope,
  kind: DocumentKind,
  figure: OwedFigure,
  page: PageRequest
): Promise<Page<OwedPlan>> {
  if (!scope.schoolIds.length || !owedKindsIn(scope, false).includes(kind))
    return { items: [], total: 0 }
  const owed = owedFromSql(scope, kind)
  const from = { sql: `${owed.sql} WHERE ${MISSING[figure]}`, bindings: owed.bindings }
  const [totals, found] = await Promise.all([
    rows({ sql: `SELECT COUNT(*) AS total ${from.sql}`, bindings: from.bindings }),
    rows({
      sql: `SELECT units.school_id, units.group_id, units.user_id,
          schools.name AS school_name, groups.name AS group_name, users.full_name
        ${owed.sql}
          JOIN schools ON schools.id = units.school_id
          LEFT JOIN groups ON groups.id = units.group_id
          LEFT JOIN users ON users.id = units.user_id
        WHERE ${MISSING[figure]}
        ORDER BY schools.name, units.school_id, groups.name, units.group_id, users.full_name, units.user_id
        LIMIT ? OFFSET ?`,
      bindings: [...from.bindings, page.perPage, (page.page - 1) * page.perPage],
    }),
  ])
  const [people, plans] = await Promise.all([
    headsOf(scope, kind, found),
    plansOf(scope, kind, found),
  ])
  return {
    total: Number(totals[0]?.total ?? 0),
    items: found.map((unit) => ({
      kind,
      schoolName: unit.school_name,
      groupName: unit.group_name ?? null,
      people: unit.full_name ?? people.get(unitKey(unit.school_id, unit.group_id)) ?? '',
      plans: plans.filter(
        (plan) =>
          plan.school_id === unit.school_id &&
          (unit.group_id === null || plan.group_id === unit.group_id) &&
          (unit.user_id === null || plan.owner_user_id === unit.user_id)
      ),
    })),
  }
}

/** The heads of the listed units (the principal's office of a school, the heads of a group). */
async function headsOf(scope: FactScope, kind: DocumentKind, units: any[]) {
  const heads = new Map<string, string>()
  const level = kindDefinition(kind).level
  if (!units.length || level === 'teacher') return heads
  const query = db
    .from('role_assignments')
    .join('users', 'users.id', 'role_assignments.user_id')
    .where('role_assignments.school_year_id', scope.year.id)
    .orderBy('users.full_name')
    .select('role_assignments.school_id', 'role_assignments.group_id', 'users.full_name')
  if (level === 'group')
    query.where('role_assignments.role', theRoleThat({ headOf: 'group' })).whereIn(
      'role_assignments.group_id',
      units.map((unit) => unit.group_id)
    )
  else
    query.where('role_assignments.role', theRoleThat({ headOf: 'school' })).whereIn(
      'role_assignments.school_id',
      units.map((unit) => unit.school_id)
    )
  const names = new Map<string, Set<string>>()
  for (const row of await query) {
    const key = unitKey(row.school_id, level === 'group' ? row.group_id : undefined)
    names.set(key, (names.get(key) ?? new Set()).add(row.full_name))
  }
  for (const [key, set] of names) heads.set(key, [...set].join(', '))
  return heads
}

/** The plans of the kind of the listed units' schools (few: one page of units). */
async function plansOf(scope: FactScope, kind: DocumentKind, units: any[]) {
  if (!units.length) return []
  const query = db
    .from('documents')
    .where('school_year_id', scope.year.id)
    .where('kind', kind)
    .whereIn('school_id', [...new Set(units.map((unit) => unit.school_id))])
    .orderBy('id')
    .select('id', 'title', 'status', 'school_id', 'group_id', 'owner_user_id')
  const groups = units.map((unit) => unit.group_id).filter((id) => id !== null)
  if (groups.length) query.whereIn('group_id', groups)
  return query
}

/* ---------- lessons taught ---------- */

/** FROM … WHERE …: the source's lessons of the scope taught in the period. */
function fromSql(source: LessonSource): Fragment {
  return { sql: `FROM ${source.table} WHERE ${source.where.sql}`, bindings: source.where.bindings }
}

/** Per unit: lessons taught since each of the `since` days (to `today`) whose plan was not approved before. */
export async function unapprovedLessonCounts(
  scope: FactScope,
  byGroup: boolean,
  since: DateTime[],
  today: DateTime
): Promise<Map<string, number[]>> {
  const counts = new Map<string, number[]>()
  if (!scope.schoolIds.length || !since.length) return counts
  const first = since.reduce((a, b) => (a < b ? a : b))
  const source = lessonSource(scope, byGroup, first, today)
  const keys = byGroup ? `${source.school}, documents.group_id` : source.school
  const selected = `${source.school} AS school_id${byGroup ? ', documents.group_id AS group_id' : ''}`
  const columns = since.map((start, index) => ({
    sql: `SUM(CASE WHEN ${source.day.sql} >= ${dateParam()} THEN ${source.count} ELSE 0 END) AS since_${index}`,
    bindings: [...source.day.bindings, isoDay(start)],
  }))
  const result = await rows(
    joinSql(
      [
        { sql: `SELECT ${selected},`, bindings: [] },
        joinSql(columns, ', '),
        fromSql(source),
        {
          sql: `AND ${source.unapproved.sql} GROUP BY ${keys}`,
          bindings: source.unapproved.bindings,
        },
      ],
      ' '
    )
  )
  for (const row of result)
    counts.set(
      unitKey(row.school_id, byGroup ? row.group_id : undefined),
      since.map((_, index) => Number(row[`since_${index}`] ?? 0))
    )
  return counts
}

/** Per teaching week begun by `today`: the lessons taught in it and those whose plan was not approved before. */
export async function lessonsByWeek(
  scope: FactScope,
  weeks: WeekRange[],
  today: DateTime
): Promise<Map<number, { lessons: number; unapproved: number }>> {
  const byWeek = new Map(weeks.map((week) => [week.week, { lessons: 0, unapproved: 0 }]))
  if (!scope.schoolIds.length || !weeks.length) return byWeek
  const source = lessonSource(scope, false, weeks[0].start, today)
  const result = await rows(
    joinSql(
      [
        {
          sql: `SELECT ${source.date} AS teaching_date, ${source.week} AS teaching_week,
            SUM(${source.count}) AS lessons,
            SUM(CASE WHEN ${source.unapproved.sql} THEN ${source.count} ELSE 0 END) AS unapproved`,
          bindings: source.unapproved.bindings,
        },
        fromSql(source),
        { sql: `GROUP BY ${source.date}, ${source.week}`, bindings: [] },
      ],
      ' '
    )
  )
  for (const row of result) {
    const date = toDate(row.teaching_date)?.startOf('day')
    const week = date
      ? weeks.find((range) => date >= range.start && date <= range.end)
      : weeks.find((range) => range.week === Number(row.teaching_week))
    const figures = week && byWeek.get(week.week)
    if (!figures) continue
    figures.lessons += Number(row.lessons)
    figures.unapproved += Number(row.unapproved)
  }
  return byWeek
}

/**
 * One page of the lessons taught between two days (included) whose plan
 * was not approved before, by school name, group, teacher. The figure is
 * counted per school first (from the summary when it can be), so that only
 * the few schools the page falls in have their lessons read and sorted.
 */
export async function unapprovedLessonList(
  scope: FactScope,
  from: DateTime,
  to: DateTime,
  page: PageRequest
): Promise<Page<TaughtLesson>> {
  if (!scope.schoolIds.length) return { items: [], total: 0 }
  const perSchool = await unapprovedPerSchool(scope, from, to)
  const total = perSchool.reduce((sum, school) => sum + school.count, 0)
  const { schoolIds, offset } = schoolsOfPage(perSchool, page)
  if (!schoolIds.length) return { items: [], total }
  const source = documentSource({ ...scope, schoolIds }, from, to)
  const found = await rows({
    sql: `SELECT documents.id, documents.title, documents.lesson_title, documents.status,
        ${source.day.sql} AS lesson_day, schools.name AS school_name, groups.name AS group_name,
        owners.full_name AS owner_name
      FROM documents
      JOIN schools ON schools.id = documents.school_id
      JOIN users owners ON owners.id = documents.owner_user_id
      LEFT JOIN groups ON groups.id = documents.group_id
      WHERE ${source.where.sql} AND ${source.unapproved.sql}
      ORDER BY schools.name, documents.school_id, groups.name, owners.full_name, documents.id
      LIMIT ? OFFSET ?`,
    bindings: [
      ...source.day.bindings,
      ...source.where.bindings,
      ...source.unapproved.bindings,
      page.perPage,
      offset,
    ],
  })
  return {
    total,
    items: found.map((row) => ({
      id: row.id,
      title: row.lesson_title || row.title,
      status: row.status,
      schoolName: row.school_name,
      groupName: row.group_name ?? null,
      ownerName: row.owner_name,
      day: toDate(row.lesson_day)!.startOf('day'),
    })),
  }
}

/** Per school of the scope, by name: how many lessons of the period were taught without an approved plan. */
async function unapprovedPerSchool(scope: FactScope, from: DateTime, to: DateTime) {
  const source = lessonSource(scope, false, from, to)
  const counts = await rows(
    joinSql(
      [
        {
          sql: `SELECT ${source.school} AS school_id, SUM(${source.count}) AS count`,
          bindings: [],
        },
        fromSql(source),
        {
          sql: `AND ${source.unapproved.sql} GROUP BY ${source.school}`,
          bindings: source.unapproved.bindings,
        },
      ],
      ' '
    )
  )
  const bySchool = new Map(counts.map((row) => [Number(row.school_id), Number(row.count)]))
  const schools = await db
    .from('schools')
    .whereIn('id', [...bySchool.keys()])
    .orderBy('name')
    .orderBy('id')
    .select('id')
  return schools
    .map((school) => ({ id: school.id as number, count: bySchool.get(school.id) ?? 0 }))
    .filter((school) => school.count > 0)
}

/** The schools the page's rows fall in, and the page's offset among their rows. */
function schoolsOfPage(perSchool: { id: number; count: number }[], page: PageRequest) {
  const start = (page.page - 1) * page.perPage
  const end = start + page.perPage
  const schoolIds: number[] = []
  let before = 0
  let offset = 0
  for (const school of perSchool) {
    const after = before + school.count
    if (after > start && before < end) {
      if (!schoolIds.length) offset = start - before
      schoolIds.push(school.id)
    }
    before = after
  }
  return { schoolIds, offset }
}
