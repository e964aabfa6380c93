import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Document from '#app/documents/models/document'
import PendingUpload from '#app/documents/models/pending_upload'
import Subject from '#app/organization/models/subject'
import { flashOf } from '#tests/helpers/flash'
import { givenTeacher } from '#tests/helpers/organization'
import {
  filesOnDisk,
  lessonPlanDocx,
  storedCounts,
  teacherAssignment,
} from '#tests/helpers/documents'
import type User from '#app/organization/models/user'
import type { ApiClient } from '@japa/api-client'

/* The test run shares one storage folder: files are checked by key, or counted before and after. */
const pendingFiles = async () => {
  const files = await filesOnDisk()
  return files.filter((path) => path.includes('/pending/'))
}
const isStored = async (key: string) => {
  const files = await filesOnDisk()
  return files.some((path) => path.endsWith(key))
}

/** Step 1 as a browser without JavaScript sends it: the place and the file, nothing typed. */
async function uploadFileOnly(client: ApiClient, teacher: User) {
  const assignment = await teacherAssignment(teacher)
  const response = await client
    .post('/documents')
    .fields({ kind: 'pl4', targetId: assignment.id })
    .file('file', await lessonPlanDocx(), { filename: 'Bài 5 - Phân số.docx' })
    .loginAs(teacher)
    .withCsrfToken()
    .redirects(0)
  const pending = await PendingUpload.query().where('user_id', teacher.id).firstOrFail()
  return { response, pending, assignment }
}

