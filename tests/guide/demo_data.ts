import db from '@adonisjs/lucid/services/db'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import User from '#app/organization/models/user'
import Subject from '#app/organization/models/subject'
import SchoolYear from '#app/organization/models/school_year'
import RoleAssignment from '#app/organization/models/role_assignment'
import { uploadVersion, type NewDocumentFields } from '#app/documents/actions/upload_version'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { DEMO_PASSWORD, seedDemo } from '#app/organization/seeding/demo'
import {
  buildPlan,
  toDocx,
  type PlanKind,
  type PlanOptions,
  type PlanSpec,
} from '#tests/fixtures/plans'
import { lessonPlanSections } from '#tests/fixtures/plans/plan_lesson'
import { resolveOptions } from '#tests/fixtures/plans/plan_options'

/*
 * The guide is photographed on the demo organization `npm start` loads
 * (THCS Chu Văn An, its Tổ Toán - Tin and Nhóm Toán, the demo logins), so
 * the pictures show what a trainee sees when trying the software. Plans
 * are real DOCX files generated in code and uploaded through the real
 * upload action, so previews and findings are the real ones.
 */

export { DEMO_PASSWORD }

/** Seeds the demo organization into the test database, once per run. */
export async function givenDemoOrganization() {
  if (!(await User.findBy('username', 'gv.toan'))) await seedDemo()
}

export async function demoUser(username: string) {
  return User.findByOrFail('username', username)
}

/** The school year plans are written for, as the fixtures spell it ("2026 - 2027"). */
export async function currentYearLabel() {
  const year = await SchoolYear.current()
  if (!year) throw new Error('The demo has no current school year')
  return { year, label: year.name.replace('-', ' - ') }
}

/** A lesson plan DOCX in a temporary file, for a file input. */
export async function lessonPlanFile(fileName: string, options: PlanOptions = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'hscm-guide-'))
  const path = join(folder, fileName)
  await writeFile(path, await toDocx(buildPlan('pl4', options)))
  return path
}

/** Lessons of Toán 6 a teacher plans in the first weeks (one file each). */
export const NEXT_LESSONS = [
  'Bài 6. So sánh phân số',
  'Bài 7. Phép cộng, phép trừ phân số',
  'Bài 8. Phép nhân, phép chia phân số',
  'Bài 9. Số thập phân',
]

/** A correct lesson plan (PL IV) of `teacher` for `lessonTitle`, uploaded for real and submitted: it passes the check, so it can be approved in bulk. */
export async function givenSubmittedLessonPlan(
  teacher: User,
  lessonTitle: string,
  teachingWeek: number
) {
  const own = await teacherAssignment(teacher)
  const toan = await Subject.findByOrFail('code', 'toan')
  const document = await upload(
    teacher,
    'pl4',
    lessonPlan(lessonTitle, { teacher: teacher.fullName, school: 'THCS Chu Văn An' }),
    {
      schoolId: own.schoolId!,
      groupId: own.groupId,
      subgroupId: own.subgroupId,
      subjectId: toan.id,
      grade: 6,
      title: lessonTitle,
      lessonTitle,
      periods: 2,
      teachingWeek,
    }
  )
  return submitted(teacher, document.id)
}

/** The fixtures' lesson plan with another lesson's title. */
function lessonPlan(lessonTitle: string, options: PlanOptions): PlanSpec {
  const resolved = resolveOptions(options)
  const sections = lessonPlanSections(resolved, lessonTitle)
  return {
    kind: 'pl4',
    options: resolved,
    sections,
    blocks: sections.flatMap((section) => section.blocks),
  }
}

/** A plan of the group (PL I) by its head, or the school plan by the principal, uploaded and submitted. */
export async function givenSubmittedPlan(owner: User, kind: 'pl1' | 'school_plan') {
  const { label } = await currentYearLabel()
  const role = await RoleAssignment.query()
    .where('user_id', owner.id)
    .whereIn('role', kind === 'pl1' ? ['group_head'] : ['principal'])
    .firstOrFail()
  const toan = await Subject.findByOrFail('code', 'toan')
  const fixtureKind: PlanKind = kind === 'pl1' ? 'pl1' : 'school'
  const plan = buildPlan(fixtureKind, {
    schoolYear: label,
    school: 'THCS Chu Văn An',
    group: 'Toán - Tin',
    teacher: owner.fullName,
  })
  const fields =
    kind === 'pl1'
      ? {
          schoolId: role.schoolId!,
          groupId: role.groupId,
          subjectId: toan.id,
          grade: 6,
          title: 'Kế hoạch dạy học môn Toán – Khối 6',
        }
      : {
          schoolId: role.schoolId!,
          groupId: null,
          subjectId: null,
          grade: null,
          title: 'Kế hoạch giáo dục của nhà trường',
        }
  const document = await upload(owner, kind, plan, {
    subgroupId: null,
    lessonTitle: null,
    periods: null,
    teachingWeek: null,
    ...fields,
  })
  return submitted(owner, document.id)
}

async function upload(
  owner: User,
  kind: NewDocumentFields['kind'],
  plan: PlanSpec,
  fields: Omit<NewDocumentFields, 'kind' | 'schoolYearId' | 'className' | 'teachingDate'>
) {
  const { year } = await currentYearLabel()
  const result = await uploadVersion({
    uploader: owner,
    bytes: await toDocx(plan),
    originalName: `${fields.title}.docx`,
    target: { kind, schoolYearId: year.id, className: null, teachingDate: null, ...fields },
  })
  if (!result.ok) throw new Error(`Demo upload refused: ${result.messageKey}`)
  return result.document
}

async function submitted(owner: User, documentId: number) {
  const result = await submitDocument(owner, documentId)
  if (!result.ok) throw new Error(`Demo submit refused: ${JSON.stringify(result)}`)
  return result.value
}

async function teacherAssignment(user: User) {
  return RoleAssignment.query()
    .where('user_id', user.id)
    .where('role', 'teacher')
    .orderBy('id', 'desc')
    .firstOrFail()
}

/** The first-sign-in state of a demo account: must change the password given by the school. */
export async function requirePasswordChange(user: User) {
  await db.from('users').where('id', user.id).update({ must_change_password: true })
}
