/*
|--------------------------------------------------------------------------
| Related-plan fixtures: a teacher's PL III or a group's PL I, uploaded for real
|--------------------------------------------------------------------------
*/
import db from '@adonisjs/lucid/services/db'
import Subject from '#app/organization/models/subject'
import type User from '#app/organization/models/user'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { latestRun } from '#app/documents/services/validate_version'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { currentSchoolYear } from '#tests/helpers/organization'
import { givenLessonPlan, lessonPlanDocx, teacherAssignment } from '#tests/helpers/documents'

export const PLANNED = 'Bài 5. Phân số với tử và mẫu là số nguyên'
export const NOT_PLANNED = 'Bài 7. Hỗn số'

export const LESSONS = [
  { title: 'Bài 4. Phân số', periods: 2, week: 'Tuần 4' },
  { title: PLANNED, periods: 2, week: 'Tuần 5' },
  { title: 'Bài 6. So sánh phân số', periods: 2, week: 'Tuần 6' },
]

type PlanLessons = Array<{ title: string; periods: number; week: string }>

/** The teacher's PL III for Toán (PL I: the group's, uploaded by its head), uploaded (validated for real) and submitted. */
export async function givenSubmittedTeacherPlan(
  teacher: User,
  kind: 'pl3' | 'pl1' = 'pl3',
  grade = 6,
  lessons: PlanLessons = LESSONS
) {
  const assignment = await teacherAssignment(teacher)
  const subject = await Subject.findByOrFail('code', 'toan')
  const year = await currentSchoolYear()
  const result = await uploadVersion({
    uploader: teacher,
    bytes: await toDocx(buildPlan(kind, { lessons, grade })),
    originalName: 'Kế hoạch.docx',
    target: {
      kind,
      schoolYearId: year.id,
      schoolId: assignment.schoolId!,
      groupId: assignment.groupId,
      subgroupId: kind === 'pl3' ? assignment.subgroupId : null,
      subjectId: subject.id,
      grade,
      className: null,
      title: `Kế hoạch ${kind} Toán ${grade}`,
      lessonTitle: null,
      periods: null,
      teachingDate: null,
      teachingWeek: null,
    },
  })
  if (!result.ok) throw new Error(`${kind} fixture refused: ${result.messageKey}`)
  await db.from('documents').where('id', result.document.id).update({ status: 'submitted' })
  return result
}

export async function lessonPlanOf(teacher: User, lessonTitle: string) {
  return givenLessonPlan(teacher, { lessonTitle, bytes: await lessonPlanDocx({ lessonTitle }) })
}

export async function runOf(versionId: number) {
  const run = await latestRun(versionId)
  if (!run) throw new Error(`version ${versionId} has no run`)
  return run
}
