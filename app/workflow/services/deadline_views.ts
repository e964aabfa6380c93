import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { isDocumentKind, type DocumentKind } from '#app/core/registries/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import type { Cell, DashboardTable, Translate } from '#app/workflow/services/dashboard'
import {
  lessonsByWeek,
  owedCounts,
  owedKinds,
  owedKindsIn,
  owedList,
  unapprovedLessonCounts,
  unapprovedLessonList,
  unitKey,
  type FactScope,
  type OwedPlan,
  type PageRequest,
  type TaughtLesson,
} from '#app/workflow/services/deadline_facts'
import { deadlineContext } from '#app/workflow/services/deadlines'
import { teachingWeeks, type WeekRange } from '#app/workflow/services/school_calendar'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'

/*
 * The leaders' deadline views: per school (or per group of one school),
 * the yearly plans not handed in or not approved by the deadline, the
 * lessons taught without an approved plan this week and this month, and
 * the same by teaching week. Every figure links to the list of people and
 * plans it counts (deadlineDetail, one page at a time), and every table
 * exports to .xlsx. The figures are counted in SQL (deadline_facts).
 */
export interface DeadlineTable extends DashboardTable {
  /** Per row, per column: where the figure drills down to (null: not a figure). */
  cellLinks: (string | null)[][]
  /** A detail list: the page shown and how many rows the figure counts. */
  pagination?: { page: number; perPage: number; total: number; lastPage: number }
}

export interface DeadlineViewContext {
  year: SchoolYear
  settings: WorkflowSettings
  t: Translate
  today: DateTime
  /** The schools the leader may see (deadline_scope). */
  schoolIds: number[]
  /** A department specialist: the subjects covered (deadline_scope); undefined for everyone else. */
  subjectIds?: number[]
  /** The principal's own school (deadline_scope.homeSchoolId): its groups are the rows. */
  homeSchoolId?: number
  /** Narrowed to one school, and one of its groups; both already checked against schoolIds. */
  schoolId?: number
  groupId?: number
}

export type Figure =
  'not_submitted' | 'not_approved' | 'taught_week' | 'taught_month' | 'taught_in_week'
const FIGURES: readonly Figure[] = [
  'not_submitted',
  'not_approved',
  'taught_week',
  'taught_month',
  'taught_in_week',
]

export interface FigureQuery {
  figure: Figure
  kind?: DocumentKind
  week?: number
}

/** Rows of a detail list per page. */
export const DETAIL_PER_PAGE = 50

interface Unit {
  label: string
  link: string | null
  filter: { school: number; group?: number }
}

const showUrl = (qs: Record<string, unknown>) => urlFor('deadlines.show', {}, { qs })
const detailUrl = (qs: Record<string, unknown>) => urlFor('deadlines.detail', {}, { qs })

/** The school in focus: the one asked for, or the principal's own. */
export function focusSchool(context: DeadlineViewContext) {
  return context.schoolId ?? context.homeSchoolId
}

/** What the figures count: the schools (or the one in focus), its group, the specialist's subjects. */
function factScope(context: DeadlineViewContext): FactScope {
  const school = focusSchool(context)
  const { calendar } = deadlineContext(context.year, context.settings)
  return {
    year: context.year,
    weeks: teachingWeeks(calendar!),
    schoolIds: school === undefined ? context.schoolIds : [school],
    groupId: context.groupId,
    subjectIds: context.subjectIds,
  }
}

async function unitsOf(context: DeadlineViewContext): Promise<Unit[]> {
  const school = focusSchool(context)
  if (school === undefined) {
    const schools = await db
      .from('schools')
      .whereIn('id', context.schoolIds)
      .orderBy('name')
      .select('id', 'name')
    return schools.map((row) => ({
      label: row.name,
      link: showUrl({ school: row.id }),
      filter: { school: row.id },
    }))
  }
  const groups = await db
    .from('groups')
    .where({ school_id: school, is_active: true })
    .orderBy('name')
    .select('id', 'name')
  const units = groups.map((row) => ({
    label: row.name,
    link: null,
    filter: { school, group: row.id },
  }))
  return context.groupId === undefined
    ? units
    : units.filter((unit) => unit.filter.group === context.groupId)
}

/** The teaching weeks begun by today, the current week and month. */
function periods(context: DeadlineViewContext, scope: FactScope) {
  const today = context.today.startOf('day')
  const weeks = scope.weeks.filter((week) => week.start <= today)
  return { today, weeks, week: today.startOf('week'), month: today.startOf('month') }
}

