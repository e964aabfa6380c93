import db from '@adonisjs/lucid/services/db'
import { kindDefinition, kindsWhere, type DocumentKind } from '#app/core/registries/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import type User from '#app/organization/models/user'
import School from '#app/organization/models/school'
import Group from '#app/organization/models/group'
import type { AccessScope } from '#app/organization/services/access_scope'
import { GROUP_MEMBER_ROLES } from '#app/core/registries/roles'
import {
  countsBy,
  emptyCounts,
  teacherPlanCoverage,
  topFindings,
  type StatusCounts,
} from '#app/workflow/services/dashboard_queries'
import { reviewQueue, toDate } from '#app/workflow/services/review_queue'
import { deadlineContext, dueDate, latenessOf } from '#app/workflow/services/deadlines'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'
import { urlFor } from '@adonisjs/core/services/url_builder'

/*
 * Dashboards per role, as plain tables (title, columns, rows, optional
 * drill-down links and a bar chart column). The page renders them and
 * the same tables export to .xlsx, so what is shown is what is exported.
 */
export type Cell = string | number
export interface DashboardTable {
  id: string
  title: string
  columns: string[]
  rows: Cell[][]
  links?: (string | null)[]
  /** Column index drawn as bars (a percentage). */
  chartColumn?: number
}

export type Translate = (key: string, data?: Record<string, unknown>) => string

export interface DashboardContext {
  user: User
  scope: AccessScope
  year: SchoolYear
  settings: WorkflowSettings
  t: Translate
  schoolId?: number
  groupId?: number
}

/** Which dashboard the user gets, widest scope first; null when the user has no role this year. */
export function dashboardKind(scope: AccessScope) {
  if (scope.seesEverything || scope.can('inspects')) return 'city' as const
  if (scope.principalSchoolIds.length) return 'school' as const
  if (scope.headedGroupIds.length || scope.ledSubgroupIds.length) return 'group' as const
  if (scope.hasAnyRole) return 'teacher' as const
  return null
}

export async function dashboardTables(context: DashboardContext): Promise<DashboardTable[]> {
  const kind = dashboardKind(context.scope)
  if (kind === 'city') return cityTables(context)
  if (kind === 'school') return schoolTables(context, context.scope.principalSchoolIds[0])
  if (kind === 'group') return groupTables(context)
  if (kind === 'teacher') return teacherTables(context)
  return []
}

/* ---------- the department and the offices ---------- */

async function cityTables(context: DashboardContext) {
  const { scope } = context
  if (context.groupId && (await groupInScope(context, context.groupId)))
    return teacherTable(context, context.groupId).then((t) => [t])
  if (context.schoolId && (await schoolInScope(context, context.schoolId)))
    return schoolTables(context, context.schoolId)

  const schools = await schoolsOf(scope)
  const bySchool = await countsBy('school_id', {
    year: context.year,
    settings: context.settings,
    scope,
  })
  const rows = schools.map((school) => ({
    school,
    counts: bySchool.get(String(school.id)) ?? emptyCounts(),
  }))
  return [
    {
      id: 'schools',
      title: context.t('workflow.dashboard.schools'),
      columns: countColumns(context.t, context.t('workflow.dashboard.school')),
      rows: rows.map(({ school, counts }) => countRow(school.name, counts)),
      links: rows.map(({ school }) => urlFor('dashboard.show', {}, { qs: { school: school.id } })),
      chartColumn: 7,
    },
    await findingsTable(context, { scope }),
  ]
}

function schoolsOf(scope: AccessScope) {
  const query = School.query().where('is_active', true).orderBy('name').select('id', 'name')
  const cityWide = scope.seesEverything || scope.can('coversSubjects')
  return cityWide ? query : query.whereIn('id', scope.officeSchoolIds)
}

async function schoolInScope(context: DashboardContext, schoolId: number) {
  const { scope } = context
  return (
    scope.seesEverything ||
    scope.can('coversSubjects') ||
    scope.officeSchoolIds.includes(schoolId) ||
    scope.principalSchoolIds.includes(schoolId)
  )
}

/** Sees every plan of the school (the principal's office, its office, the department's leaders). */
function overseesSchool(scope: AccessScope, schoolId: number) {
  return (
    scope.seesEverything ||
    scope.principalSchoolIds.includes(schoolId) ||
    scope.officeSchoolIds.includes(schoolId)
  )
}

async function groupInScope(context: DashboardContext, groupId: number) {
  const group = await Group.find(groupId)
  return Boolean(
    group &&
    ((await schoolInScope(context, group.schoolId)) ||
      context.scope.managedGroupIds.includes(groupId))
  )
}

/* ---------- the principal's office: per group and kind ---------- */

