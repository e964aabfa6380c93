import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Document from '#app/documents/models/document'
import Subject from '#app/organization/models/subject'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { givenStaffedSchool } from '#tests/helpers/workflow'

const LESSON = 'Bài 6. So sánh phân số'
const REASON = 'Mục tiêu có ở đầu bài, trong bảng của trường.'

/** A lesson plan without "I. Mục tiêu", written to a temporary file for the file input. */
async function planWithoutObjectives() {
  const folder = await mkdtemp(join(tmpdir(), 'hscm-browser-'))
  const path = join(folder, 'ke-hoach-bai-day.docx')
  await writeFile(
    path,
    await toDocx(buildPlan('pl4', { mutations: [{ type: 'dropSection', key: 'I' }] }))
  )
  return path
}

test.group('Disputing a finding (browser)', () => {
  test('a teacher disputes an error on the report, submits, the group head accepts the dispute beside the plan and approves', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { teacher, groupHead } = await givenStaffedSchool()
    const toan = await Subject.findByOrFail('code', 'toan')

    /* 1. The upload is blocked by an error the teacher holds to be wrong. */
    await browserContext.loginAs(teacher)
    const report = await visit('/documents/new?kind=pl4')
    await report.setViewportSize({ width: 820, height: 1100 })
    await report.locator('select[name=subjectId]').selectOption(String(toan.id))
    await report.locator('select[name=grade]').selectOption('6')
    await report.locator('input[name=lessonTitle]').fill(LESSON)
    await report.locator('input[name=periods]').fill('2')
    await report.locator('input[name=teachingWeek]').fill('6')
    await report.locator('input[name=file]').setInputFiles(await planWithoutObjectives())
    await report.locator('form[action^="/documents?"] button[type=submit]').click()
    await report.waitForURL(/\/documents\/\d+\/versions\/1$/)
    const document = await Document.query().where('owner_user_id', teacher.id).firstOrFail()

    /* 2. "Báo kiểm tra chưa đúng" on every error, with the reason typed in (one dispute covers repeats of the same finding). */
    const undisputed = report.locator('li.finding-error:has(details.dispute-form)')
    assert.isAbove(await undisputed.count(), 0)
    let disputes = 0
    while ((await undisputed.count()) > 0) {
      const id = await undisputed.first().getAttribute('id')
      const finding = report.locator(`#${id}`)
      await finding.getByText('Báo kiểm tra chưa đúng', { exact: true }).click()
      await finding.getByLabel('Vì sao lỗi này không đúng?').fill(REASON)
      await finding.getByRole('button', { name: 'Gửi ý kiến' }).click()
      /* Back on the report, the finding now shows its open dispute. */
      await report.locator(`#${id} [data-dispute=open]`).waitFor()
      await report.assertTextContains('body', 'Đã gửi ý kiến')
      disputes++
    }
    assert.equal(
      await report.locator('li.finding-error [data-dispute=open]').count(),
      await report.locator('li.finding-error').count()
    )

    /* 3. Every error is disputed: the plan can be submitted. */
    const page = await visit(`/documents/${document.id}`)
    await page.getByRole('button', { name: 'Nộp duyệt' }).click()
    await page.assertTextContains('body', 'Đã nộp hồ sơ.')

    /* 4. The group head reads the reason beside the plan; approving waits for the decisions. */
    await browserContext.clearCookies()
    await browserContext.loginAs(groupHead)
    const review = await visit(`/reviews/${document.id}`)
    await review.assertTextContains('#disputes', REASON)
    await review.assertTextContains('#decision-title + *', 'Hãy chấp nhận hoặc giữ nguyên')
    for (let index = 0; index < disputes; index++) {
      await review.getByRole('button', { name: 'Chấp nhận, bỏ qua lỗi này' }).first().click()
      await review.locator('#disputes .badge-success').nth(index).waitFor()
    }
    await review.assertTextContains('body', 'Đã chấp nhận ý kiến')
    await review.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await review.assertTextContains('body', 'Đã duyệt hồ sơ.')

    /* 5. The teacher's history shows the disputes and their decisions. */
    await browserContext.clearCookies()
    await browserContext.loginAs(teacher)
    const done = await visit(`/documents/${document.id}`)
    await done.assertTextContains('main', 'Đã duyệt')
    const actions = await done
      .locator('.workflow-history tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event')))
    assert.deepEqual(actions, [
      'uploaded',
      ...Array(disputes).fill('disputed'),
      'submitted',
      ...Array(disputes).fill('dispute_accepted'),
      'approved',
    ])
  })
})