/* ---------- the summary ---------- */

export async function deadlineTables(context: DeadlineViewContext): Promise<DeadlineTable[]> {
  const scope = factScope(context)
  const byGroup = focusSchool(context) !== undefined
  const { today, weeks, week, month } = periods(context, scope)
  const [units, owed, taught, trend] = await Promise.all([
    unitsOf(context),
    owedCounts(scope, byGroup),
    unapprovedLessonCounts(scope, byGroup, [week, month], today),
    lessonsByWeek(scope, weeks, today),
  ])
  return [
    yearlyTable(context, units, owed),
    lessonTable(context, units, taught),
    trendTable(context, trend, weeks),
  ]
}

const keyOf = (unit: Unit) => unitKey(unit.filter.school, unit.filter.group)

function yearlyTable(
  context: DeadlineViewContext,
  units: Unit[],
  owed: Awaited<ReturnType<typeof owedCounts>>
): DeadlineTable {
  const { t } = context
  const kinds = owedKindsIn(context, focusSchool(context) !== undefined)
  const figures = kinds.flatMap((kind) => [
    { kind, figure: 'not_submitted' as const },
    { kind, figure: 'not_approved' as const },
  ])
  return {
    id: 'yearly',
    title: t('deadlines.yearly.title', { date: context.year.planDeadline.toFormat('dd/MM/yyyy') }),
    columns: [
      unitColumn(context),
      ...figures.map(({ kind, figure }) =>
        t(`deadlines.yearly.${figure}`, { kind: t(`workflow.kinds.${kind}`) })
      ),
    ],
    rows: units.map((unit) => [
      unit.label,
      ...figures.map(({ kind, figure }) => {
        const counts = owed.get(keyOf(unit))?.get(kind)
        return (figure === 'not_submitted' ? counts?.notSubmitted : counts?.notApproved) ?? 0
      }),
    ]),
    links: units.map((unit) => unit.link),
    cellLinks: units.map((unit) => [
      null,
      ...figures.map(({ kind, figure }) => detailUrl({ figure, kind, ...unit.filter })),
    ]),
  }
}

function lessonTable(
  context: DeadlineViewContext,
  units: Unit[],
  taught: Map<string, number[]>
): DeadlineTable {
  const { t } = context
  return {
    id: 'lessons',
    title: t('deadlines.lessons.title'),
    columns: [
      unitColumn(context),
      t('deadlines.lessons.taught_week'),
      t('deadlines.lessons.taught_month'),
    ],
    rows: units.map((unit) => [unit.label, ...(taught.get(keyOf(unit)) ?? [0, 0])]),
    links: units.map((unit) => unit.link),
    cellLinks: units.map((unit) => [
      null,
      detailUrl({ figure: 'taught_week', ...unit.filter }),
      detailUrl({ figure: 'taught_month', ...unit.filter }),
    ]),
  }
}

function trendTable(
  context: DeadlineViewContext,
  trend: Awaited<ReturnType<typeof lessonsByWeek>>,
  weeks: WeekRange[]
): DeadlineTable {
  const { t } = context
  const school = focusSchool(context)
  const scopeQs =
    school === undefined ? {} : { school, ...(context.groupId ? { group: context.groupId } : {}) }
  const rows = weeks.map((week) => {
    const { lessons, unapproved } = trend.get(week.week) ?? { lessons: 0, unapproved: 0 }
    return {
      week,
      cells: [
        t('deadlines.trend.week', { week: week.week }),
        `${week.start.toFormat('dd/MM')}–${week.end.toFormat('dd/MM/yyyy')}`,
        lessons,
        unapproved,
        lessons ? Math.round((100 * unapproved) / lessons) : 0,
      ] as Cell[],
    }
  })
  return {
    id: 'trend',
    title: t('deadlines.trend.title'),
    columns: [
      t('deadlines.trend.weekColumn'),
      t('deadlines.trend.dates'),
      t('deadlines.trend.lessons'),
      t('deadlines.trend.unapproved'),
      t('deadlines.trend.rate'),
    ],
    rows: rows.map((row) => row.cells),
    cellLinks: rows.map(({ week }) => [
      null,
      null,
      null,
      detailUrl({ figure: 'taught_in_week', week: week.week, ...scopeQs }),
      null,
    ]),
  }
}

