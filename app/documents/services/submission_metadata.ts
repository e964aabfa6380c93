/*
|--------------------------------------------------------------------------
| What the validators are told about a document (SubmissionMetadata)
|--------------------------------------------------------------------------
*/
import type { DateTime } from 'luxon'
import School from '#app/organization/models/school'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import type { SchoolLevel, SubmissionMetadata } from '#plugins/contract/types'
import type Document from '#app/documents/models/document'

export async function submissionMetadata(document: Document): Promise<SubmissionMetadata> {
  const [year, school, subject] = await Promise.all([
    SchoolYear.find(document.schoolYearId),
    School.find(document.schoolId),
    document.subjectId ? Subject.find(document.subjectId) : null,
  ])
  return {
    kind: document.kind,
    subject: { code: subject?.code ?? '', name: subject?.name ?? '' },
    grade: document.grade ?? 0,
    className: document.className ?? undefined,
    schoolLevel: schoolLevel(document.grade, school?.type),
    schoolYear: year?.name ?? '',
    lessonTitle: document.lessonTitle ?? undefined,
    periods: document.periods ?? undefined,
    teachingWeek:
      document.teachingWeek ?? weekOfYear(document.teachingDate, year?.startsOn) ?? undefined,
  }
}

/** Week 1 is the week the school year starts in (Monday-based), as PL III's `Thời điểm` counts. */
function weekOfYear(date: DateTime | null, startsOn: DateTime | undefined): number | undefined {
  if (!date || !startsOn) return undefined
  const days = date.startOf('week').diff(startsOn.startOf('week'), 'days').days
  return days >= 0 ? Math.floor(Math.round(days) / 7) + 1 : undefined
}

/** Grades 10–12 are upper secondary; otherwise the school's own level (lower secondary for multi-level schools). */
function schoolLevel(grade: number | null, schoolType: string | undefined): SchoolLevel {
  if (grade !== null) return grade >= 10 ? 'thpt' : 'thcs'
  return schoolType === 'thpt' ? 'thpt' : 'thcs'
}