async function schoolTables(
  context: DashboardContext,
  schoolId: number
): Promise<DashboardTable[]> {
  if (context.groupId && (await groupInScope(context, context.groupId)))
    return [await teacherTable(context, context.groupId)]
  const { t, year, settings, scope } = context
  const groups = await Group.query()
    .where('school_id', schoolId)
    .where('is_active', true)
    .orderBy('name')
  const counts = await countsBy('group_id', {
    year,
    settings,
    scope,
    where: { school_id: schoolId },
    byKind: true,
  })
  /* Who has no plan yet is a fact about the whole school: only for those who oversee all of it. */
  const coverage = new Map<DocumentKind, Awaited<ReturnType<typeof teacherPlanCoverage>>>()
  const wholeSchool = overseesSchool(scope, schoolId)
  if (wholeSchool) {
    for (const kind of kindsWhere((candidate) => candidate.expected === 'one_per_teacher'))
      coverage.set(kind, await teacherPlanCoverage(year, schoolId, kind))
  }

  const rows: Cell[][] = []
  const links: string[] = []
  for (const group of groups) {
    for (const kind of kindsWhere((candidate) => candidate.level !== 'school')) {
      const c = counts.get(`${group.id}:${kind}`) ?? emptyCounts()
      rows.push([
        group.name,
        t(`workflow.kinds.${kind}`),
        c.submitted,
        c.approved,
        c.returned,
        c.late,
        wholeSchool ? missingOf(kind, c, coverage.get(kind)?.get(group.id)) : '–',
      ])
      links.push(urlFor('dashboard.show', {}, { qs: { group: group.id } }))
    }
  }
  const school = await School.find(schoolId)
  const schoolIdCounts = await countsBy('school_id', {
    year,
    settings,
    scope,
    where: { school_id: schoolId },
  })
  const schoolPlan = schoolIdCounts.get(String(schoolId))
  return [
    {
      id: 'groups',
      title: t('workflow.dashboard.groups', { school: school?.name ?? '' }),
      columns: [
        t('workflow.dashboard.group'),
        t('workflow.dashboard.kind'),
        t('documents.status.submitted'),
        t('documents.status.approved'),
        t('documents.status.returned'),
        t('workflow.dashboard.late'),
        t('workflow.dashboard.missing'),
      ],
      rows,
      links,
    },
    {
      id: 'school',
      title: t('workflow.dashboard.schoolTotals'),
      columns: countColumns(t, t('workflow.dashboard.school')),
      rows: [countRow(school?.name ?? '', schoolPlan ?? emptyCounts())],
      chartColumn: 7,
    },
    await findingsTable(context, { scope, where: { school_id: schoolId } }),
  ]
}

/** Missing plans: teachers without a PL3, a group without its PL1/PL2; lesson plans have no fixed number. */
function missingOf(
  kind: DocumentKind,
  counts: StatusCounts,
  coverage?: { teachers: number; withPlan: number }
): Cell {
  const expected = kindDefinition(kind).expected
  if (expected === 'one_per_teacher')
    return Math.max(0, (coverage?.teachers ?? 0) - (coverage?.withPlan ?? 0))
  if (expected === 'one_per_unit') return counts.total === 0 ? 1 : 0
  return '–'
}

/* ---------- the group head: who has submitted what ---------- */

/** The group of the first subgroup the user leads (a subgroup lead who heads no group). */
async function ledSubgroupsGroupId(context: DashboardContext): Promise<number | undefined> {
  const group = await Group.query()
    .whereIn(
      'id',
      db.from('subgroups').whereIn('id', context.scope.ledSubgroupIds).select('group_id')
    )
    .first()
  return group?.id
}

async function groupTables(context: DashboardContext): Promise<DashboardTable[]> {
  const groupId = context.scope.headedGroupIds[0] ?? (await ledSubgroupsGroupId(context))
  const pending = await reviewQueue(context.user.id, context.year, context.settings)
  const tables = groupId ? [await teacherTable(context, groupId)] : []
  tables.push({
    id: 'pending',
    title: context.t('workflow.dashboard.pending', { count: pending.length }),
    columns: [
      context.t('workflow.dashboard.teacher'),
      context.t('workflow.dashboard.document'),
      context.t('workflow.dashboard.due'),
    ],
    rows: pending.map((item) => [
      item.ownerName,
      item.lessonTitle || item.title,
      item.due?.toFormat('dd/MM/yyyy') ?? '',
    ]),
    links: pending.map((item) => urlFor('reviews.show', { id: item.id })),
  })
  return tables
}

