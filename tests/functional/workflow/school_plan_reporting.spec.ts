import { test } from '@japa/runner'
import SchoolPlanReport from '#app/workflow/models/school_plan_report'
import SchoolLevel from '#app/organization/models/school_level'
import { givenDepartment } from '#tests/helpers/organization'
import { eventsOf, givenDocument, givenStaffedSchool, thenStatusIs } from '#tests/helpers/workflow'
import type { SchoolType } from '#app/organization/models/school'

/** The principal records the council's decision on a submitted school plan; returns the units it was reported to. */
async function councilApproves(client: any, type: SchoolType) {
  const staff = await givenStaffedSchool(type)
  const plan = await givenDocument(staff.principal, {
    kind: 'school_plan',
    school: staff.school,
    status: 'submitted',
    title: 'Kế hoạch giáo dục nhà trường 2025-2026',
  })
  const response = await client
    .post(`/reviews/${plan.id}/council-decision`)
    .form({ decisionNumber: '15/QĐ-HĐT', decisionDate: '2025-09-10' })
    .loginAs(staff.principal)
    .withCsrfToken()
    .redirects(0)
  const reports = await SchoolPlanReport.query().where('document_id', plan.id).orderBy('level')
  return { ...staff, plan, response, reports }
}

test.group('School plan: council approval and report upward (directive 2.2)', () => {
  test("a THPT school reports to the department's secondary division", async ({
    client,
    assert,
  }) => {
    const { plan, reports } = await councilApproves(client, 'thpt')
    const { division } = await givenDepartment()
    await thenStatusIs(plan, 'approved')
    assert.deepEqual(
      reports.map((r) => [r.level, r.unitId]),
      [['thpt', division.id]]
    )
    assert.equal(reports[0].decisionNumber, '15/QĐ-HĐT')
    assert.equal(reports[0].decisionDate.toISODate(), '2025-09-10')
  })

  test('a THCS school reports to its supervising office', async ({ client, assert }) => {
    const { school, reports } = await councilApproves(client, 'thcs')
    const level = await SchoolLevel.query()
      .where({ school_id: school.id, level: 'thcs' })
      .firstOrFail()
    assert.deepEqual(
      reports.map((r) => [r.level, r.unitId]),
      [['thcs', level.receivingUnitId]]
    )
    const { division } = await givenDepartment()
    assert.notEqual(reports[0].unitId, division.id)
  })

  test('a multi-level school reports to both units', async ({ client, assert }) => {
    const { plan, reports } = await councilApproves(client, 'multi')
    const { division } = await givenDepartment()
    assert.deepEqual(
      reports.map((r) => r.level),
      ['thcs', 'thpt']
    )
    assert.equal(reports[1].unitId, division.id)
    const events = await eventsOf(plan)
    assert.deepEqual(
      events.map((e) => e.action),
      ['council_approved', 'reported']
    )
    assert.deepEqual(events[0].details, { decisionNumber: '15/QĐ-HĐT', decisionDate: '2025-09-10' })
  })

  test('only the principal records the decision; a plain approval is refused', async ({
    client,
    assert,
  }) => {
    const { school, principal, vicePrincipal } = await givenStaffedSchool('thcs')
    const plan = await givenDocument(principal, {
      kind: 'school_plan',
      school,
      status: 'submitted',
    })
    const byVice = await client
      .post(`/reviews/${plan.id}/council-decision`)
      .form({ decisionNumber: '1', decisionDate: '2025-09-10' })
      .loginAs(vicePrincipal)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(byVice.status(), [403, 404])
    const plain = await client
      .post(`/reviews/${plan.id}/approve`)
      .loginAs(principal)
      .withCsrfToken()
      .redirects(0)
    plain.assertFlashMessage(
      'error',
      'Kế hoạch nhà trường do Hội đồng trường phê duyệt: hãy nhập số và ngày quyết định.'
    )
    await thenStatusIs(plan, 'submitted')
  })
})

test.group('Routing of group and teacher plans', () => {
  test("group plans (PL1, PL2) go to the principal's office, not to the group head", async ({
    client,
    assert,
  }) => {
    const { school, group, groupHead, subgroupLead, vicePrincipal } = await givenStaffedSchool()
    const pl2 = await givenDocument(subgroupLead, {
      kind: 'pl2',
      group,
      school,
      status: 'submitted',
      title: 'Kế hoạch hoạt động nhóm Toán',
    })
    const byHead = await client
      .post(`/reviews/${pl2.id}/approve`)
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(byHead.status(), [403, 404])
    const queue = await client.get('/reviews').loginAs(vicePrincipal)
    queue.assertTextIncludes('Kế hoạch hoạt động nhóm Toán')
  })

  test('the department can route teacher plans to the group head only', async ({
    client,
    assert,
  }) => {
    const { saveSettings, settingsFor } = await import('#app/workflow/services/workflow_settings')
    const { teacher, group, subgroup, subgroupLead, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'submitted' })
    const settings = await settingsFor(document.schoolYearId)
    await saveSettings(
      document.schoolYearId,
      { ...settings, reviewers: { ...settings.reviewers, pl4: 'group_head' } },
      groupHead.id
    )
    try {
      const byLead = await client
        .post(`/reviews/${document.id}/approve`)
        .loginAs(subgroupLead)
        .withCsrfToken()
        .redirects(0)
      assert.oneOf(byLead.status(), [403, 404])
      await client
        .post(`/reviews/${document.id}/approve`)
        .loginAs(groupHead)
        .withCsrfToken()
        .redirects(0)
      await thenStatusIs(document, 'approved')
    } finally {
      await saveSettings(document.schoolYearId, settings, groupHead.id)
    }
  })
})
