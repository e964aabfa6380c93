import { flashOf } from '#tests/helpers/flash'
import { test } from '@japa/runner'
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import ValidationRun from '#app/documents/models/validation_run'
import { parsingMessage } from '#app/documents/parsing/messages'
import { findSoffice } from '#app/documents/parsing/legacy_doc_conversion'
import { uploadSettings } from '#app/documents/actions/upload_version'
import { givenTeacher } from '#tests/helpers/organization'
import { lessonPlanDocx, lessonPlanForm, planPdf, storedCounts } from '#tests/helpers/documents'
import {
  corruptDocx,
  emptyFile,
  encryptedPdf,
  entityExpansionDocx,
  imageOnlyPdf,
  legacyDoc,
  plainZip,
  pngImage,
  wordLockFile,
  zipBombDocx,
} from '#tests/fixtures/hostile_inputs'

test.group('Uploading a plan', () => {
  test('a teacher uploads a DOCX lesson plan and lands on its report', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', await lessonPlanDocx(), { filename: 'Kế hoạch bài dạy – Phân số.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    const version = await DocumentVersion.findByOrFail('document_id', document.id)
    response.assertHeader('location', `/documents/${document.id}/versions/1`)
    assert.equal(document.kind, 'pl4')
    assert.equal(document.status, 'draft')
    assert.equal(document.lessonTitle, 'Bài 5. Phân số với tử và mẫu là số nguyên')
    assert.equal(document.currentVersionId, version.id)
    assert.equal(version.format, 'docx')
    assert.equal(version.parseStatus, 'parsed')
    assert.equal(version.originalName, 'Kế hoạch bài dạy – Phân số.docx')
    assert.match(version.sha256, /^[0-9a-f]{64}$/)

    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertStatus(200)
    report.assertTextIncludes('Kết quả kiểm tra – phiên bản 1')
    report.assertTextIncludes('Xem trước')
  })

  test('a PDF plan is stored and previewed inline in a same-origin frame', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', await planPdf('pl4'), { filename: 'giao-an.pdf' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    response.assertHeader('location', `/documents/${document.id}/versions/1`)
    const version = await DocumentVersion.findByOrFail('document_id', document.id)
    assert.equal(version.format, 'pdf')

    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertTextIncludes(`src="/documents/${document.id}/versions/1/file"`)
    const inline = await client.get(`/documents/${document.id}/versions/1/file`).loginAs(teacher)
    inline.assertStatus(200)
    inline.assertHeader('content-type', 'application/pdf')
    assert.match(inline.header('content-disposition') ?? '', /^inline;/)
    assert.equal(inline.header('x-frame-options'), 'SAMEORIGIN')
  })

  test('a scanned PDF is kept but marked unreadable, never passed', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', await imageOnlyPdf(), { filename: 'ban-scan.pdf' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    const version = await DocumentVersion.findByOrFail('document_id', document.id)
    assert.equal(version.parseStatus, 'unreadable')
    const run = await ValidationRun.findByOrFail('version_id', version.id)
    assert.equal(run.status, 'unreadable')

    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertTextIncludes('Không đọc được nội dung — cần kiểm tra thủ công')
    const mine = await client.get('/documents').loginAs(teacher)
    mine.assertTextIncludes('Không đọc được nội dung — cần kiểm tra thủ công')
  })

  const badInputs: Array<{
    name: string
    file: () => Buffer | Promise<Buffer>
    fileName: string
    messageKey: Parameters<typeof parsingMessage>[0]
  }> = [
    { name: 'an empty file', file: emptyFile, fileName: 'trong.docx', messageKey: 'parsing.empty' },
    {
      name: 'a password-protected PDF',
      file: encryptedPdf,
      fileName: 'co-mat-khau.pdf',
      messageKey: 'parsing.encrypted',
    },
    {
      name: 'a corrupt archive',
      file: corruptDocx,
      fileName: 'hong.docx',
      messageKey: 'parsing.corrupt',
    },
    {
      name: "Word's lock file",
      file: () => wordLockFile(),
      fileName: '~$ke-hoach.docx',
      messageKey: 'parsing.lock_file',
    },
    { name: 'a photo', file: pngImage, fileName: 'anh-chup.docx', messageKey: 'parsing.image' },
    {
      name: 'a zip that is not Word',
      file: plainZip,
      fileName: 'tai-lieu.zip',
      messageKey: 'parsing.zip_not_docx',
    },
    /* Without LibreOffice the teacher is told how to save as .docx; with it, this header-only file fails to convert. */
    {
      name: 'a legacy .doc',
      file: legacyDoc,
      fileName: 'giao-an-cu.doc',
      messageKey: findSoffice() ? 'parsing.legacy_doc_conversion_failed' : 'parsing.legacy_doc',
    },
    {
      name: 'a zip bomb',
      file: () => zipBombDocx(120),
      fileName: 'bom.docx',
      messageKey: 'parsing.too_large',
    },
    {
      name: 'an XML entity bomb',
      file: entityExpansionDocx,
      fileName: 'thuc-the.docx',
      messageKey: 'parsing.unsafe_xml',
    },
    {
      name: 'an unknown format',
      file: () => Buffer.from('Xin chào, đây là văn bản thường.'),
      fileName: 'ke-hoach.pdf',
      messageKey: 'parsing.unknown',
    },
  ]

  for (const bad of badInputs) {
    test(`${bad.name} is refused with a Vietnamese message and nothing is stored`, async ({
      client,
      assert,
    }) => {
      const teacher = await givenTeacher()
      const before = await storedCounts(teacher.id)
      const response = await client
        .post('/documents')
        .fields(await lessonPlanForm(teacher))
        .file('file', await bad.file(), { filename: bad.fileName })
        .loginAs(teacher)
        .withCsrfToken()
        .redirects(0)

      response.assertHeader('location', '/documents/new?kind=pl4')
      assert.include(response.flashMessages().error, parsingMessage(bad.messageKey))
      assert.deepEqual(await storedCounts(teacher.id), before)
    })
  }

  test('a parse worker killed mid-parse still gives a clear answer and stores nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const teacher = await givenTeacher()
    const before = await storedCounts(teacher.id)
    uploadSettings.parseOptions = { timeoutMs: 1 }
    cleanup(() => void (uploadSettings.parseOptions = {}))

    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', await lessonPlanDocx({ pages: 30 }), { filename: 'dai.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', '/documents/new?kind=pl4')
    assert.include(response.flashMessages().error, parsingMessage('parsing.timeout'))
    assert.deepEqual(await storedCounts(teacher.id), before)
  })

  test('a lesson plan missing its lesson or date is held for confirmation, not created', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const form = await lessonPlanForm(teacher)
    const { lessonTitle, teachingWeek, ...incomplete } = form
    const response = await client
      .post('/documents')
      .fields(incomplete)
      .file('file', await lessonPlanDocx(), { filename: 'kh.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.match(response.header('location') ?? '', /^\/documents\/pending\/\d+$/)
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
  })

  test('nobody can file a plan under an assignment that is not theirs', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const other = await givenTeacher()
    const form = await lessonPlanForm(other)
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher, { targetId: form.targetId }))
      .file('file', await lessonPlanDocx(), { filename: 'kh.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.include(flashOf(response).inputErrorsBag.targetId.join(' '), 'không hợp lệ')
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
  })
})
