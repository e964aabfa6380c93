import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import { buildPlan, toDocx, type PlanOptions } from '#tests/fixtures/plans'
import { givenStaffedSchool } from '#tests/helpers/workflow'

async function planFile(folder: string, name: string, options: PlanOptions = {}) {
  const path = join(folder, name)
  await writeFile(path, await toDocx(buildPlan('pl4', options)))
  return path
}

test.group('Upload pre-filled from the file (browser)', () => {
  test('a teacher drops three lesson plans, confirms what was read from each, and gets three plans with three reports', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { teacher } = await givenStaffedSchool()
    const folder = await mkdtemp(join(tmpdir(), 'hscm-browser-'))
    const files = [
      await planFile(folder, 'bai-5.docx'),
      await planFile(folder, 'bai-5b.docx'),
      await planFile(folder, 'hai-bai.docx', { mutations: [{ type: 'twoLessons' }] }),
    ]

    await browserContext.loginAs(teacher)
    const upload = await visit('/documents/new?kind=pl4')
    await upload.locator('input[name=file]').setInputFiles(files)
    await upload.waitForURL(/\/documents\/pending$/)
    await upload.assertTextContains('main', 'Có 2 bài học trong một tệp')
    assert.equal(await upload.locator('tbody tr').count(), 3)

    for (let n = 1; n <= 3; n++) {
      await upload.getByRole('link', { name: 'Xác nhận' }).first().click()
      await upload.waitForURL(/\/documents\/pending\/\d+$/)
      assert.equal(
        await upload.locator('input[name=lessonTitle]').inputValue(),
        'Bài 5. Phân số với tử và mẫu là số nguyên'
      )
      await upload.assertTextContains('label[for=field-lessonTitle]', 'đọc từ tệp')
      await upload.locator('input[name=lessonTitle]').fill(`Bài ${n}. Phân số`)
      await upload.locator('input[name=teachingWeek]').fill(String(n + 4))
      await upload.getByRole('button', { name: 'Xác nhận và kiểm tra' }).click()
      await upload.waitForURL(/\/documents\/\d+\/versions\/1$/)
      await upload.assertTextContains('main', 'Kết quả kiểm tra')
      if (n < 3) await upload.goto('/documents/pending')
    }

    const documents = await Document.query().where('owner_user_id', teacher.id).orderBy('id')
    assert.deepEqual(
      documents.map((d) => [d.lessonTitle, d.teachingWeek, d.periods, d.grade]),
      [
        ['Bài 1. Phân số', 5, 2, 6],
        ['Bài 2. Phân số', 6, 2, 6],
        ['Bài 3. Phân số', 7, 2, 6],
      ]
    )
    for (const document of documents)
      assert.isNotNull(await DocumentVersion.findBy('document_id', document.id))
  })

  test('with JavaScript, choosing one file fills the empty fields in place; the teacher adds the week and uploads', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { teacher } = await givenStaffedSchool()
    const folder = await mkdtemp(join(tmpdir(), 'hscm-browser-'))

    await browserContext.loginAs(teacher)
    const upload = await visit('/documents/new?kind=pl4')
    await upload.locator('input[name=file]').setInputFiles(await planFile(folder, 'bai-5.docx'))
    await upload.locator('label[for=field-lessonTitle] .field-note').waitFor()
    assert.equal(
      await upload.locator('input[name=lessonTitle]').inputValue(),
      'Bài 5. Phân số với tử và mẫu là số nguyên'
    )
    assert.equal(await upload.locator('input[name=periods]').inputValue(), '2')
    assert.equal(await upload.locator('select[name=grade]').inputValue(), '6')
    await upload.locator('input[name=teachingWeek]').fill('9')
    await upload.getByRole('button', { name: 'Tải lên và kiểm tra' }).click()
    await upload.waitForURL(/\/documents\/\d+\/versions\/1$/)

    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    assert.deepEqual(
      [document.lessonTitle, document.periods, document.grade, document.teachingWeek],
      ['Bài 5. Phân số với tử và mẫu là số nguyên', 2, 6, 9]
    )
  })
})
