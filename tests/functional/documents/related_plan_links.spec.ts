import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { relatedPlanRefs } from '#app/documents/services/related_plan_refs'
import { givenPersonWithRole } from '#tests/helpers/organization'
import { givenStaffedSchool } from '#tests/helpers/workflow'
import {
  givenSubmittedTeacherPlan,
  LESSONS,
  lessonPlanOf,
  NOT_PLANNED,
  runOf,
} from '#tests/helpers/related_plans'

const COMPARED = 'Đối chiếu với:'
const TEACHER_PLAN = 'Kế hoạch giáo dục của giáo viên (Phụ lục III) “Kế hoạch pl3 Toán 6”'
const GROUP_PLAN = 'Kế hoạch dạy học của tổ chuyên môn (Phụ lục I) “Kế hoạch pl1 Toán 6”'

const occurrences = (text: string, part: string) => text.split(part).length - 1
const linkTo = (documentId: number, name: string) =>
  `<a href="/documents/${documentId}">${name}</a>`

async function officeInspectorOf(schoolId: number) {
  const level = await SchoolLevel.query().where('school_id', schoolId).firstOrFail()
  return givenPersonWithRole('office_inspector', {
    unit: await Unit.findOrFail(level.receivingUnitId),
  })
}

/** A lesson plan the teacher's approved PL III does not plan: one cross-document warning. */
async function givenUnplannedLesson() {
  const staff = await givenStaffedSchool()
  const lesson = await lessonPlanOf(staff.teacher, NOT_PLANNED)
  const teacherPlan = await givenSubmittedTeacherPlan(staff.teacher)
  return { ...staff, lesson, teacherPlan }
}

test.group('Cross-document findings link the plan they were compared with', () => {
  test('owner, principal, subgroup lead and office inspector each see the PL III linked under the finding', async ({
    client,
    assert,
  }) => {
    const { teacher, principal, subgroupLead, school, lesson, teacherPlan } =
      await givenUnplannedLesson()
    const before = await client.get(`/documents/${lesson.document.id}/versions/1`).loginAs(teacher)
    assert.notInclude(before.text(), COMPARED, 'no approved PL III yet: nothing compared')

    const approved = await approveDocument(subgroupLead, { documentId: teacherPlan.document.id })
    assert.isTrue(approved.ok)
    const run = await runOf(lesson.version.id)
    assert.deepEqual(
      run.findings
        .filter((finding) => finding.pluginId === 'cv5512:lesson-follows-teacher-plan')
        .map((finding) => finding.messageId),
      ['lessonNotPlanned']
    )
    await db.from('documents').where('id', lesson.document.id).update({ status: 'submitted' })
    const link = linkTo(teacherPlan.document.id, TEACHER_PLAN)
    const inspector = await officeInspectorOf(school.id)
    const pages = [
      {
        who: 'the teacher (report)',
        user: teacher,
        url: `/documents/${lesson.document.id}/versions/1`,
      },
      {
        who: 'the principal (report)',
        user: principal,
        url: `/documents/${lesson.document.id}/versions/1`,
      },
      {
        who: 'the subgroup lead (review)',
        user: subgroupLead,
        url: `/reviews/${lesson.document.id}`,
      },
      {
        who: 'the office inspector (inspection)',
        user: inspector,
        url: `/inspection/${lesson.document.id}`,
      },
    ]
    for (const { who, user, url } of pages) {
      const page = await client.get(url).loginAs(user)
      page.assertStatus(200)
      assert.equal(occurrences(page.text(), COMPARED), 1, `${who}: one cross-document finding`)
      assert.include(page.text(), link, `${who}: the finding links the PL III`)
      assert.include(
        page.text(),
        `href="/documents/${teacherPlan.document.id}">Theo Kế hoạch giáo dục của giáo viên</a>:`,
        `${who}: the related-plans line beside the plan, linked`
      )
      assert.include(page.text(), 'bài này không có trong kế hoạch đã duyệt', who)
    }
  }).timeout(120_000)

  test('a reviewer who may not open the PL III sees it named, not linked; without a policy nothing is linked', async ({
    client,
    assert,
  }) => {
    const { subgroupLead, groupHead, otherSubgroup, lesson, teacherPlan } =
      await givenUnplannedLesson()
    /* The teacher filed the PL III under the other subgroup: its lead is not this subgroup's. */
    await db
      .from('documents')
      .where('id', teacherPlan.document.id)
      .update({ subgroup_id: otherSubgroup.id })
    const approved = await approveDocument(groupHead, { documentId: teacherPlan.document.id })
    assert.isTrue(approved.ok)
    await db.from('documents').where('id', lesson.document.id).update({ status: 'submitted' })

    const hidden = await client.get(`/documents/${teacherPlan.document.id}`).loginAs(subgroupLead)
    hidden.assertStatus(404)
    const review = await client.get(`/reviews/${lesson.document.id}`).loginAs(subgroupLead)
    review.assertStatus(200)
    assert.equal(occurrences(review.text(), COMPARED), 1)
    assert.include(review.text(), TEACHER_PLAN, 'named')
    assert.notInclude(review.text(), `href="/documents/${teacherPlan.document.id}"`, 'not linked')
    assert.include(review.text(), 'Theo Kế hoạch giáo dục của giáo viên:')

    const refs = await relatedPlanRefs(await runOf(lesson.version.id))
    assert.deepEqual(
      refs.map((ref) => [ref.need, ref.documentId, ref.visible]),
      [['teacherPlan', teacherPlan.document.id, false]],
      'deny by default'
    )
  }).timeout(120_000)

  test("a teacher's PL III findings against the group's approved PL I link it", async ({
    client,
    assert,
  }) => {
    const { teacher, groupHead, principal } = await givenStaffedSchool()
    const extra = { title: 'Bài 8. Hình tam giác đều', periods: 2, week: 'Tuần 8' }
    const own = await givenSubmittedTeacherPlan(teacher, 'pl3', 6, [...LESSONS, extra])
    const groupPlan = await givenSubmittedTeacherPlan(groupHead, 'pl1')
    const approved = await approveDocument(principal, { documentId: groupPlan.document.id })
    assert.isTrue(approved.ok)
    const run = await runOf(own.version.id)
    const cross = run.findings
      .filter((finding) => finding.pluginId === 'cv5512:teacher-plan-follows-group-plan')
      .map((finding) => finding.messageId)
      .sort()
    assert.deepEqual(cross, ['lessonExtra', 'totalDiffers'])

    const page = await client.get(`/documents/${own.document.id}/versions/1`).loginAs(teacher)
    page.assertStatus(200)
    assert.equal(occurrences(page.text(), COMPARED), 2)
    assert.equal(occurrences(page.text(), linkTo(groupPlan.document.id, GROUP_PLAN)), 2)
  }).timeout(120_000)
})
