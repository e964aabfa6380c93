import { test } from '@japa/runner'
import { eventsOf, givenDocument, givenStaffedSchool, thenStatusIs } from '#tests/helpers/workflow'

test.group('Workflow over HTTP: submit, review, approve, return', () => {
  test('a teacher submits; the subgroup lead sees it in the queue and approves it', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, {
      group,
      subgroup,
      title: 'Bài 3. Phép cộng phân số',
    })

    const submitted = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    submitted.assertHeader('location', `/documents/${document.id}`)
    submitted.assertFlashMessage('success', 'Đã nộp hồ sơ. Người duyệt sẽ nhận được thông báo.')

    const queue = await client.get('/reviews').loginAs(subgroupLead)
    queue.assertTextIncludes('Bài 3. Phép cộng phân số')
    queue.assertTextIncludes('Đạt kiểm tra tự động')

    const page = await client.get(`/reviews/${document.id}`).loginAs(subgroupLead)
    page.assertStatus(200)
    page.assertTextIncludes('Bạn duyệt với vai trò Nhóm trưởng')

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
      ['submitted', 'approved']
    )
    assert.equal(events[1].actorUserId, subgroupLead.id)
  })

  test('returning needs a comment; the comment reaches the teacher', async ({ client, assert }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'submitted' })

    const withoutComment = await client
      .post(`/reviews/${document.id}/return`)
      .form({ comment: '' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    withoutComment.assertStatus(302)
    await thenStatusIs(document, 'submitted')

    await client
      .post(`/reviews/${document.id}/return`)
      .form({ comment: 'Thiếu phần vận dụng.' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'returned')

    const notices = await client.get('/notifications').loginAs(teacher)
    notices.assertTextIncludes('Hồ sơ bị trả lại')
    notices.assertTextIncludes('Thiếu phần vận dụng.')
    const [event] = await eventsOf(document)
    assert.equal(event.comment, 'Thiếu phần vận dụng.')
  })

  test('the gate is enforced by the server: a version with errors is not submitted however the request is sent', async ({
    client,
  }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    const response = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )
    await thenStatusIs(document, 'draft')
  })

  test('a scanned (unreadable) plan may be submitted and the reviewer is told to check it by hand', async ({
    client,
  }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, {
      group,
      subgroup,
      check: 'unreadable',
      status: 'submitted',
    })
    const page = await client.get(`/reviews/${document.id}`).loginAs(groupHead)
    page.assertTextIncludes('Không đọc được nội dung — cần kiểm tra thủ công')
  })

  test("nobody approves his or her own document: a group head's plan goes to the principal's office", async ({
    client,
    assert,
  }) => {
    const { group, groupHead, vicePrincipal } = await givenStaffedSchool()
    const own = await givenDocument(groupHead, { group, status: 'submitted' })

    const self = await client
      .post(`/reviews/${own.id}/approve`)
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(self.status(), [403, 404])
    await thenStatusIs(own, 'submitted')

    const queue = await client.get('/reviews').loginAs(vicePrincipal)
    queue.assertTextIncludes(own.lessonTitle!)
    await client
      .post(`/reviews/${own.id}/approve`)
      .loginAs(vicePrincipal)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(own, 'approved')
  })

  test('the owner withdraws before review, not after', async ({ client }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'submitted' })
    await client
      .post(`/documents/${document.id}/withdraw`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'draft')
  })

  test('bulk approval approves the checked clean documents and leaves those with warnings', async ({
    client,
  }) => {
    const { teacher, colleague, group, subgroup, groupHead } = await givenStaffedSchool()
    const clean1 = await givenDocument(teacher, { group, subgroup, status: 'submitted' })
    const clean2 = await givenDocument(colleague, { group, subgroup, status: 'submitted' })
    const warned = await givenDocument(teacher, {
      group,
      subgroup,
      status: 'submitted',
      check: 'warnings',
    })

    const response = await client
      .post('/reviews/bulk-approve')
      .form({ documentIds: [clean1.id, clean2.id, warned.id] })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', 'Đã duyệt 2 hồ sơ.')
    await thenStatusIs(clean1, 'approved')
    await thenStatusIs(clean2, 'approved')
    await thenStatusIs(warned, 'submitted')
  })

  test('bulk approval cannot approve what the user does not review', async ({ client }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const other = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'submitted' })
    await client
      .post('/reviews/bulk-approve')
      .form({ documentIds: [document.id] })
      .loginAs(other.groupHead)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'submitted')
  })

  test('a reviewer comments on a finding of the version', async ({ client, assert }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, {
      group,
      subgroup,
      status: 'submitted',
      check: 'warnings',
    })
    const page = await client.get(`/reviews/${document.id}`).loginAs(groupHead)
    page.assertTextIncludes('Tên hoạt động khác mẫu.')
    const findingId = Number(
      /<option value="(\d+)">Tên hoạt động khác mẫu\./.exec(page.text())?.[1]
    )
    assert.isAbove(findingId, 0)

    await client
      .post(`/reviews/${document.id}/comments`)
      .form({ body: 'Đặt tên hoạt động theo mẫu.', findingId })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    const after = await client.get(`/reviews/${document.id}`).loginAs(groupHead)
    after.assertTextIncludes('Đặt tên hoạt động theo mẫu.')
    after.assertTextIncludes('Về: Tên hoạt động khác mẫu.')
  })
})
