import { DateTime } from 'luxon'
import { lessonKinds, yearlyKinds } from '#app/core/registries/kinds'
import db from '@adonisjs/lucid/services/db'
import type SchoolYear from '#app/organization/models/school_year'
import type { AccessScope } from '#app/organization/services/access_scope'
import { joinLatestRun } from '#app/workflow/services/latest_run_join'
import { checkBadgeOf } from '#app/workflow/services/check_badge'
import { deadlineContext, latenessOf } from '#app/workflow/services/deadlines'
import { teachingWeeks } from '#app/workflow/services/school_calendar'
import { toDate } from '#app/workflow/services/review_queue'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'

export interface InspectionFilters {
  schoolId?: number
  groupId?: number
  subjectId?: number
  teacher?: string
  kind?: string
  status?: string
  late?: boolean
  hasFindings?: boolean
  page?: number
}

export const PAGE_SIZE = 50

/**
 * The documents an inspector may read (AccessScope narrows the query),
 * filtered as the form asks, most recently changed first; one query per
 * page and no count: the pager only needs to know whether a next page exists.
 */
export async function inspectionList(
  scope: AccessScope,
  year: SchoolYear,
  settings: WorkflowSettings,
  filters: InspectionFilters
) {
  const query = db
    .from('documents')
    .join('users as owners', 'owners.id', 'documents.owner_user_id')
    .join('schools', 'schools.id', 'documents.school_id')
    .leftJoin('groups', 'groups.id', 'documents.group_id')
    .leftJoin('subjects', 'subjects.id', 'documents.subject_id')
    .where('documents.school_year_id', year.id)
  joinLatestRun(query)
  scope.applyTo(query)

  if (filters.schoolId) query.where('documents.school_id', filters.schoolId)
  if (filters.groupId) query.where('documents.group_id', filters.groupId)
  if (filters.subjectId) query.where('documents.subject_id', filters.subjectId)
  if (filters.kind) query.where('documents.kind', filters.kind)
  if (filters.status) query.where('documents.status', filters.status)
  if (filters.teacher)
    query.whereRaw('LOWER(owners.full_name) LIKE ?', [`%${filters.teacher.toLowerCase()}%`])
  if (filters.hasFindings)
    query.whereRaw('(COALESCE(latest_run.errors, 0) + COALESCE(latest_run.warnings, 0)) > 0')
  if (filters.late) whereLate(query, year, settings)

  const page = Math.max(1, filters.page ?? 1)
  const rows = await query
    .select(
      'documents.id',
      'documents.kind',
      'documents.title',
      'documents.lesson_title',
      'documents.status',
      'documents.teaching_date',
      'documents.teaching_week',
      'owners.full_name as owner_name',
      'schools.name as school_name',
      'groups.name as group_name',
      'subjects.name as subject_name',
      'latest_run.status as run_status',
      'latest_run.errors as run_errors',
      'latest_run.warnings as run_warnings'
    )
    /* Newest activity first: an index on (school_year_id, updated_at, id) yields the page without
       reading the whole scope (sorting by school name read every plan of a city-wide inspector). */
    .orderBy('documents.updated_at', 'desc')
    .orderBy('documents.id', 'desc')
    .offset((page - 1) * PAGE_SIZE)
    .limit(PAGE_SIZE + 1)

  const context = deadlineContext(year, settings)
  const items = rows.slice(0, PAGE_SIZE).map((row) => ({
    id: row.id as number,
    kind: row.kind as string,
    title: (row.lesson_title || row.title) as string,
    status: row.status as string,
    ownerName: row.owner_name as string,
    schoolName: row.school_name as string,
    groupName: row.group_name as string | null,
    subjectName: row.subject_name as string | null,
    check: checkBadgeOf({
      status: row.run_status,
      warnings: row.run_warnings,
      errors: row.run_errors,
    }),
    lateness: latenessOf(
      {
        kind: row.kind,
        status: row.status,
        teachingDate: toDate(row.teaching_date),
        teachingWeek: row.teaching_week,
      },
      context
    ),
  }))
  return { items, page, hasMore: rows.length > PAGE_SIZE }
}

/**
 * Not approved and past due: a lesson plan whose lesson is closer than the
 * lead time, or a yearly plan after the year's deadline. Dates are
 * computed here so the SQL is the same on SQLite and PostgreSQL.
 */
function whereLate(
  query: any,
  year: SchoolYear,
  settings: WorkflowSettings,
  today = DateTime.now()
) {
  const cutoff = today.startOf('day').plus({ days: settings.lessonPlanLeadDays })
  const lessonCutoff = cutoff.toISODate()
  /* A lesson planned by week is on its week's Monday: late when that Monday is before the cutoff. */
  const lateWeeks = teachingWeeks(deadlineContext(year, settings).calendar!)
    .filter((week) => week.start < cutoff)
    .map((week) => week.week)
  const yearlyLate = today.startOf('day') > year.planDeadline.startOf('day')
  query.whereNot('documents.status', 'approved').where((late: any) => {
    late.where((lesson: any) =>
      lesson
        .whereIn('documents.kind', lessonKinds())
        .where('documents.teaching_date', '<', lessonCutoff)
    )
    if (lateWeeks.length) {
      late.orWhere((lesson: any) =>
        lesson
          .whereIn('documents.kind', lessonKinds())
          .whereNull('documents.teaching_date')
          .whereIn('documents.teaching_week', lateWeeks)
      )
    }
    if (yearlyLate) late.orWhereIn('documents.kind', yearlyKinds())
  })
  return query
}