function unitColumn(context: DeadlineViewContext) {
  return focusSchool(context) === undefined
    ? context.t('workflow.dashboard.school')
    : context.t('workflow.dashboard.group')
}

/* ---------- one figure, down to the people and the plans ---------- */

export function parseFigure(input: {
  figure?: unknown
  kind?: unknown
  week?: unknown
}): FigureQuery | null {
  const figure = FIGURES.find((candidate) => candidate === input.figure)
  if (!figure) return null
  if (figure === 'not_submitted' || figure === 'not_approved') {
    return isDocumentKind(input.kind) && owedKinds().includes(input.kind)
      ? { figure, kind: input.kind }
      : null
  }
  if (figure === 'taught_in_week') {
    const week = Number(input.week)
    return Number.isInteger(week) && week > 0 ? { figure, week } : null
  }
  return { figure }
}

/** The page asked for (?page=), from 1. */
export function parsePage(input: { page?: unknown }): number {
  const page = Number(input.page)
  return Number.isInteger(page) && page > 0 ? page : 1
}

/** One page of the people and plans a figure counts. */
export async function deadlineDetail(
  context: DeadlineViewContext,
  query: FigureQuery,
  page: PageRequest = { page: 1, perPage: DETAIL_PER_PAGE }
): Promise<DeadlineTable> {
  const scope = factScope(context)
  if (query.kind) {
    const found = await owedList(
      scope,
      query.kind,
      query.figure === 'not_submitted' ? 'not_submitted' : 'not_approved',
      page
    )
    return { ...owedDetail(context, query, found.items), pagination: paging(page, found.total) }
  }
  const { today, weeks, week, month } = periods(context, scope)
  const range =
    query.figure === 'taught_week'
      ? { start: week, end: today }
      : query.figure === 'taught_month'
        ? { start: month, end: today }
        : weeks.find((candidate) => candidate.week === query.week)
  const found = range
    ? await unapprovedLessonList(scope, range.start, range.end, page)
    : { items: [], total: 0 }
  return { ...lessonDetail(context, query, found.items), pagination: paging(page, found.total) }
}

function paging(page: PageRequest, total: number) {
  return { ...page, total, lastPage: Math.max(1, Math.ceil(total / page.perPage)) }
}

function owedDetail(
  context: DeadlineViewContext,
  query: FigureQuery,
  items: OwedPlan[]
): DeadlineTable {
  const { t } = context
  return {
    id: 'detail',
    title: t(`deadlines.detail.${query.figure}`, {
      kind: t(`workflow.kinds.${query.kind}`),
      date: context.year.planDeadline.toFormat('dd/MM/yyyy'),
    }),
    columns: [
      t('workflow.dashboard.school'),
      t('workflow.dashboard.group'),
      t('deadlines.detail.people'),
      t('workflow.dashboard.document'),
      t('workflow.dashboard.status'),
    ],
    rows: items.map((item) => [
      item.schoolName,
      item.groupName ?? '',
      item.people,
      item.plans.map((plan) => plan.title).join('; ') || t('deadlines.detail.none'),
      item.plans.map((plan) => t(`documents.status.${plan.status}`)).join('; ') ||
        t('deadlines.detail.none'),
    ]),
    cellLinks: items.map((item) => [
      null,
      null,
      null,
      item.plans[0] ? urlFor('documents.show', { id: item.plans[0].id }) : null,
      null,
    ]),
  }
}

function lessonDetail(
  context: DeadlineViewContext,
  query: FigureQuery,
  items: TaughtLesson[]
): DeadlineTable {
  const { t } = context
  return {
    id: 'detail',
    title: t(`deadlines.detail.${query.figure}`, { week: query.week }),
    columns: [
      t('workflow.dashboard.school'),
      t('workflow.dashboard.group'),
      t('workflow.dashboard.teacher'),
      t('workflow.dashboard.document'),
      t('deadlines.detail.day'),
      t('workflow.dashboard.status'),
    ],
    rows: items.map((item) => [
      item.schoolName,
      item.groupName ?? '',
      item.ownerName,
      item.title,
      item.day.toFormat('dd/MM/yyyy'),
      t(`documents.status.${item.status}`),
    ]),
    cellLinks: items.map((item) => [
      null,
      null,
      null,
      urlFor('documents.show', { id: item.id }),
      null,
      null,
    ]),
  }
}
