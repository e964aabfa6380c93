import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { givenStaffedSchool } from '#tests/helpers/workflow'
import {
  givenSubmittedTeacherPlan,
  lessonPlanOf,
  NOT_PLANNED,
  PLANNED,
  runOf,
} from '#tests/helpers/related_plans'

const crossFindings = (run: Awaited<ReturnType<typeof runOf>>) =>
  run.findings
    .filter((finding) => finding.pluginId === 'cv5512:lesson-follows-teacher-plan')
    .map((finding) => [finding.messageId, finding.severity])

test.group('Related plans: approving a PL III re-checks the lesson plans that follow it', () => {
  test("exactly the teacher's lesson plans of that subject and grade are validated again, against the approved plan", async ({
    assert,
  }) => {
    const { teacher, colleague, subgroupLead } = await givenStaffedSchool()
    const planned = await lessonPlanOf(teacher, PLANNED)
    const notPlanned = await lessonPlanOf(teacher, NOT_PLANNED)
    const otherGrade = await lessonPlanOf(teacher, PLANNED)
    await db.from('documents').where('id', otherGrade.document.id).update({ grade: 7 })
    const colleagues = await lessonPlanOf(colleague, PLANNED)
    const teacherPlan = await givenSubmittedTeacherPlan(teacher)

    const before = await Promise.all(
      [planned, notPlanned, otherGrade, colleagues].map(({ version }) => runOf(version.id))
    )
    assert.deepEqual(
      crossFindings(before[0]),
      [['noTeacherPlan', 'info']],
      'before approval: one info, no error'
    )
    assert.isNull(before[0].relatedVersions)

    const approved = await approveDocument(subgroupLead, { documentId: teacherPlan.document.id })
    assert.isTrue(approved.ok)

    const after = await Promise.all(
      [planned, notPlanned, otherGrade, colleagues].map(({ version }) => runOf(version.id))
    )
    assert.isAbove(after[0].id, before[0].id, 'the planned lesson was validated again')
    assert.isAbove(after[1].id, before[1].id, 'the unplanned lesson was validated again')
    assert.equal(after[2].id, before[2].id, 'a lesson plan of another grade was left alone')
    assert.equal(after[3].id, before[3].id, "a colleague's lesson plan was left alone")

    const used = [
      {
        need: 'teacherPlan',
        documentId: teacherPlan.document.id,
        versionId: teacherPlan.version.id,
      },
    ]
    assert.deepEqual(after[0].relatedVersions, used)
    assert.deepEqual(crossFindings(after[0]), [], 'lesson, periods and week as planned')
    assert.deepEqual(after[1].relatedVersions, used)
    assert.deepEqual(crossFindings(after[1]), [['lessonNotPlanned', 'warning']])
  }).timeout(120_000)

  test('the report and the review page show beside the lesson plan what the approved PL III plans for it', async ({
    client,
  }) => {
    const { teacher, subgroupLead } = await givenStaffedSchool()
    const planned = await lessonPlanOf(teacher, PLANNED)
    const teacherPlan = await givenSubmittedTeacherPlan(teacher)
    await approveDocument(subgroupLead, { documentId: teacherPlan.document.id })

    const page = await client.get(`/documents/${planned.document.id}/versions/1`).loginAs(teacher)
    page.assertStatus(200)
    page.assertTextIncludes('Theo Kế hoạch giáo dục của giáo viên</a>:')
    page.assertTextIncludes(`${PLANNED}, 2 tiết, tuần 5`)
    page.assertTextIncludes(`href="/documents/${teacherPlan.document.id}"`)

    await db.from('documents').where('id', planned.document.id).update({ status: 'submitted' })
    const review = await client.get(`/reviews/${planned.document.id}`).loginAs(subgroupLead)
    review.assertStatus(200)
    review.assertTextIncludes(`${PLANNED}, 2 tiết, tuần 5`)
  }).timeout(120_000)
})

test.group('Related plans: approving a PL I re-checks the teacher plans that follow it', () => {
  test("the group's PL III of that grade is validated again, against the approved PL I; another grade's is left alone", async ({
    assert,
  }) => {
    const { teacher, colleague, groupHead, principal } = await givenStaffedSchool()
    const followed = await givenSubmittedTeacherPlan(teacher)
    const otherGrade = await givenSubmittedTeacherPlan(colleague, 'pl3', 7)
    /* The group head teaches too (another subgroup): the PL I is the group's, uploaded as the teacher assignment's unit. */
    const groupPlan = await givenSubmittedTeacherPlan(groupHead, 'pl1')
    const before = await Promise.all([followed, otherGrade].map(({ version }) => runOf(version.id)))
    const groupFindings = (run: Awaited<ReturnType<typeof runOf>>) =>
      run.findings
        .filter((finding) => finding.pluginId === 'cv5512:teacher-plan-follows-group-plan')
        .map((finding) => finding.messageId)
    assert.deepEqual(groupFindings(before[0]), ['noGroupPlan'])

    const approved = await approveDocument(principal, { documentId: groupPlan.document.id })
    assert.isTrue(approved.ok, JSON.stringify(approved))

    const after = await Promise.all([followed, otherGrade].map(({ version }) => runOf(version.id)))
    assert.isAbove(after[0].id, before[0].id)
    assert.equal(after[1].id, before[1].id, 'a PL III of another grade was left alone')
    assert.deepEqual(after[0].relatedVersions, [
      { need: 'groupPlan', documentId: groupPlan.document.id, versionId: groupPlan.version.id },
    ])
    assert.deepEqual(groupFindings(after[0]), [], 'the same lessons and periods as the group plan')
  }).timeout(120_000)
})
