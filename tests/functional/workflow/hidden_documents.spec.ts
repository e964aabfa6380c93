import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { givenDepartment, givenPersonWithRole } from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'

/*
 * A document outside one's scope answers exactly as a document that does
 * not exist (404), for reading and for every workflow action, and nothing
 * about it changes: ids cannot be probed.
 */

const ACTIONS: [string, (id: number) => string, Record<string, string>][] = [
  ['submit', (id) => `/documents/${id}/submit`, {}],
  ['withdraw', (id) => `/documents/${id}/withdraw`, {}],
  ['approve', (id) => `/reviews/${id}/approve`, { comment: 'Đạt' }],
  ['return', (id) => `/reviews/${id}/return`, { comment: 'Sửa lại' }],
  ['comment', (id) => `/reviews/${id}/comments`, { body: 'Nhận xét' }],
  [
    'council decision',
    (id) => `/reviews/${id}/council-decision`,
    { decisionNumber: '01/QĐ', decisionDate: '2025-09-20' },
  ],
  ['inspection note', (id) => `/inspection/${id}/notes`, { body: 'Ghi chú' }],
  [
    'dispute',
    (id) => `/documents/${id}/versions/1/disputes`,
    { findingId: '1', reason: 'Mục này có trong kế hoạch' },
  ],
  ['accept dispute', (id) => `/reviews/${id}/disputes/1/accept`, { comment: 'Đồng ý' }],
  ['uphold dispute', (id) => `/reviews/${id}/disputes/1/uphold`, { comment: 'Giữ nguyên' }],
]

test.group('Documents outside one’s scope', () => {
  test('every read and action answers 404 for a hidden document as for a missing one, and changes nothing', async ({
    client,
    assert,
  }) => {
    const target = await givenStaffedSchool()
    const plan = await givenDocument(target.teacher, {
      kind: 'pl4',
      group: target.group,
      subgroup: target.subgroup,
      status: 'submitted',
    })
    const schoolPlan = await givenDocument(target.principal, {
      kind: 'school_plan',
      school: target.school,
      status: 'submitted',
    })
    const elsewhere = await givenStaffedSchool()
    const organization = await givenDepartment()
    const specialist = await givenPersonWithRole('dept_specialist', {
      unit: organization.division,
      subjects: ['tin_hoc'],
    })
    const missing = plan.id + 1_000_000
    const before = await db
      .from('documents')
      .whereIn('id', [plan.id, schoolPlan.id])
      .orderBy('id')
      .select('id', 'status', 'updated_at')
    const events = async () => {
      const rows = await db.from('document_events').whereIn('document_id', [plan.id, schoolPlan.id])
      return rows.length
    }
    const eventsBefore = await events()

    for (const outsider of [
      elsewhere.principal,
      elsewhere.groupHead,
      elsewhere.teacher,
      specialist,
    ]) {
      for (const document of [plan, schoolPlan]) {
        for (const url of [
          `/documents/${document.id}`,
          `/reviews/${document.id}`,
          `/inspection/${document.id}`,
        ]) {
          const hidden = await client.get(url).loginAs(outsider)
          const absent = await client
            .get(url.replace(String(document.id), String(missing)))
            .loginAs(outsider)
          assert.equal(hidden.status(), 404, `${outsider.fullName} GET ${url}`)
          assert.equal(absent.status(), 404)
        }
        for (const [name, url, form] of ACTIONS) {
          const hidden = await client
            .post(url(document.id))
            .form(form)
            .loginAs(outsider)
            .withCsrfToken()
            .redirects(0)
          const absent = await client
            .post(url(missing))
            .form(form)
            .loginAs(outsider)
            .withCsrfToken()
            .redirects(0)
          assert.equal(hidden.status(), 404, `${outsider.fullName} ${name} ${document.kind}`)
          assert.equal(absent.status(), 404, `${name} missing`)
        }
      }
    }
    assert.deepEqual(
      await db
        .from('documents')
        .whereIn('id', [plan.id, schoolPlan.id])
        .orderBy('id')
        .select('id', 'status', 'updated_at'),
      before
    )
    assert.equal(await events(), eventsBefore)
  }).timeout(120_000)
})
