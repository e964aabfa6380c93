import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { kindDefinition, kindsWhere, lessonKinds, type DocumentKind } from '#app/documents/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import { APPROVED_STATUS } from '#app/organization/services/roles'
import { deadlineContext, lessonDay } from '#app/workflow/services/deadlines'
import { teachingWeeks } from '#app/workflow/services/school_calendar'
import { toDate } from '#app/workflow/services/review_queue'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'

/*
 * The raw facts behind the leaders' deadline views, for a set of schools:
 * every yearly plan owed (by a school, a group or a teacher, as the kind
 * registry says) with whether it was handed in and approved by the
 * deadline, and every lesson taught in a period with whether its plan was
 * approved before the lesson. A plan approved without a recorded approval
 * (imported) counts as approved in time.
 */
export interface PlanRef {
  id: number
  title: string
  status: string
}

export interface OwedPlan {
  kind: DocumentKind
  schoolId: number
  groupId: number | null
  /** Who owes it: the teacher, or the unit's heads (principal's office, group heads). */
  people: string
  plans: PlanRef[]
  /** Handed in: a plan of the kind is submitted or approved. */
  submitted: boolean
  approvedInTime: boolean
}

export interface TaughtLesson extends PlanRef {
  schoolId: number
  groupId: number | null
  ownerName: string
  day: DateTime
  approvedBeforeLesson: boolean
}

/** Yearly plans with a fixed number owed (one per unit or per teacher), from the kind registry. */
export function owedKinds(): DocumentKind[] {
  return kindsWhere((kind) => kind.deadline === 'school_year' && kind.expected !== 'any')
}

export async function owedPlans(year: SchoolYear, schoolIds: number[]): Promise<OwedPlan[]> {
  const kinds = owedKinds()
  if (!schoolIds.length || !kinds.length) return []
  const documentsOfYear = () =>
    db
      .from('documents')
      .where('school_year_id', year.id)
      .whereIn('school_id', schoolIds)
      .whereIn('kind', kinds)
  const [groups, roles, documents, approvals] = await Promise.all([
    db
      .from('groups')
      .whereIn('school_id', schoolIds)
      .where('is_active', true)
      .select('id', 'school_id'),
    db
      .from('role_assignments')
      .join('users', 'users.id', 'role_assignments.user_id')
      .where('role_assignments.school_year_id', year.id)
      .whereIn('role_assignments.school_id', schoolIds)
      .whereIn('role_assignments.role', ['teacher', 'group_head', 'principal'])
      .select(
        'role_assignments.role',
        'role_assignments.school_id',
        'role_assignments.group_id',
        'users.id as user_id',
        'users.full_name'
      ),
    documentsOfYear()
      .select('id', 'kind', 'school_id', 'group_id', 'owner_user_id', 'title', 'status')
      .orderBy('id'),
    firstApprovals(documentsOfYear().select('id')),
  ])
  const deadline = year.planDeadline.endOf('day')
  const owed = (
    kind: DocumentKind,
    schoolId: number,
    groupId: number | null,
    people: string,
    test: (row: any) => boolean
  ): OwedPlan => {
    const rows = documents.filter((row) => row.kind === kind && test(row))
    return {
      kind,
      schoolId,
      groupId,
      people,
      plans: rows.map((row) => ({ id: row.id, title: row.title, status: row.status })),
      submitted: rows.some((row) => row.status === 'submitted' || row.status === APPROVED_STATUS),
      approvedInTime: rows.some(
        (row) => row.status === APPROVED_STATUS && approvedBy(approvals.get(row.id), deadline)
      ),
    }
  }
  const namesOf = (role: string, test: (row: any) => boolean) =>
    [
      ...new Set(roles.filter((row) => row.role === role && test(row)).map((row) => row.full_name)),
    ].join(', ')

  const result: OwedPlan[] = []
  for (const kind of kinds) {
    const { level, expected } = kindDefinition(kind)
    if (expected === 'one_per_teacher') {
      const teachers = new Map<string, any>()
      for (const row of roles)
        if (row.role === 'teacher' && row.group_id)
          teachers.set(`${row.user_id}:${row.group_id}`, row)
      for (const row of teachers.values())
        result.push(
          owed(
            kind,
            row.school_id,
            row.group_id,
            row.full_name,
            (d) => d.owner_user_id === row.user_id && d.group_id === row.group_id
          )
        )
    } else if (level === 'group') {
      for (const group of groups)
        result.push(
          owed(
            kind,
            group.school_id,
            group.id,
            namesOf('group_head', (r) => r.group_id === group.id),
            (d) => d.group_id === group.id
          )
        )
    } else {
      for (const schoolId of schoolIds)
        result.push(
          owed(
            kind,
            schoolId,
            null,
            namesOf('principal', (r) => r.school_id === schoolId),
            (d) => d.school_id === schoolId
          )
        )
    }
  }
  return result
}

