import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Unit from '#app/organization/models/unit'
import SchoolLevel from '#app/organization/models/school_level'
import type Document from '#app/documents/models/document'
import FindingDispute from '#app/workflow/models/finding_dispute'
import {
  eventsOf,
  givenDocument,
  givenStaffedSchool,
  givenVersion,
  thenStatusIs,
} from '#tests/helpers/workflow'
import { givenPersonWithRole } from '#tests/helpers/organization'

/** The error findings of the document's current version (newest run), in order. */
async function errorsOf(document: Document) {
  const run = await db
    .from('validation_runs')
    .where('version_id', document.currentVersionId!)
    .orderBy('id', 'desc')
    .first()
  return db.from('findings').where('run_id', run.id).where('severity', 'error').orderBy('id')
}

/** A second error in the current version's run (the helper's run has one). */
async function givenSecondError(document: Document) {
  const run = await db
    .from('validation_runs')
    .where('version_id', document.currentVersionId!)
    .orderBy('id', 'desc')
    .first()
  await db.table('findings').insert({
    run_id: run.id,
    plugin_id: 'test:structure',
    message_id: 'missingActivity',
    severity: 'error',
    message: 'Thiếu hoạt động "Vận dụng".',
    location: JSON.stringify({ heading: 'III. Tiến trình dạy học' }),
  })
  await db.from('validation_runs').where('id', run.id).update({ errors: 2 })
}

async function officeOf(schoolId: number) {
  const level = await SchoolLevel.query().where('school_id', schoolId).firstOrFail()
  return Unit.findOrFail(level.receivingUnitId)
}

async function disputesCount(where: Record<string, unknown>) {
  const row = await db.from('finding_disputes').where(where).count('* as total').first()
  return Number(row.total)
}

const REASON = 'Mục tiêu có ở trang 1, dưới tiêu đề I. MỤC TIÊU.'

