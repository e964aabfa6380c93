import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { WeekRange } from '#app/workflow/services/school_calendar'

/*
 * SQL fragments the deadline figures are counted with (the same SQL on
 * PostgreSQL and SQLite): the day of a lesson (its date, else the Monday
 * of its teaching week, taken from the school calendar) and "approved
 * before a day" (first approval earlier, or an approval not recorded).
 * Each fragment comes with its bindings, in order.
 */
export interface Fragment {
  sql: string
  bindings: (string | number)[]
}

/** A date parameter: PostgreSQL needs the type, SQLite stores dates as ISO text. */
export function dateParam() {
  return db.connection().dialect.name === 'postgres' ? 'CAST(? AS DATE)' : '?'
}

export const isoDay = (day: DateTime) => day.toISODate()!

/** Where a row keeps a lesson's date and week, and what says it has no date (planned by week). */
export interface LessonColumns {
  date: string
  week: string
  undated: string
}

export const DOCUMENT_LESSON: LessonColumns = {
  date: 'documents.teaching_date',
  week: 'documents.teaching_week',
  undated: 'documents.teaching_date IS NULL',
}

/** The lesson's day: `documents.teaching_date`, else the Monday of `documents.teaching_week`. */
export function lessonDaySql(weeks: WeekRange[], columns = DOCUMENT_LESSON): Fragment {
  if (!weeks.length) return { sql: columns.date, bindings: [] }
  return {
    sql: `CASE WHEN ${columns.undated} THEN CASE ${columns.week} ${weeks
      .map(() => `WHEN ? THEN ${dateParam()}`)
      .join(' ')} END ELSE ${columns.date} END`,
    bindings: weeks.flatMap((week) => [week.week, isoDay(week.start)]),
  }
}

/** Lessons whose day falls between the two days (included): by date, or by a week whose Monday does. */
export function lessonInPeriodSql(
  weeks: WeekRange[],
  from: DateTime,
  to: DateTime,
  columns = DOCUMENT_LESSON
): Fragment {
  const first = from.startOf('day')
  const last = to.startOf('day')
  const inside = weeks.filter((week) => week.start >= first && week.start <= last)
  const byWeek = inside.length
    ? ` OR (${columns.undated} AND ${columns.week} IN (${inside.map(() => '?').join(', ')}))`
    : ''
  return {
    sql: `(${columns.date} BETWEEN ? AND ?${byWeek})`,
    bindings: [isoDay(first), isoDay(last), ...inside.map((week) => week.week)],
  }
}

/**
 * The document (aliased `documents`) is approved and was first approved
 * before the day (an SQL expression): its first approval (kept on the
 * document, migration 0820) earlier than that day, or none recorded
 * (imported as approved).
 */
export function approvedBeforeSql(day: Fragment): Fragment {
  return {
    sql: `(documents.status = 'approved' AND (documents.first_approved_at IS NULL OR documents.first_approved_at < ${day.sql}))`,
    bindings: day.bindings,
  }
}

/** Lessons whose day is before `cutoff`: dated before it, or planned by a week whose Monday is. */
export function lessonBeforeSql(weeks: WeekRange[], cutoff: DateTime): Fragment {
  const day = cutoff.startOf('day')
  const before = weeks.filter((week) => week.start < day).map((week) => week.week)
  const byWeek = before.length
    ? ` OR (documents.teaching_date IS NULL AND documents.teaching_week IN (${before
        .map(() => '?')
        .join(', ')}))`
    : ''
  return {
    sql: `(documents.teaching_date < ?${byWeek})`,
    bindings: [isoDay(day), ...before],
  }
}

/** Joins fragments with a separator, bindings in order. */
export function joinSql(parts: Fragment[], separator: string): Fragment {
  return {
    sql: parts.map((part) => part.sql).join(separator),
    bindings: parts.flatMap((part) => part.bindings),
  }
}