/** Lesson plans whose lesson (a date, or the Monday of its week) falls between `from` and `to`, both included. */
export async function taughtLessons(
  year: SchoolYear,
  settings: WorkflowSettings,
  schoolIds: number[],
  from: DateTime,
  to: DateTime
): Promise<TaughtLesson[]> {
  if (!schoolIds.length) return []
  const { calendar } = deadlineContext(year, settings)
  const first = from.startOf('day')
  const last = to.startOf('day')
  const weeks = teachingWeeks(calendar!)
    .filter((week) => week.start >= first && week.start <= last)
    .map((week) => week.week)
  const lessons = () =>
    db
      .from('documents')
      .where('documents.school_year_id', year.id)
      .whereIn('documents.school_id', schoolIds)
      .whereIn('documents.kind', lessonKinds())
      .where((query) => {
        query.whereBetween('documents.teaching_date', [first.toISODate()!, last.toISODate()!])
        if (weeks.length)
          query.orWhere((byWeek) =>
            byWeek.whereNull('documents.teaching_date').whereIn('documents.teaching_week', weeks)
          )
      })
  const [rows, approvals] = await Promise.all([
    lessons()
      .join('users as owners', 'owners.id', 'documents.owner_user_id')
      .select(
        'documents.id',
        'documents.title',
        'documents.lesson_title',
        'documents.status',
        'documents.school_id',
        'documents.group_id',
        'documents.teaching_date',
        'documents.teaching_week',
        'owners.full_name as owner_name'
      )
      .orderBy('documents.id'),
    firstApprovals(lessons().select('documents.id')),
  ])
  return rows.map((row): TaughtLesson => {
    const day = lessonDay(
      { teachingDate: toDate(row.teaching_date), teachingWeek: row.teaching_week },
      calendar
    )!
    return {
      id: row.id,
      title: row.lesson_title || row.title,
      status: row.status,
      schoolId: row.school_id,
      groupId: row.group_id,
      ownerName: row.owner_name,
      day,
      approvedBeforeLesson:
        row.status === APPROVED_STATUS &&
        approvedBy(approvals.get(row.id), day.minus({ milliseconds: 1 })),
    }
  })
}

/** Approved no later than `limit`; an approved plan with no recorded approval counts as approved in time. */
function approvedBy(approvedAt: DateTime | undefined, limit: DateTime) {
  return !approvedAt || approvedAt <= limit
}

/** When each document was first approved (by its reviewer or recorded for the council). */
async function firstApprovals(documentIds: ReturnType<typeof db.from>) {
  const rows = await db
    .from('document_events')
    .whereIn('document_id', documentIds)
    .where('to_status', APPROVED_STATUS)
    .groupBy('document_id')
    .select('document_id', db.raw('MIN(created_at) as approved_at'))
  return new Map(rows.map((row) => [row.document_id as number, toDate(row.approved_at)!]))
}
