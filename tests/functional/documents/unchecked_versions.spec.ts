import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { setTimeout as sleep } from 'node:timers/promises'
import ValidationRecoveryProvider from '#app/documents/providers/validation_recovery_provider'
import { recheckUncheckedVersions } from '#app/documents/validation/unchecked_versions'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'

/*
 * A crash between committing a version and validating it leaves a version
 * with no run. Simulated by removing the run the upload stored and dating
 * the version a few minutes back (older than the grace a running upload
 * gets), then "restarting": the web process's recovery provider boots.
 */

async function runsOf(versionId: number) {
  return db.from('validation_runs').where('version_id', versionId).select('id', 'status')
}

async function givenVersionLeftUncheckedByACrash(minutesAgo: number) {
  const teacher = await givenTeacher()
  const { document, version } = await givenLessonPlan(teacher)
  await db.from('validation_runs').where('version_id', version.id).delete()
  /* Rows removed by hand bypass the summary triggers (its findings, e.g. the 'no PL III' info, would stay counted on the dashboards); a real crash never stored them. */
  await rebuildSummaries()
  const createdAt = DateTime.now()
    .minus({ minutes: minutesAgo })
    .toFormat(db.connection().dialect.dateTimeFormat)
  await db.from('document_versions').where('id', version.id).update({ created_at: createdAt })
  return { teacher, document, version }
}

test.group('Versions left unchecked by a crash', () => {
  test('the report says the check is waiting, and after a restart the version gets exactly one run', async ({
    client,
    assert,
  }) => {
    const { teacher, document, version } = await givenVersionLeftUncheckedByACrash(10)
    const waiting = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    waiting.assertTextIncludes('Đang chờ xử lý: phiên bản này đứng thứ')

    const restarted = new ValidationRecoveryProvider(app)
    await restarted.ready()
    let runs = await runsOf(version.id)
    for (let waited = 0; runs.length === 0 && waited < 100; waited++) {
      await sleep(100)
      runs = await runsOf(version.id)
    }
    await restarted.shutdown()
    assert.lengthOf(runs, 1)
    assert.equal(runs[0].status, 'passed')

    /* Idempotent: another sweep (another instance, the next period) finds nothing to do. */
    await recheckUncheckedVersions()
    assert.lengthOf(await runsOf(version.id), 1)
    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    report.assertTextIncludes('Kế hoạch đạt các yêu cầu được kiểm tra tự động.')
  })

  test('a version committed moments ago is left to its own upload', async ({ assert }) => {
    const { version } = await givenVersionLeftUncheckedByACrash(0)
    await recheckUncheckedVersions()
    assert.lengthOf(await runsOf(version.id), 0)
  })
})
