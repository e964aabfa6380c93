import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type SchoolYear from '#app/organization/models/school_year'
import { whereReviewableBy } from '#app/workflow/services/review_assignment'
import { joinLatestRun } from '#app/workflow/services/latest_run_join'
import { checkBadgeOf, type CheckBadge } from '#app/workflow/services/check_badge'
import {
  deadlineContext,
  dueDate,
  latenessOf,
  type Lateness,
} from '#app/workflow/services/deadlines'
import type { WorkflowSettings } from '#app/workflow/services/workflow_settings'
import type { DocumentKind } from '#app/workflow/services/statuses'

export interface QueueItem {
  id: number
  kind: DocumentKind
  title: string
  lessonTitle: string | null
  ownerName: string
  groupName: string | null
  teachingDate: DateTime | null
  submittedAt: DateTime | null
  due: DateTime | null
  lateness: Lateness
  check: CheckBadge
}

const QUEUE_LIMIT = 300

/**
 * The submitted documents the user reviews, most urgent first: the
 * earliest due day (a lesson's date, or the yearly deadline), then the
 * oldest submission. One query, whatever the queue's length.
 */
export async function reviewQueue(
  userId: number,
  year: SchoolYear,
  settings: WorkflowSettings
): Promise<QueueItem[]> {
  const query = db
    .from('documents')
    .join('users as owners', 'owners.id', 'documents.owner_user_id')
    .leftJoin('groups', 'groups.id', 'documents.group_id')
    .where('documents.status', 'submitted')
  joinLatestRun(query)
  await whereReviewableBy(query, userId, year.id)

  const rows = await query
    .select(
      'documents.id',
      'documents.kind',
      'documents.title',
      'documents.lesson_title',
      'documents.teaching_date',
      'documents.teaching_week',
      'documents.updated_at',
      'owners.full_name as owner_name',
      'groups.name as group_name',
      'latest_run.status as run_status',
      'latest_run.warnings as run_warnings',
      'latest_run.errors as run_errors',
      db.raw(
        '(SELECT COUNT(*) FROM finding_disputes fd WHERE fd.version_id = documents.current_version_id) as disputes'
      )
    )
    /* Weeks are in the year's order, so week-only lessons sort by week right after the dated ones. */
    .orderByRaw(
      'CASE WHEN documents.teaching_date IS NULL THEN 1 ELSE 0 END, documents.teaching_date ASC, documents.teaching_week ASC, documents.updated_at ASC'
    )
    .limit(QUEUE_LIMIT)

  const context = deadlineContext(year, settings)
  const items = rows.map((row): QueueItem => {
    const teachingDate = toDate(row.teaching_date)
    const facts = {
      kind: row.kind,
      status: 'submitted' as const,
      teachingDate,
      teachingWeek: row.teaching_week,
    }
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      lessonTitle: row.lesson_title,
      ownerName: row.owner_name,
      groupName: row.group_name,
      teachingDate,
      submittedAt: toDate(row.updated_at),
      due: dueDate(facts, context),
      lateness: latenessOf(facts, context),
      check: checkBadgeOf(
        { status: row.run_status, warnings: row.run_warnings, errors: row.run_errors },
        Number(row.disputes)
      ),
    }
  })
  /* Yearly plans (no lesson date) share the school year's deadline: order them with the lessons by due day. */
  return items.sort((a, b) => (a.due?.toMillis() ?? Infinity) - (b.due?.toMillis() ?? Infinity))
}

/** Dates come back as Date (PostgreSQL) or text (SQLite). */
export function toDate(value: unknown): DateTime | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return DateTime.fromJSDate(value)
  const text = String(value)
  const parsed = DateTime.fromSQL(text)
  return parsed.isValid ? parsed : DateTime.fromISO(text)
}
