/*
|--------------------------------------------------------------------------
| Large uploads are validated by a worker, small ones at once
|--------------------------------------------------------------------------
|
| VALIDATE_INLINE_MAX_MB is set to 0 here so the small fixture counts as
| large. The sync driver (the embedded default) still validates before the
| upload returns; a Redis queue hands the version to a worker instead (the
| real worker is exercised by multi_instance.spec.ts).
*/
import { test } from '@japa/runner'
import env from '#start/env'
import { QueueManager } from '@adonisjs/queue'
import ValidationRun from '#app/documents/models/validation_run'
import ValidateVersionJob from '#app/documents/jobs/validate_version_job'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'

test.group('Background validation', (group) => {
  group.each.setup(() => {
    const saved = { max: env.get('VALIDATE_INLINE_MAX_MB'), driver: env.get('QUEUE_DRIVER') }
    env.set('VALIDATE_INLINE_MAX_MB', '0')
    return () => {
      env.set('VALIDATE_INLINE_MAX_MB', String(saved.max ?? 2))
      env.set('QUEUE_DRIVER', saved.driver ?? 'sync')
    }
  })

  test('without a queue server, a large plan is still validated before the upload returns', async ({
    assert,
  }) => {
    const uploaded = await givenLessonPlan(await givenTeacher())

    assert.isNotNull(uploaded.run)
    const runs = await ValidationRun.query().where('version_id', uploaded.version.id)
    assert.lengthOf(runs, 1)
    assert.equal(runs[0].id, uploaded.run!.id)
  })

  test('with a Redis queue, a large plan is stored at once and its validation is queued for a worker', async ({
    assert,
  }) => {
    env.set('QUEUE_DRIVER', 'redis')
    const fake = QueueManager.fake()
    try {
      const uploaded = await givenLessonPlan(await givenTeacher())

      assert.isNull(uploaded.run, 'the report says "not yet checked" until the worker is done')
      assert.lengthOf(await ValidationRun.query().where('version_id', uploaded.version.id), 0)
      fake.assertPushed(ValidateVersionJob, {
        payload: (payload) => (payload as { versionId: number }).versionId === uploaded.version.id,
      })
    } finally {
      QueueManager.restore()
    }
  })
})
