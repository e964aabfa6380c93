import { DateTime } from 'luxon'
import type { DocumentKind, DocumentStatus } from '#app/workflow/services/statuses'
import { deadlineRule } from '#app/documents/kinds'

/*
 * Deadlines (directive 2.2): yearly plans are approved by the school
 * year's deadline (15/9 by default); a lesson plan is approved before the
 * lesson it plans, with a lead time (1 day by default). Lateness is
 * computed when shown, never stored, so a changed setting applies at once.
 */
export type Lateness = 'on_time' | 'late' | 'unapproved_at_lesson'

export interface DeadlineFacts {
  kind: DocumentKind
  status: DocumentStatus
  teachingDate: DateTime | null
}

export interface DeadlineContext {
  planDeadline: DateTime
  lessonPlanLeadDays: number
  today?: DateTime
}

/** The day by which the document must be approved, or null (a lesson plan with only a week). */
export function dueDate(document: DeadlineFacts, context: DeadlineContext): DateTime | null {
  if (deadlineRule(document.kind) === 'school_year') return context.planDeadline.startOf('day')
  return document.teachingDate ? document.teachingDate.startOf('day').minus({ days: context.lessonPlanLeadDays }) : null
}

export function latenessOf(document: DeadlineFacts, context: DeadlineContext): Lateness {
  if (document.status === 'approved') return 'on_time'
  const today = (context.today ?? DateTime.now()).startOf('day')
  if (deadlineRule(document.kind) === 'lesson' && document.teachingDate && today >= document.teachingDate.startOf('day')) return 'unapproved_at_lesson'
  const due = dueDate(document, context)
  return due && today > due ? 'late' : 'on_time'
}

/** Whole days from today until the due date (negative when past). */
export function daysLeft(due: DateTime, today = DateTime.now()) {
  return Math.round(due.startOf('day').diff(today.startOf('day'), 'days').days)
}