test.group('Upload pre-filled from the file', () => {
  test('a file alone leads to a confirm page pre-filled from it; confirming creates the document with the confirmed values', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { response, pending, assignment } = await uploadFileOnly(client, teacher)
    response.assertHeader('location', `/documents/pending/${pending.id}`)
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
    assert.isTrue(await isStored(pending.storageKey))

    const page = await client.get(`/documents/pending/${pending.id}`).loginAs(teacher)
    page.assertStatus(200)
    page.assertTextIncludes('value="Bài 5. Phân số với tử và mẫu là số nguyên"')
    page.assertTextIncludes('<span class="field-note">đọc từ tệp</span>')
    assert.notInclude(page.text(), '@if(')
    const toan = await Subject.findByOrFail('code', 'toan')
    page.assertTextIncludes(`<option value="${toan.id}" selected>`)

    /* The teacher corrects the title and adds the week the file does not state. */
    const confirmed = await client
      .post(`/documents/pending/${pending.id}/confirm`)
      .form({
        kind: 'pl4',
        targetId: assignment.id,
        subjectId: toan.id,
        grade: 6,
        lessonTitle: 'Bài 5. Phân số',
        periods: 2,
        teachingWeek: 7,
      })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    confirmed.assertHeader('location', `/documents/${document.id}/versions/1`)
    assert.equal(document.lessonTitle, 'Bài 5. Phân số')
    assert.equal(document.periods, 2)
    assert.equal(document.grade, 6)
    assert.equal(document.teachingWeek, 7)
    assert.equal(document.subjectId, toan.id)
    assert.isNull(await PendingUpload.find(pending.id))
    assert.isFalse(await isStored(pending.storageKey))
    const teacherCounts = await storedCounts(teacher.id)
    assert.equal(teacherCounts.versions, 1)
  })

  test('a confirmation still missing the date or week is refused on the confirm page, the file kept', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { pending, assignment } = await uploadFileOnly(client, teacher)
    const response = await client
      .post(`/documents/pending/${pending.id}/confirm`)
      .form({ kind: 'pl4', targetId: assignment.id, lessonTitle: 'Bài 5. Phân số', periods: 2 })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `/documents/pending/${pending.id}`)
    assert.include(
      flashOf(response).inputErrorsBag.teachingDate.join(' '),
      'ngày dạy dự kiến hoặc tuần dạy'
    )
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
    assert.isNotNull(await PendingUpload.find(pending.id))
    assert.isTrue(await isStored(pending.storageKey))
  })

  test("another person's pending upload is not found, and stays untouched", async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const other = await givenTeacher()
    const { pending } = await uploadFileOnly(client, teacher)
    const otherAssignment = await teacherAssignment(other)

    const seen = await client.get(`/documents/pending/${pending.id}`).loginAs(other)
    seen.assertStatus(404)
    const confirmed = await client
      .post(`/documents/pending/${pending.id}/confirm`)
      .form({
        kind: 'pl4',
        targetId: otherAssignment.id,
        lessonTitle: 'Chiếm',
        periods: 1,
        teachingWeek: 3,
      })
      .loginAs(other)
      .withCsrfToken()
    confirmed.assertStatus(404)
    const cancelled = await client
      .delete(`/documents/pending/${pending.id}`)
      .loginAs(other)
      .withCsrfToken()
    cancelled.assertStatus(404)

    const counts = await storedCounts(other.id)
    assert.equal(counts.documents, 0)
    assert.isNotNull(await PendingUpload.find(pending.id))
    assert.isTrue(await isStored(pending.storageKey))
  })

  test('cancelling removes the held file and its row', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const { pending } = await uploadFileOnly(client, teacher)
    const response = await client
      .delete(`/documents/pending/${pending.id}`)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/documents/new?kind=pl4')
    assert.include(flashOf(response).success, 'đã được xoá')
    assert.isNull(await PendingUpload.find(pending.id))
    assert.isFalse(await isStored(pending.storageKey))
  })

  test('an expired pending upload cannot be confirmed and leaves no file', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { pending, assignment } = await uploadFileOnly(client, teacher)
    pending.expiresAt = DateTime.now().minus({ minutes: 1 })
    await pending.save()

    const response = await client
      .post(`/documents/pending/${pending.id}/confirm`)
      .form({
        kind: 'pl4',
        targetId: assignment.id,
        lessonTitle: 'Bài 5. Phân số',
        periods: 2,
        teachingWeek: 7,
      })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/documents/new?kind=pl4')
    assert.include(flashOf(response).error, 'hết thời gian chờ xác nhận')
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
    assert.isNull(await PendingUpload.find(pending.id))
    assert.isFalse(await isStored(pending.storageKey))
  })

  test("a new upload clears the person's own expired pending uploads", async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { pending } = await uploadFileOnly(client, teacher)
    pending.expiresAt = DateTime.now().minus({ minutes: 1 })
    await pending.save()
    await client
      .post('/documents/pending')
      .fields({ kind: 'pl4', targetId: pending.typed.targetId })
      .file('file', await lessonPlanDocx(), { filename: 'kh.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.isNull(await PendingUpload.find(pending.id))
    assert.isFalse(await isStored(pending.storageKey))
    assert.lengthOf(await PendingUpload.query().where('user_id', teacher.id), 1)
  })

  test('with JavaScript, the same step answers JSON with the values read and the confirm address', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const assignment = await teacherAssignment(teacher)
    const response = await client
      .post('/documents/pending')
      .header('accept', 'application/json')
      .fields({ kind: 'pl4', targetId: assignment.id })
      .file('file', await lessonPlanDocx(), { filename: 'kh.docx' })
      .loginAs(teacher)
      .withCsrfToken()
    response.assertStatus(201)
    const pending = await PendingUpload.query().where('user_id', teacher.id).firstOrFail()
    assert.equal(response.body().confirmUrl, `/documents/pending/${pending.id}`)
    assert.equal(response.body().read.lessonTitle, 'Bài 5. Phân số với tử và mẫu là số nguyên')
    assert.equal(response.body().read.periods, 2)
    assert.equal(response.body().values.lessonTitle, 'Bài 5. Phân số với tử và mẫu là số nguyên')
    const storedSubject = await Subject.findByOrFail('code', 'toan')
    assert.equal(response.body().values.subjectId, String(storedSubject.id))
    assert.includeMembers(response.body().readFields, [
      'lessonTitle',
      'periods',
      'grade',
      'subjectId',
    ])
  })

  test('a file holding several lessons is flagged on the confirm page, before anything is saved', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const assignment = await teacherAssignment(teacher)
    const response = await client
      .post('/documents')
      .fields({ kind: 'pl4', targetId: assignment.id })
      .file('file', await lessonPlanDocx({ mutations: [{ type: 'twoLessons' }] }), {
        filename: 'hai-bai.docx',
      })
      .loginAs(teacher)
      .withCsrfToken()
    response.assertStatus(200)
    response.assertTextIncludes('Tệp này có vẻ chứa 2 bài học')
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
  })

  test('in the one-step upload (every field filled), a file holding several lessons is held and flagged, nothing saved', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const assignment = await teacherAssignment(teacher)
    const toan = await Subject.findByOrFail('code', 'toan')
    const response = await client
      .post('/documents')
      .fields({
        kind: 'pl4',
        targetId: assignment.id,
        subjectId: toan.id,
        grade: 6,
        lessonTitle: 'Bài 5. Phân số',
        periods: 2,
        teachingWeek: 7,
      })
      .file('file', await lessonPlanDocx({ mutations: [{ type: 'twoLessons' }] }), {
        filename: 'hai-bai.docx',
      })
      .loginAs(teacher)
      .withCsrfToken()
    response.assertStatus(200)
    response.assertTextIncludes('Tệp này có vẻ chứa 2 bài học')
    const stored = await storedCounts(teacher.id)
    assert.equal(stored.documents, 0)
    assert.equal(stored.versions, 0)
    const pending = await PendingUpload.query().where('user_id', teacher.id).firstOrFail()
    assert.equal(pending.typed.lessonTitle, 'Bài 5. Phân số', 'what the teacher typed is kept')

    /* One lesson, every field filled: stored at once, as before. */
    const single = await client
      .post('/documents')
      .fields({
        kind: 'pl4',
        targetId: assignment.id,
        subjectId: toan.id,
        grade: 6,
        lessonTitle: 'Bài 6. So sánh phân số',
        periods: 2,
        teachingWeek: 8,
      })
      .file('file', await lessonPlanDocx(), { filename: 'mot-bai.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    single.assertHeader('location', `/documents/${document.id}/versions/1`)
  })

  test('several files held at once are listed for their owner only, one row each, a multi-lesson file flagged', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const other = await givenTeacher()
    const assignment = await teacherAssignment(teacher)
    const hold = (bytes: Buffer, filename: string) =>
      client
        .post('/documents/pending')
        .header('accept', 'application/json')
        .fields({ kind: 'pl4', targetId: assignment.id })
        .file('file', bytes, { filename })
        .loginAs(teacher)
        .withCsrfToken()
    for (const [bytes, name] of [
      [await lessonPlanDocx(), 'bai-5.docx'],
      [await lessonPlanDocx({ mutations: [{ type: 'twoLessons' }] }), 'hai-bai.docx'],
      [await lessonPlanDocx(), 'bai-6.docx'],
    ] as const) {
      const response = await hold(bytes, name)
      response.assertStatus(201)
    }

    const list = await client.get('/documents/pending').loginAs(teacher)
    list.assertStatus(200)
    for (const name of ['bai-5.docx', 'hai-bai.docx', 'bai-6.docx']) list.assertTextIncludes(name)
    list.assertTextIncludes('Có 2 bài học trong một tệp')
    const held = await PendingUpload.query().where('user_id', teacher.id)
    assert.lengthOf(held, 3)
    for (const upload of held) list.assertTextIncludes(`/documents/pending/${upload.id}`)
    const teacherResponse = await client.get('/documents').loginAs(teacher)
    teacherResponse.assertTextIncludes('3 tệp đã tải lên đang chờ bạn xác nhận')

    const othersList = await client.get('/documents/pending').loginAs(other)
    othersList.assertTextIncludes('Không có tệp nào đang chờ xác nhận.')
    assert.notInclude(othersList.text(), 'bai-5.docx')
  })

  test('a file the parser refuses is not held', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const assignment = await teacherAssignment(teacher)
    const pending = await pendingFiles()
    const before = pending.length
    const response = await client
      .post('/documents/pending')
      .fields({ kind: 'pl4', targetId: assignment.id })
      .file('file', Buffer.from('không phải tệp kế hoạch'), { filename: 'kh.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/documents/new?kind=pl4')
    assert.include(flashOf(response).error, 'Tệp chưa được lưu.')
    assert.lengthOf(await PendingUpload.query().where('user_id', teacher.id), 0)
    assert.lengthOf(await pendingFiles(), before)
  })
})
