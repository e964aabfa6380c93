import { test } from '@japa/runner'
import { createHash } from 'node:crypto'
import DocumentVersion from '#app/documents/models/document_version'
import {
  givenTeacher,
  givenPersonWithRole,
  givenGroup,
  givenSchool,
} from '#tests/helpers/organization'
import { bufferDownloads, givenLessonPlan, lessonPlanDocx, planPdf } from '#tests/helpers/documents'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { paragraph } from '#tests/fixtures/doc_spec'
import { emfDrawing, solidPng } from '#tests/fixtures/png'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

test.group('Versions of a document', (suite) => {
  suite.setup(() => bufferDownloads())

  test('uploading again creates v2; v1 stays downloadable with its own hash and Vietnamese name', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher({ fullName: 'Phạm Thu Hà' })
    const first = await lessonPlanDocx()
    const { document } = await givenLessonPlan(teacher, {
      bytes: first,
      fileName: 'Kế hoạch bài dạy – bản 1.docx',
    })
    const second = await lessonPlanDocx({ activities: 3 })

    const response = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', second, { filename: 'Kế hoạch bài dạy – bản 2.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', `/documents/${document.id}/versions/2`)

    const versions = await DocumentVersion.query()
      .where('document_id', document.id)
      .orderBy('number')
    assert.deepEqual(
      versions.map((v) => v.number),
      [1, 2]
    )
    assert.deepEqual(
      versions.map((v) => v.sha256),
      [sha256(first), sha256(second)]
    )
    assert.deepEqual(
      versions.map((v) => v.size),
      [first.length, second.length]
    )
    assert.notEqual(versions[0].storageKey, versions[1].storageKey)

    const download = await client
      .get(`/documents/${document.id}/versions/1/download`)
      .loginAs(teacher)
    download.assertStatus(200)
    assert.equal(sha256(download.body()), sha256(first))
    const disposition = download.header('content-disposition')
    assert.include(
      disposition,
      `filename*=UTF-8''${encodeURIComponent('Kế hoạch bài dạy – bản 1.docx')}`
    )
    assert.include(disposition, 'filename="Ke hoach bai day _ ban 1.docx"')

    const page = await client.get(`/documents/${document.id}`).loginAs(teacher)
    page.assertTextIncludes('Phiên bản 2')
    page.assertTextIncludes('Phiên bản 1')
    page.assertTextIncludes(sha256(first))
    page.assertTextIncludes('Phạm Thu Hà')
    /* upload.js enhances the new-version form (drop zone, progress) only if the form carries its marker. */
    assert.match(
      page.text(),
      new RegExp(
        `<form(?=[^>]*\\sdata-upload-form[\\s>])[^>]*action="/documents/${document.id}/versions[?"]`
      )
    )
  })

  test('the report of v2 says what was fixed, what is new and what remains', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    /* Not a gate error (a multi-lesson file): a gate would hide v1's other findings, which v2 would then show as new. */
    const { document, run } = await givenLessonPlan(teacher, {
      bytes: await lessonPlanDocx({ mutations: [{ type: 'dropSection', key: 'II' }] }),
    })
    assert.equal(run?.status, 'failed')
    const v1 = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    v1.assertTextIncludes(`${run!.errors} lỗi`)
    v1.assertTextIncludes('Căn cứ')
    v1.assertTextIncludes('Thiếu mục &quot;II. Thiết bị dạy học và học liệu&quot;')
    v1.assertTextIncludes('href="#preview-block-')
    await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'da-sua.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    const report = await client.get(`/documents/${document.id}/versions/2`).loginAs(teacher)
    report.assertStatus(200)
    report.assertTextIncludes('So với phiên bản 1')
    report.assertTextIncludes('Mới phát sinh (0)')
    /* What remains is the info that the teacher has no approved education plan (PL III) to compare with yet. */
    report.assertTextIncludes('Còn tồn tại (1)')
    report.assertTextIncludes('Chưa có Kế hoạch giáo dục của giáo viên (Phụ lục III)')
    assert.notInclude(report.text(), 'Đã sửa (0)')
    report.assertTextIncludes('Đạt')
  })

  test("another teacher cannot see, download or add to someone's plan: it answers like a plan that does not exist", async ({
    client,
    assert,
  }) => {
    const owner = await givenTeacher()
    const { document } = await givenLessonPlan(owner)
    const stranger = await givenTeacher()

    for (const url of [
      `/documents/${document.id}`,
      `/documents/${document.id}/versions/1`,
      `/documents/${document.id}/versions/1/download`,
      `/documents/${document.id}/versions/1/file`,
      `/documents/${document.id}/versions/1/preview`,
    ]) {
      const response = await client.get(url).loginAs(stranger)
      response.assertStatus(404)
      assert.notInclude(response.text(), document.title)
      const missing = await client
        .get(url.replace(`/documents/${document.id}`, `/documents/${document.id + 100000}`))
        .loginAs(stranger)
      missing.assertStatus(404)
      const page = (text: string) => text.replace(/name='_csrf' value='[^']*'/, '')
      assert.equal(page(response.text()), page(missing.text()), url)
    }
    const upload = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'x.docx' })
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    upload.assertStatus(404)
    const rows = await DocumentVersion.query().where('document_id', document.id)
    assert.equal(rows.length, 1)
    const missing = await client.get(`/documents/${document.id + 100000}`).loginAs(stranger)
    missing.assertStatus(404)
  })

  test('the group head reads a teacher plan but only its owner uploads versions', async ({
    client,
    assert,
  }) => {
    const school = await givenSchool()
    const group = await givenGroup(school)
    const teacher = await givenTeacher({ school, group })
    const head = await givenPersonWithRole('group_head', { school, group })
    const { document } = await givenLessonPlan(teacher)

    const page = await client.get(`/documents/${document.id}`).loginAs(head)
    page.assertStatus(200)
    assert.notInclude(page.text(), 'Tải lên phiên bản mới')
    const upload = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'x.docx' })
      .loginAs(head)
      .withCsrfToken()
      .redirects(0)
    assert.notEqual(upload.status(), 200)
    const rows = await DocumentVersion.query().where('document_id', document.id)
    assert.equal(rows.length, 1)
  })

  test('an approved plan keeps its approved version; a new upload is a new version to approve again', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { document } = await givenLessonPlan(teacher)
    document.status = 'approved'
    await document.save()

    const page = await client.get(`/documents/${document.id}`).loginAs(teacher)
    page.assertTextIncludes('Phiên bản đã duyệt được giữ nguyên')
    const upload = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'x.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.equal(upload.status(), 302)
    const versions = await DocumentVersion.query()
      .where('document_id', document.id)
      .orderBy('number')
    assert.deepEqual(
      versions.map((version) => version.number),
      [1, 2]
    )
    await document.refresh()
    assert.equal(document.status, 'draft')
  })

  test('"Hồ sơ của tôi" lists own plans by school year and kind with status and result', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    await givenLessonPlan(teacher, { lessonTitle: 'Bài 7. Số thập phân' })
    const other = await givenTeacher()
    await givenLessonPlan(other, { lessonTitle: 'Bài 9. Hình tròn của người khác' })

    const page = await client.get('/documents').loginAs(teacher)
    page.assertStatus(200)
    page.assertTextIncludes('Năm học 2025-2026')
    page.assertTextIncludes('Kế hoạch bài dạy (Phụ lục IV)')
    page.assertTextIncludes('Bài 7. Số thập phân')
    page.assertTextIncludes('Bản nháp')
    page.assertTextIncludes('v1')
    assert.notInclude(page.text(), 'Hình tròn của người khác')
  })

  test('the DOCX preview is sanitized HTML with anchors and no scripts', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { document } = await givenLessonPlan(teacher)
    const preview = await client
      .get(`/documents/${document.id}/versions/1/preview`)
      .loginAs(teacher)
    preview.assertStatus(200)
    preview.assertTextIncludes('Tiến trình dạy học')
    preview.assertTextIncludes('id="preview-block-1"')
    assert.notInclude(preview.text().split('file-preview')[1] ?? '', '<script')
  })

  test('pictures of a DOCX show in the preview, served from storage to those who may see the plan', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const figure = solidPng(40, 30)
    const plan = buildPlan('pl4')
    plan.blocks.push(
      paragraph('Hình 1:', {
        image: {
          data: figure,
          format: 'png',
          width: 40,
          height: 30,
          alt: 'Đường trung trực của AB',
        },
      }),
      paragraph('Hình 2 (bản vẽ Word):', {
        image: { data: emfDrawing(), format: 'png', width: 40, height: 30 },
      }),
      paragraph('Hình 3:', {
        image: { data: solidPng(20, 20, [0, 90, 200]), format: 'png', width: 20, height: 20 },
      })
    )
    const { document } = await givenLessonPlan(teacher, { bytes: await toDocx(plan) })
    const base = `/documents/${document.id}/versions/1/preview/images`

    const preview = await client
      .get(`/documents/${document.id}/versions/1/preview`)
      .loginAs(teacher)
    preview.assertTextIncludes(`<img src="${base}/1" alt="Đường trung trực của AB" loading="lazy"`)
    preview.assertTextIncludes(`<img src="${base}/2"`)
    assert.notInclude(preview.text(), 'data:image')
    /* The EMF drawing (declared as PNG) cannot be shown: counted, never served. */
    preview.assertTextIncludes('1 hình trong tệp không hiển thị được ở bản xem trước')

    const image = await client.get(`${base}/1`).loginAs(teacher)
    image.assertStatus(200)
    image.assertHeader('content-type', 'image/png')
    assert.equal(sha256(image.body()), sha256(figure))
    const response = await client.get(`${base}/3`).loginAs(teacher)
    response.assertStatus(404)
    const strangerResponse = await client.get(`${base}/1`).loginAs(await givenTeacher())
    strangerResponse.assertStatus(404)
  })

  test('a PDF report shows the text the checks read, its findings link into it, and the PDF itself below', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const bytes = await planPdf('pl4', { mutations: [{ type: 'twoLessons' }] })
    const { document, run } = await givenLessonPlan(teacher, { bytes, fileName: 'giao-an.pdf' })
    assert.equal(run?.status, 'failed')

    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertTextIncludes('Nội dung hệ thống đọc được từ tệp PDF')
    report.assertTextIncludes('Bài 6. So sánh phân số')
    const anchors = [...report.text().matchAll(/href="#(preview-block-\d+)"/g)].map(
      (match) => match[1]
    )
    assert.isNotEmpty(anchors)
    for (const anchor of anchors) report.assertTextIncludes(`id="${anchor}"`)
    report.assertTextIncludes('Trang 2')
    assert.match(
      report.text(),
      /<details class="pdf-original"\s*>\s*<summary>Xem tệp PDF gốc<\/summary>\s*<iframe class="pdf-frame" loading="lazy" src="\/documents\/\d+\/versions\/1\/file"/
    )
  })
})
