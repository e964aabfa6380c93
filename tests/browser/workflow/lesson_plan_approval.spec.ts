import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Document from '#app/documents/models/document'
import Subject from '#app/organization/models/subject'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { givenStaffedSchool } from '#tests/helpers/workflow'

const LESSON = 'Bài 5. Phân số với tử và mẫu là số nguyên'

/** A lesson plan written to a temporary file for the file input; `broken` drops section I (Mục tiêu). */
async function lessonPlanFile(name: string, broken: boolean) {
  const plan = buildPlan('pl4', broken ? { mutations: [{ type: 'dropSection', key: 'I' }] } : {})
  const folder = await mkdtemp(join(tmpdir(), 'hscm-browser-'))
  const path = join(folder, name)
  await writeFile(path, await toDocx(plan))
  return path
}

test.group('Lesson plan approval (browser)', () => {
  test('a teacher fixes a structural error, submits, the group head approves, the log shows every step', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { teacher, groupHead } = await givenStaffedSchool()
    const toan = await Subject.findByOrFail('code', 'toan')

    /* 1. The teacher uploads a plan without "I. Mục tiêu": the findings show and submitting is not possible. */
    await browserContext.loginAs(teacher)
    const upload = await visit('/documents/new?kind=pl4')
    await upload.setViewportSize({ width: 820, height: 1100 })
    await upload.locator('select[name=subjectId]').selectOption(String(toan.id))
    await upload.locator('select[name=grade]').selectOption('6')
    await upload.locator('input[name=lessonTitle]').fill(LESSON)
    await upload.locator('input[name=periods]').fill('2')
    await upload.locator('input[name=teachingWeek]').fill('5')
    await upload
      .locator('input[name=file]')
      .setInputFiles(await lessonPlanFile('ke-hoach-bai-day-loi.docx', true))
    await upload.locator('form[action^="/documents?"] button[type=submit]').click()
    await upload.waitForURL(/\/documents\/\d+\/versions\/1$/)
    await upload.assertTextContains('main', 'Mục tiêu')

    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()
    const page = await visit(`/documents/${document.id}`)
    await page.assertTextContains('.workflow-panel', 'còn lỗi cấu trúc')
    assert.isTrue(await page.getByRole('button', { name: 'Nộp duyệt' }).isDisabled())

    /* 2. A fixed version, then submit. */
    await page
      .locator('input[name=file]')
      .setInputFiles(await lessonPlanFile('ke-hoach-bai-day.docx', false))
    await page
      .locator(`form[action^="/documents/${document.id}/versions?"] button[type=submit]`)
      .click()
    await page.waitForURL(/\/documents\/\d+\/versions\/2$/)
    const fixed = await visit(`/documents/${document.id}`)
    await fixed.getByRole('button', { name: 'Nộp duyệt' }).click()
    await fixed.assertTextContains('body', 'Đã nộp hồ sơ.')

    /* 3. The group head finds it in the queue, reviews it with the keyboard-usable form, approves. */
    await browserContext.clearCookies()
    await browserContext.loginAs(groupHead)
    const queue = await visit('/reviews')
    await queue.assertTextContains('main', LESSON)
    await queue.getByRole('link', { name: 'Xem và duyệt' }).first().click()
    await queue.waitForURL(new RegExp(`/reviews/${document.id}$`))
    await queue.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await queue.assertTextContains('body', 'Đã duyệt hồ sơ.')

    /* 4. The teacher sees it approved, with the whole history. */
    await browserContext.clearCookies()
    await browserContext.loginAs(teacher)
    const done = await visit(`/documents/${document.id}`)
    await done.assertTextContains('main', 'Đã duyệt')
    const actions = await done
      .locator('.workflow-history tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event')))
    assert.deepEqual(actions, ['uploaded', 'uploaded', 'submitted', 'approved'])
  })
})
