import { DateTime } from 'luxon'
import type { DocumentKind, DocumentStatus } from '#app/workflow/services/statuses'
import { deadlineRule } from '#app/core/registries/kinds'
import type SchoolYear from '#app/organization/models/school_year'
import { weekDates, type SchoolCalendar } from '#app/workflow/services/school_calendar'

/*
 * Deadlines (directive 2.2): yearly plans are approved by the school
 * year's deadline (15/9 by default); a lesson plan is approved before the
 * lesson it plans, with a lead time (1 day by default); a lesson planned
 * by week is taken to be on the week's Monday (the school calendar says
 * which Monday), the earliest day it may be taught. Lateness is
 * computed when shown, never stored, so a changed setting applies at once.
 */
export type Lateness = 'on_time' | 'late' | 'unapproved_at_lesson'

export interface DeadlineFacts {
  kind: DocumentKind
  status: DocumentStatus
  teachingDate: DateTime | null
  teachingWeek?: number | null
}

export interface DeadlineContext {
  planDeadline: DateTime
  lessonPlanLeadDays: number
  /** Turns a teaching week into dates; without it a week-only lesson has no due day. */
  calendar?: SchoolCalendar
  today?: DateTime
}

/** The context every page and job uses: the year's deadline and calendar, the department's lead time. */
export function deadlineContext(
  year: SchoolYear,
  settings: { lessonPlanLeadDays: number }
): DeadlineContext {
  return {
    planDeadline: year.planDeadline,
    lessonPlanLeadDays: settings.lessonPlanLeadDays,
    calendar: { startsOn: year.startsOn, totalWeeks: year.totalWeeks, holidays: year.holidays },
  }
}

/** The day of the lesson: its date, else the Monday of its teaching week, else null. */
export function lessonDay(
  document: Pick<DeadlineFacts, 'teachingDate' | 'teachingWeek'>,
  calendar?: SchoolCalendar
): DateTime | null {
  if (document.teachingDate) return document.teachingDate.startOf('day')
  if (!document.teachingWeek || !calendar) return null
  return weekDates(calendar, document.teachingWeek)?.start ?? null
}

/** The day by which the document must be approved, or null (a lesson plan with neither a date nor a known week). */
export function dueDate(document: DeadlineFacts, context: DeadlineContext): DateTime | null {
  if (deadlineRule(document.kind) === 'school_year') return context.planDeadline.startOf('day')
  return lessonDay(document, context.calendar)?.minus({ days: context.lessonPlanLeadDays }) ?? null
}

export function latenessOf(document: DeadlineFacts, context: DeadlineContext): Lateness {
  if (document.status === 'approved') return 'on_time'
  const today = (context.today ?? DateTime.now()).startOf('day')
  const lesson =
    deadlineRule(document.kind) === 'lesson' ? lessonDay(document, context.calendar) : null
  if (lesson && today >= lesson) return 'unapproved_at_lesson'
  const due = dueDate(document, context)
  return due && today > due ? 'late' : 'on_time'
}
