import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { isDocumentKind, kindDefinition, type DocumentKind } from '#app/documents/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import type { Cell, DashboardTable, Translate } from '#app/workflow/services/dashboard'
import {
  owedKinds,
  owedPlans,
  taughtLessons,
  type OwedPlan,
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
 * plans it counts (deadlineDetail), and every table exports to .xlsx.
 */
export interface DeadlineTable extends DashboardTable {
  /** Per row, per column: where the figure drills down to (null: not a figure). */
  cellLinks: (string | null)[][]
}

export interface DeadlineViewContext {
  year: SchoolYear
  settings: WorkflowSettings
  t: Translate
  today: DateTime
  /** The schools the leader may see (deadline_scope). */
  schoolIds: number[]
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

interface Unit {
  label: string
  link: string | null
  filter: { school: number; group?: number }
}

type Located = { schoolId: number; groupId: number | null }

/** Items by the unit they count for (a school, or a group of it): one pass, whatever the number of units. */
function byUnit<T extends Located>(items: T[], byGroup: boolean) {
  const units = new Map<string, T[]>()
  for (const item of items) {
    const key = unitKey({
      school: item.schoolId,
      group: byGroup ? (item.groupId ?? undefined) : undefined,
    })
    const list = units.get(key)
    if (list) list.push(item)
    else units.set(key, [item])
  }
  return (unit: Unit) => units.get(unitKey(unit.filter)) ?? []
}
const unitKey = (filter: Unit['filter']) =>
  filter.group === undefined ? `${filter.school}` : `${filter.school}:${filter.group}`
const showUrl = (qs: Record<string, unknown>) => urlFor('deadlines.show', {}, { qs })
const detailUrl = (qs: Record<string, unknown>) => urlFor('deadlines.detail', {}, { qs })

/** The school in focus: the one asked for, or the principal's own. */
export function focusSchool(context: DeadlineViewContext) {
  return context.schoolId ?? context.homeSchoolId
}

function inFocus(context: DeadlineViewContext) {
  const school = focusSchool(context)
  return (item: Located) =>
    (school === undefined || item.schoolId === school) &&
    (context.groupId === undefined || item.groupId === context.groupId)
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

/** The teaching weeks begun by today, and the first day any table looks at. */
function periods(context: DeadlineViewContext) {
  const { calendar } = deadlineContext(context.year, context.settings)
  const today = context.today.startOf('day')
  const weeks = teachingWeeks(calendar!).filter((week) => week.start <= today)
  const week = today.startOf('week')
  const month = today.startOf('month')
  const from = [weeks[0]?.start, week, month]
    .filter((day): day is DateTime => Boolean(day))
    .reduce((a, b) => (a < b ? a : b))
  return { today, weeks, week, month, from }
}

/* ---------- the summary ---------- */

export async function deadlineTables(context: DeadlineViewContext): Promise<DeadlineTable[]> {
  const units = await unitsOf(context)
  const schools = focusSchool(context) === undefined ? context.schoolIds : [focusSchool(context)!]
  const { today, weeks, week, month, from } = periods(context)
  const [owed, lessons] = await Promise.all([
    owedPlans(context.year, schools),
    taughtLessons(context.year, context.settings, schools, from, today),
  ])
  const taught = lessons.filter(inFocus(context))
  return [
    yearlyTable(context, units, owed),
    lessonTable(context, units, taught, week, month),
    trendTable(context, taught, weeks),
  ]
}

function yearlyTable(context: DeadlineViewContext, units: Unit[], owed: OwedPlan[]): DeadlineTable {
  const { t } = context
  const byGroup = focusSchool(context) !== undefined
  const kinds = owedKinds().filter((kind) => !byGroup || kindDefinition(kind).level !== 'school')
  const figures = kinds.flatMap((kind) => [
    { kind, figure: 'not_submitted' as const, count: (item: OwedPlan) => !item.submitted },
    { kind, figure: 'not_approved' as const, count: (item: OwedPlan) => !item.approvedInTime },
  ])
  const ofUnit = byUnit(owed, byGroup)
  const rows = units.map((unit) => {
    const mine = ofUnit(unit)
    return figures.map(
      ({ kind, count }) => mine.filter((item) => item.kind === kind && count(item)).length
    )
  })
  return {
    id: 'yearly',
    title: t('deadlines.yearly.title', { date: context.year.planDeadline.toFormat('dd/MM/yyyy') }),
    columns: [
      unitColumn(context),
      ...figures.map(({ kind, figure }) =>
        t(`deadlines.yearly.${figure}`, { kind: t(`workflow.kinds.${kind}`) })
      ),
    ],
    rows: units.map((unit, index) => [unit.label, ...rows[index]]),
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
  taught: TaughtLesson[],
  week: DateTime,
  month: DateTime
): DeadlineTable {
  const { t, today } = context
  const ofUnit = byUnit(
    taught.filter((lesson) => !lesson.approvedBeforeLesson),
    focusSchool(context) !== undefined
  )
  const inWeek = (lesson: TaughtLesson) => lesson.day >= week && lesson.day <= today.startOf('day')
  const inMonth = (lesson: TaughtLesson) =>
    lesson.day >= month && lesson.day <= today.startOf('day')
  return {
    id: 'lessons',
    title: t('deadlines.lessons.title'),
    columns: [
      unitColumn(context),
      t('deadlines.lessons.taught_week'),
      t('deadlines.lessons.taught_month'),
    ],
    rows: units.map((unit) => {
      const mine = ofUnit(unit)
      return [unit.label, mine.filter(inWeek).length, mine.filter(inMonth).length]
    }),
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
  taught: TaughtLesson[],
  weeks: WeekRange[]
): DeadlineTable {
  const { t } = context
  const school = focusSchool(context)
  const scopeQs =
    school === undefined ? {} : { school, ...(context.groupId ? { group: context.groupId } : {}) }
  const rows = weeks.map((week) => {
    const lessons = taught.filter((lesson) => lesson.day >= week.start && lesson.day <= week.end)
    const without = lessons.filter((lesson) => !lesson.approvedBeforeLesson).length
    return {
      week,
      cells: [
        t('deadlines.trend.week', { week: week.week }),
        `${week.start.toFormat('dd/MM')}–${week.end.toFormat('dd/MM/yyyy')}`,
        lessons.length,
        without,
        lessons.length ? Math.round((100 * without) / lessons.length) : 0,
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

export async function deadlineDetail(
  context: DeadlineViewContext,
  query: FigureQuery
): Promise<DeadlineTable> {
  const schools = focusSchool(context) === undefined ? context.schoolIds : [focusSchool(context)!]
  const names = await placeNames(schools)
  if (query.kind) {
    const plans = await owedPlans(context.year, schools)
    const owed = plans.filter(inFocus(context)).filter((item) => item.kind === query.kind)
    const items = owed.filter((item) =>
      query.figure === 'not_submitted' ? !item.submitted : !item.approvedInTime
    )
    return owedDetail(context, query, items, names)
  }
  const { today, weeks, week, month, from } = periods(context)
  const range =
    query.figure === 'taught_week'
      ? { start: week, end: today }
      : query.figure === 'taught_month'
        ? { start: month, end: today }
        : weeks.find((candidate) => candidate.week === query.week)
  const lessons = range
    ? await taughtLessons(context.year, context.settings, schools, from, today)
    : []
  const items = lessons
    .filter(inFocus(context))
    .filter(
      (lesson) =>
        !lesson.approvedBeforeLesson &&
        range &&
        lesson.day >= range.start &&
        lesson.day <= range.end
    )
  return lessonDetail(context, query, items, names)
}

function owedDetail(
  context: DeadlineViewContext,
  query: FigureQuery,
  items: OwedPlan[],
  names: PlaceNames
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
      names.schools.get(item.schoolId) ?? '',
      item.groupId ? (names.groups.get(item.groupId) ?? '') : '',
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
  items: TaughtLesson[],
  names: PlaceNames
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
      names.schools.get(item.schoolId) ?? '',
      item.groupId ? (names.groups.get(item.groupId) ?? '') : '',
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

interface PlaceNames {
  schools: Map<number, string>
  groups: Map<number, string>
}

async function placeNames(schoolIds: number[]): Promise<PlaceNames> {
  const [schools, groups] = await Promise.all([
    db.from('schools').whereIn('id', schoolIds).select('id', 'name'),
    db.from('groups').whereIn('school_id', schoolIds).select('id', 'name'),
  ])
  return {
    schools: new Map(schools.map((row) => [row.id, row.name])),
    groups: new Map(groups.map((row) => [row.id, row.name])),
  }
}
