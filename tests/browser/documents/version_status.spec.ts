import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'
import { validateVersion } from '#app/documents/services/validate_version'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'

test.group('A report waiting for its check (browser)', () => {
  test('the teacher sees "đang chờ xử lý", and the report shows the verdict by itself once the check is done', async ({
    visit,
    browserContext,
  }) => {
    const teacher = await givenTeacher()
    const { document, version } = await givenLessonPlan(teacher)
    /* As after a crash, or while the check waits in the queue. */
    await db.from('validation_runs').where('version_id', version.id).delete()
    await rebuildSummaries()

    await browserContext.loginAs(teacher)
    const page = await visit(`/documents/${document.id}/versions/1`)
    await page.assertTextContains('main', 'Đang chờ xử lý: phiên bản này đứng thứ')
    await page.assertTextContains('main', 'Trang sẽ tự cập nhật khi có kết quả.')

    await validateVersion(version)
    /* No reload by the test: the page asks and reloads itself. */
    await page
      .getByText('Kế hoạch đạt các yêu cầu được kiểm tra tự động.')
      .waitFor({ timeout: 15_000 })
  })
})
