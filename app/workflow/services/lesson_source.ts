import type { DateTime } from 'luxon'
import { kindCondition, lessonKinds } from '#app/core/registries/kinds'
import {
  approvedBeforeSql,
  DOCUMENT_LESSON,
  lessonDaySql,
  lessonInPeriodSql,
  type Fragment,
  type LessonColumns,
} from '#app/workflow/services/deadline_sql'
import type { FactScope } from '#app/workflow/services/deadline_facts'
import { LESSON_DAY_COUNTS } from '#app/workflow/stats/summary_triggers'

/*
 * Where the lessons-taught figures are counted from. Per school (the
 * department's and the offices' views), from lesson_day_counts: a few rows
 * per school and lesson day, kept by triggers (migration 0821). Narrowed to
 * a group, counted by group (one school) or to a specialist's subjects,
 * from the lesson plans themselves (the summary has no group or subject).
 * Either way the same columns: the lesson's date and week, how many
 * lessons a row stands for, and "not approved before the lesson's day".
 */
export interface LessonSource {
  /** The table, and the condition for the lessons of the scope taught in the period. */
  table: string
  where: Fragment
  /** The school column (by group, the source is the lesson plans: documents.group_id). */
  school: string
  /** How many lessons a row stands for. */
  count: string
  /** The lesson's date, NULL for a lesson planned by week only; the week of such a lesson, else NULL. */
  date: string
  week: string
  day: Fragment
  unapproved: Fragment
}

const list = (values: (string | number)[]) => values.map(() => '?').join(', ')

const SUMMARY_LESSON: LessonColumns = {
  date: 'lessons.teaching_date',
  week: 'lessons.teaching_week',
  undated: 'lessons.teaching_week <> 0',
}

/** Whether the figures can come from the per-school summary. */
export function summarized(scope: FactScope, byGroup: boolean) {
  return !byGroup && scope.groupId === undefined && scope.subjectIds === undefined
}

export function lessonSource(
  scope: FactScope,
  byGroup: boolean,
  from: DateTime,
  to: DateTime
): LessonSource {
  return summarized(scope, byGroup)
    ? summarySource(scope, from, to)
    : documentSource(scope, from, to)
}

function summarySource(scope: FactScope, from: DateTime, to: DateTime): LessonSource {
  const columns = SUMMARY_LESSON
  const period = lessonInPeriodSql(scope.weeks, from, to, columns)
  const day = lessonDaySql(scope.weeks, columns)
  return {
    table: `${LESSON_DAY_COUNTS} lessons`,
    where: {
      sql: `lessons.school_year_id = ?
        AND lessons.school_id IN (${list(scope.schoolIds)}) AND ${period.sql}`,
      bindings: [scope.year.id, ...scope.schoolIds, ...period.bindings],
    },
    school: 'lessons.school_id',
    count: 'lessons.lesson_count',
    ...undatedColumns(columns),
    day,
    unapproved: { sql: `NOT (lessons.approved_on < ${day.sql})`, bindings: day.bindings },
  }
}

export function documentSource(scope: FactScope, from: DateTime, to: DateTime): LessonSource {
  const subjects = scope.subjectIds ?? []
  const period = lessonInPeriodSql(scope.weeks, from, to)
  const day = lessonDaySql(scope.weeks)
  const approved = approvedBeforeSql(day)
  return {
    table: 'documents',
    where: {
      sql: `documents.school_year_id = ? AND ${kindCondition('documents.kind', lessonKinds())}
        AND documents.school_id IN (${list(scope.schoolIds)})
        ${scope.groupId === undefined ? '' : 'AND documents.group_id = ?'}
        ${scope.subjectIds ? `AND documents.subject_id IN (${list(subjects) || 'NULL'})` : ''}
        AND ${period.sql}`,
      bindings: [
        scope.year.id,
        ...scope.schoolIds,
        ...(scope.groupId === undefined ? [] : [scope.groupId]),
        ...subjects,
        ...period.bindings,
      ],
    },
    school: 'documents.school_id',
    count: '1',
    ...undatedColumns(DOCUMENT_LESSON),
    day,
    unapproved: { sql: `NOT ${approved.sql}`, bindings: approved.bindings },
  }
}

function undatedColumns(columns: LessonColumns) {
  return {
    date: `CASE WHEN ${columns.undated} THEN NULL ELSE ${columns.date} END`,
    week: `CASE WHEN ${columns.undated} THEN ${columns.week} END`,
  }
}
