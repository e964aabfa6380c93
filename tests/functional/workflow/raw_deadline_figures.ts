import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type SchoolYear from '#app/organization/models/school_year'

/*
 * The deadline views' figures recomputed the obvious way, from the raw
 * rows (documents, role assignments, approval events), without the
 * application's services: tests compare the exported tables with these.
 * The test year has no breaks: teaching week n starts n − 1 weeks after
 * Monday 1/9/2025 (the year starts on Friday 5/9/2025).
 */
const WEEK_1 = DateTime.fromISO('2025-09-01')

export function weekMonday(week: number) {
  return WEEK_1.plus({ weeks: week - 1 })
}

interface Row {
  id: number
  kind: string
  school_id: number
  group_id: number | null
  owner_user_id: number
  status: string
  teaching_date: unknown
  teaching_week: number | null
  subject_id: number | null
  lesson_title: string | null
}

const day = (value: unknown) =>
  (value instanceof Date
    ? DateTime.fromJSDate(value)
    : DateTime.fromSQL(String(value)).isValid
      ? DateTime.fromSQL(String(value))
      : DateTime.fromISO(String(value))
  ).startOf('day')

export async function rawDeadlineRows(year: SchoolYear) {
  const documents: Row[] = await db.from('documents').where('school_year_id', year.id)
  const events = await db
    .from('document_events')
    .where('to_status', 'approved')
    .select('document_id', 'created_at')
  const approvedAt = new Map<number, DateTime>()
  for (const event of events) {
    const at =
      event.created_at instanceof Date
        ? DateTime.fromJSDate(event.created_at)
        : DateTime.fromSQL(String(event.created_at))
    const known = approvedAt.get(event.document_id)
    if (!known || at < known) approvedAt.set(event.document_id, at)
  }
  const teachers = await db
    .from('role_assignments')
    .where({ school_year_id: year.id, role: 'teacher' })
    .whereNotNull('group_id')
    .distinct('user_id', 'group_id', 'school_id')
  /* Who teaches which subject, and which groups have a subgroup of it (a specialist's scope). */
  const taught = await db
    .from('role_assignments')
    .join(
      'role_assignment_subjects',
      'role_assignment_subjects.role_assignment_id',
      'role_assignments.id'
    )
    .where({ 'role_assignments.school_year_id': year.id, 'role_assignments.role': 'teacher' })
    .select(
      'role_assignments.user_id',
      'role_assignments.group_id',
      'role_assignment_subjects.subject_id'
    )
  const subgroups = await db
    .from('subgroups')
    .where('is_active', true)
    .select('group_id', 'subject_id')
  const groups = await db.from('groups').where('is_active', true).select('id', 'school_id')
  return {
    documents,
    approvedAt,
    teachers,
    taught,
    subgroups,
    groups,
    deadline: year.planDeadline.endOf('day'),
  }
}

type Raw = Awaited<ReturnType<typeof rawDeadlineRows>>

/** Yearly plans of `kind` owed in the place and not handed in / not approved by the deadline. */
export function rawOwed(
  raw: Raw,
  kind: 'school_plan' | 'pl1' | 'pl2' | 'pl3',
  place: { school: number; group?: number },
  subjectId?: number
) {
  const handedIn = (row: Row) => row.status === 'submitted' || row.status === 'approved'
  const approvedInTime = (row: Row) =>
    row.status === 'approved' && !(raw.approvedAt.get(row.id)! > raw.deadline)
  const ofKind = raw.documents.filter((row) => row.kind === kind)
  let units: Row[][]
  if (kind === 'pl3') {
    units = raw.teachers
      .filter(
        (t) =>
          t.school_id === place.school && (place.group === undefined || t.group_id === place.group)
      )
      .filter(
        (t) =>
          subjectId === undefined ||
          raw.taught.some(
            (row) =>
              row.user_id === t.user_id &&
              row.group_id === t.group_id &&
              row.subject_id === subjectId
          )
      )
      .map((t) =>
        ofKind.filter((row) => row.owner_user_id === t.user_id && row.group_id === t.group_id)
      )
  } else if (kind === 'school_plan') {
    units =
      place.group === undefined ? [ofKind.filter((row) => row.school_id === place.school)] : []
  } else {
    units = raw.groups
      .filter(
        (g) => g.school_id === place.school && (place.group === undefined || g.id === place.group)
      )
      .filter(
        (g) =>
          subjectId === undefined ||
          raw.subgroups.some((row) => row.group_id === g.id && row.subject_id === subjectId)
      )
      .map((g) => ofKind.filter((row) => row.group_id === g.id))
  }
  return {
    notSubmitted: units.filter((rows) => !rows.some(handedIn)).length,
    notApproved: units.filter((rows) => !rows.some(approvedInTime)).length,
  }
}

/** Lesson plans of the place taught between `from` and `to` (both included) whose plan was not approved before the lesson's day. */
export function rawTaughtUnapproved(
  raw: Raw,
  place: { school: number; group?: number },
  from: DateTime,
  to: DateTime
) {
  return raw.documents.filter((row) => {
    if (
      row.kind !== 'pl4' ||
      row.school_id !== place.school ||
      (place.group !== undefined && row.group_id !== place.group)
    )
      return false
    const lesson = row.teaching_date
      ? day(row.teaching_date)
      : row.teaching_week
        ? weekMonday(row.teaching_week)
        : null
    if (!lesson || lesson < from.startOf('day') || lesson > to.startOf('day')) return false
    const at = raw.approvedAt.get(row.id)
    return !(row.status === 'approved' && (!at || at < lesson))
  })
}
