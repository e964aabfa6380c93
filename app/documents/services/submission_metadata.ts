/*
|--------------------------------------------------------------------------
| What the validators are told about a document (SubmissionMetadata)
|--------------------------------------------------------------------------
*/
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
  }
}

/** Grades 10–12 are upper secondary; otherwise the school's own level (lower secondary for multi-level schools). */
function schoolLevel(grade: number | null, schoolType: string | undefined): SchoolLevel {
  if (grade !== null) return grade >= 10 ? 'thpt' : 'thcs'
  return schoolType === 'thpt' ? 'thpt' : 'thcs'
}