async function teacherTable(context: DashboardContext, groupId: number): Promise<DashboardTable> {
  const { t, year, settings } = context
  const group = await Group.findOrFail(groupId)
  const teachers = await db
    .from('role_assignments')
    .join('users', 'users.id', 'role_assignments.user_id')
    .where({ 'role_assignments.school_year_id': year.id, 'role_assignments.group_id': groupId })
    .whereIn('role_assignments.role', GROUP_MEMBER_ROLES)
    .distinct('users.id', 'users.full_name')
    .orderBy('users.full_name')
  const counts = await countsBy('owner_user_id', {
    year,
    settings,
    scope: context.scope,
    where: { group_id: groupId },
  })
  /* Someone who sees only part of the group (a specialist's subjects) sees only the teachers with plans in that part. */
  const wholeGroup =
    overseesSchool(context.scope, group.schoolId) || context.scope.managedGroupIds.includes(groupId)
  const shown = wholeGroup ? teachers : teachers.filter((teacher) => counts.has(String(teacher.id)))
  return {
    id: 'teachers',
    title: t('workflow.dashboard.teachers', { group: group.name }),
    columns: countColumns(t, t('workflow.dashboard.teacher')),
    rows: shown.map((teacher) =>
      countRow(teacher.full_name, counts.get(String(teacher.id)) ?? emptyCounts())
    ),
    chartColumn: 7,
  }
}

/* ---------- the teacher: my deadlines and returned plans ---------- */

async function teacherTables(context: DashboardContext): Promise<DashboardTable[]> {
  const { t, year, settings } = context
  const documents = await db
    .from('documents')
    .where({ owner_user_id: context.user.id, school_year_id: year.id })
    .whereNot('status', 'approved')
    .select('id', 'kind', 'title', 'lesson_title', 'status', 'teaching_date', 'teaching_week')
    .orderBy('id', 'desc')
    .limit(200)
  const deadlines = deadlineContext(year, settings)
  const items = documents
    .map((row) => {
      const facts = {
        kind: row.kind,
        status: row.status,
        teachingDate: toDate(row.teaching_date),
        teachingWeek: row.teaching_week,
      }
      return { row, due: dueDate(facts, deadlines), lateness: latenessOf(facts, deadlines) }
    })
    .sort((a, b) => (a.due?.toMillis() ?? Infinity) - (b.due?.toMillis() ?? Infinity))

  const returned = items.filter((item) => item.row.status === 'returned')
  const comments = await lastReturnComments(returned.map((item) => item.row.id))
  return [
    {
      id: 'deadlines',
      title: t('workflow.dashboard.myDeadlines'),
      columns: [
        t('workflow.dashboard.document'),
        t('workflow.dashboard.kind'),
        t('workflow.dashboard.status'),
        t('workflow.dashboard.due'),
        t('workflow.dashboard.late'),
      ],
      rows: items.map(({ row, due, lateness }) => [
        row.lesson_title || row.title,
        t(`workflow.kinds.${row.kind}`),
        t(`documents.status.${row.status}`),
        due?.toFormat('dd/MM/yyyy') ?? '',
        t(`workflow.lateness.${lateness}`),
      ]),
      links: items.map(({ row }) => urlFor('documents.show', { id: row.id })),
    },
    {
      id: 'returned',
      title: t('workflow.dashboard.returned'),
      columns: [t('workflow.dashboard.document'), t('workflow.dashboard.comment')],
      rows: returned.map(({ row }) => [row.lesson_title || row.title, comments.get(row.id) ?? '']),
      links: returned.map(({ row }) => urlFor('documents.show', { id: row.id })),
    },
  ]
}

async function lastReturnComments(documentIds: number[]) {
  if (!documentIds.length) return new Map<number, string>()
  const rows = await db
    .from('document_events')
    .whereIn('document_id', documentIds)
    .where('action', 'returned')
    .whereIn(
      'id',
      db
        .from('document_events')
        .whereIn('document_id', documentIds)
        .where('action', 'returned')
        .groupBy('document_id')
        .max('id')
    )
    .select('document_id', 'comment')
  return new Map(rows.map((row) => [row.document_id as number, row.comment as string]))
}

/* ---------- shared columns ---------- */

function countColumns(t: Translate, first: string) {
  return [
    first,
    t('workflow.dashboard.total'),
    t('documents.status.draft'),
    t('documents.status.submitted'),
    t('documents.status.approved'),
    t('documents.status.returned'),
    t('workflow.dashboard.late'),
    t('workflow.dashboard.approvedRate'),
  ]
}

function countRow(label: string, c: StatusCounts): Cell[] {
  return [
    label,
    c.total,
    c.draft,
    c.submitted,
    c.approved,
    c.returned,
    c.late,
    c.total ? Math.round((100 * c.approved) / c.total) : 0,
  ]
}

async function findingsTable(
  context: DashboardContext,
  options: Parameters<typeof topFindings>[1]
): Promise<DashboardTable> {
  const rows = await topFindings(context.year, options)
  const { t } = context
  return {
    id: 'findings',
    title: t('workflow.dashboard.topFindings'),
    columns: [
      t('workflow.dashboard.finding'),
      t('workflow.dashboard.severity'),
      t('workflow.dashboard.count'),
    ],
    rows: rows.map((row) => [row.message, t(`workflow.severity.${row.severity}`), row.total]),
  }
}