test.group('Disputing a finding ("Báo kiểm tra chưa đúng")', () => {
  test('the teacher disputes the error, submits; the reviewer sees the reason, accepts, and approves', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const [finding] = await errorsOf(document)

    const panel = await client.get(`/documents/${document.id}`).loginAs(teacher)
    panel.assertTextIncludes(
      `<a href="/documents/${document.id}/versions/1">Mở báo cáo kiểm tra</a>`
    )
    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertTextIncludes('Báo kiểm tra chưa đúng')

    const disputed = await client
      .post(`/documents/${document.id}/versions/1/disputes`)
      .form({ findingId: finding.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    disputed.assertHeader('location', `/documents/${document.id}/versions/1#finding-${finding.id}`)
    const afterReport = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    afterReport.assertTextIncludes(REASON)
    afterReport.assertTextIncludes('Chờ người duyệt xem xét')

    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'submitted')

    const queue = await client.get('/reviews').loginAs(subgroupLead)
    queue.assertTextIncludes('Giáo viên báo lỗi kiểm tra chưa đúng — cần xem xét')
    const page = await client.get(`/reviews/${document.id}`).loginAs(subgroupLead)
    page.assertTextIncludes('Ý kiến của Nguyễn Thị Mai')
    page.assertTextIncludes(REASON)
    page.assertTextIncludes('Thiếu mục &quot;I. Mục tiêu&quot;.')

    /* Not approvable while the dispute is undecided, even by a direct POST. */
    const early = await client
      .post(`/reviews/${document.id}/approve`)
      .form({ versionId: document.currentVersionId })
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    early.assertFlashMessage(
      'error',
      'Giáo viên đã báo một lỗi kiểm tra chưa đúng. Hãy chấp nhận hoặc giữ nguyên từng ý kiến trước khi duyệt.'
    )
    await thenStatusIs(document, 'submitted')

    const dispute = await FindingDispute.findByOrFail('document_id', document.id)
    await client
      .post(`/reviews/${document.id}/disputes/${dispute.id}/accept`)
      .form({ comment: 'Đúng, mục tiêu có đủ.' })
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    await dispute.refresh()
    assert.equal(dispute.status, 'accepted')
    assert.equal(dispute.decidedBy, subgroupLead.id)

    const approved = await client
      .post(`/reviews/${document.id}/approve`)
      .form({ versionId: document.currentVersionId })
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    approved.assertHeader('location', '/reviews')
    await thenStatusIs(document, 'approved')

    const events = await eventsOf(document)
    assert.deepEqual(
      events.map((event) => event.action),
      ['disputed', 'submitted', 'dispute_accepted', 'approved']
    )
    assert.equal(events[0].comment, REASON)
    assert.equal(events[0].actorUserId, teacher.id)
    assert.equal(events[2].actorUserId, subgroupLead.id)
    const history = await client.get(`/documents/${document.id}`).loginAs(teacher)
    history.assertTextIncludes('Chấp nhận ý kiến: bỏ qua lỗi ở phiên bản này')
  })

  test('the reviewer upholds the finding: the plan is returned with the reason, and that version cannot be resubmitted', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const [finding] = await errorsOf(document)
    await client
      .post(`/documents/${document.id}/versions/1/disputes`)
      .form({ findingId: finding.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const dispute = await FindingDispute.findByOrFail('document_id', document.id)

    const withoutReason = await client
      .post(`/reviews/${document.id}/disputes/${dispute.id}/uphold`)
      .form({ comment: ' ' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    withoutReason.assertStatus(302)
    await thenStatusIs(document, 'submitted')

    const upheld = await client
      .post(`/reviews/${document.id}/disputes/${dispute.id}/uphold`)
      .form({ comment: 'Mục tiêu chưa nêu năng lực đặc thù.' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    upheld.assertHeader('location', '/reviews')
    await thenStatusIs(document, 'returned')
    await dispute.refresh()
    assert.equal(dispute.status, 'upheld')

    const events = await eventsOf(document)
    assert.deepEqual(
      events.map((event) => event.action),
      ['disputed', 'submitted', 'dispute_upheld', 'returned']
    )
    assert.equal(events[3].comment, 'Mục tiêu chưa nêu năng lực đặc thù.')
    const notices = await client.get('/notifications').loginAs(teacher)
    notices.assertTextIncludes('Mục tiêu chưa nêu năng lực đặc thù.')

    const again = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    again.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )
    await thenStatusIs(document, 'returned')
  })

  test('the gate still refuses an undisputed error, sent by a direct POST', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    await givenSecondError(document)
    const [first] = await errorsOf(document)
    await client
      .post(`/documents/${document.id}/versions/1/disputes`)
      .form({ findingId: first.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    const submit = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    submit.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )
    await thenStatusIs(document, 'draft')

    /* Even with the status forced to submitted and the disputed error accepted, the other error blocks approval. */
    await db.from('documents').where('id', document.id).update({ status: 'submitted' })
    const dispute = await FindingDispute.findByOrFail('document_id', document.id)
    await client
      .post(`/reviews/${document.id}/disputes/${dispute.id}/accept`)
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    const approve = await client
      .post(`/reviews/${document.id}/approve`)
      .form({ versionId: document.currentVersionId })
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    approve.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )
    await thenStatusIs(document, 'submitted')
    const bulk = await client
      .post('/reviews/bulk-approve')
      .form({ documentIds: [document.id] })
      .loginAs(subgroupLead)
      .withCsrfToken()
      .redirects(0)
    bulk.assertStatus(302)
    await thenStatusIs(document, 'submitted')
    assert.equal(await disputesCount({ document_id: document.id, status: 'accepted' }), 1)
  })

  test('a dispute needs a short reason and only an error of the current version can be disputed', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const [finding] = await errorsOf(document)
    const url = `/documents/${document.id}/versions/1/disputes`

    const empty = await client
      .post(url)
      .form({ findingId: finding.id, reason: '   ' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    empty.assertStatus(302)
    const long = await client
      .post(url)
      .form({ findingId: finding.id, reason: 'x'.repeat(501) })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    long.assertStatus(302)
    assert.equal(await disputesCount({ document_id: document.id }), 0)

    const warned = await givenDocument(teacher, { group, subgroup, check: 'warnings' })
    const warning = await db
      .from('findings')
      .join('validation_runs', 'validation_runs.id', 'findings.run_id')
      .where('validation_runs.version_id', warned.currentVersionId!)
      .select('findings.id')
      .first()
    const onWarning = await client
      .post(`/documents/${warned.id}/versions/1/disputes`)
      .form({ findingId: warning.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    onWarning.assertFlashMessage(
      'error',
      'Chỉ báo được lỗi (không phải cảnh báo hay ghi chú): cảnh báo không chặn việc nộp.'
    )

    /* Another document's finding through this document's URL. */
    const crossed = await client
      .post(url)
      .form({ findingId: warning.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    crossed.assertFlashMessage(
      'error',
      'Lỗi được chọn không thuộc lần kiểm tra mới nhất của phiên bản này.'
    )
    assert.equal(
      (await disputesCount({ document_id: document.id })) +
        (await disputesCount({ document_id: warned.id })),
      0
    )

    /* Once per finding of a version. */
    await client
      .post(url)
      .form({ findingId: finding.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const again = await client
      .post(url)
      .form({ findingId: finding.id, reason: 'Lần nữa.' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    again.assertFlashMessage('error', 'Lỗi này đã được báo kiểm tra chưa đúng.')
    assert.equal(await disputesCount({ document_id: document.id }), 1)
  })

  test("only the owner disputes and only the document's reviewer decides: everyone else is refused", async ({
    client,
    assert,
  }) => {
    const { school, teacher, colleague, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const otherSchool = await givenStaffedSchool()
    const inspector = await givenPersonWithRole(
      'office_inspector',
      { unit: await officeOf(school.id) },
      'Vũ Thanh Tra'
    )
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const [finding] = await errorsOf(document)

    for (const outsider of [colleague, otherSchool.groupHead, inspector, subgroupLead]) {
      const response = await client
        .post(`/documents/${document.id}/versions/1/disputes`)
        .form({ findingId: finding.id, reason: REASON })
        .loginAs(outsider)
        .withCsrfToken()
        .redirects(0)
      /* 404 for those who may not even see the plan (as if it did not exist), 403 for those who see it. */
      assert.oneOf(response.status(), [403, 404], `user ${outsider.username} disputed`)
    }
    assert.equal(await disputesCount({ document_id: document.id }), 0)

    await client
      .post(`/documents/${document.id}/versions/1/disputes`)
      .form({ findingId: finding.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const dispute = await FindingDispute.findByOrFail('document_id', document.id)

    for (const outsider of [
      teacher,
      colleague,
      otherSchool.groupHead,
      otherSchool.principal,
      inspector,
    ]) {
      for (const decision of ['accept', 'uphold']) {
        const response = await client
          .post(`/reviews/${document.id}/disputes/${dispute.id}/${decision}`)
          .form({ comment: 'Không đồng ý.' })
          .loginAs(outsider)
          .withCsrfToken()
          .redirects(0)
        assert.oneOf(response.status(), [403, 404], `user ${outsider.username} could ${decision}`)
      }
    }
    await dispute.refresh()
    assert.equal(dispute.status, 'open')
    await thenStatusIs(document, 'submitted')
    const events = await eventsOf(document)
    assert.deepEqual(
      events.map((event) => event.action),
      ['disputed', 'submitted']
    )
  })

  test('a dispute belongs to one version: it never blocks a later clean version, nor excuses the same error in it', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const [finding] = await errorsOf(document)
    await client
      .post(`/documents/${document.id}/versions/1/disputes`)
      .form({ findingId: finding.id, reason: REASON })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const dispute = await FindingDispute.findByOrFail('document_id', document.id)
    await client
      .post(`/reviews/${document.id}/disputes/${dispute.id}/uphold`)
      .form({ comment: 'Giữ nguyên.' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'returned')

    /* Version 2 has the same error: v1's dispute does not cover it. */
    await givenVersion(document, teacher, 'errors')
    const same = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    same.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )

    /* Version 3 is clean: submitted and approved with v1's upheld dispute on record. */
    await givenVersion(document, teacher, 'passed')
    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'submitted')
    await client
      .post(`/reviews/${document.id}/approve`)
      .form({ versionId: document.currentVersionId })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'approved')
    const rows = await FindingDispute.query().where('document_id', document.id)
    assert.equal(rows.length, 1)
  })
})
