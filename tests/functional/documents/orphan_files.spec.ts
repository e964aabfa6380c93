import { test } from '@japa/runner'
import { utimes } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { VersionStorage } from '#app/documents/services/version_storage'
import { sweepOrphanFiles } from '#app/documents/services/orphan_files'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan, lessonPlanDocx } from '#tests/helpers/documents'
import { DateTime } from 'luxon'
import {
  discardExpiredPendingUploads,
  holdUpload,
  PENDING_FOLDER,
} from '#app/documents/actions/hold_upload'
import PendingUpload from '#app/documents/models/pending_upload'

/** Backdates a file on the local test disk, as if an upload had crashed long ago. */
async function age(key: string, minutes: number) {
  const root = (process.env.STORAGE_PATH ?? 'storage/uploads').replace('%pid%', String(process.pid))
  const when = new Date(Date.now() - minutes * 60_000)
  await utimes(app.makePath(root, key), when, when)
}

test.group('Orphan files', () => {
  test('a file left by a crashed upload is swept; versions and recent uploads stay', async ({
    assert,
  }) => {
    const storage = new VersionStorage()
    const { version } = await givenLessonPlan(await givenTeacher())
    await age(version.storageKey, 600)

    const crashed = storage.newKey('docx')
    await storage.write(crashed, new Uint8Array([80, 75, 3, 4]))
    await age(crashed, 120)
    /* Its derived files too, had it been previewed: the preview and its pictures. */
    await storage.writeText(storage.previewKey(crashed), '{}')
    await storage.write(
      storage.previewImageKey(crashed, 1),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47])
    )
    const inFlight = storage.newKey('pdf')
    await storage.write(inFlight, new Uint8Array([37, 80, 68, 70]))

    const result = await sweepOrphanFiles({ olderThanMinutes: 60 })

    assert.deepEqual(result.removed, [crashed])
    assert.isFalse(await storage.exists(crashed))
    assert.isFalse(await storage.exists(storage.previewKey(crashed)))
    assert.isFalse(await storage.exists(storage.previewImageKey(crashed, 1)))
    assert.isTrue(await storage.exists(inFlight))
    assert.isTrue(await storage.exists(version.storageKey))
  })

  test('held uploads: an expired one is discarded with its file, a file without a row is swept, a held one stays', async ({
    assert,
  }) => {
    const storage = new VersionStorage()
    const teacher = await givenTeacher()
    const hold = async () => {
      const held = await holdUpload(
        {
          user: teacher,
          kind: 'pl4',
          bytes: await lessonPlanDocx(),
          originalName: 'kh.docx',
          typed: {},
        },
        storage
      )
      if (!held.ok) throw new Error('the fixture was refused')
      return held.pending
    }
    const kept = await hold()
    await age(kept.storageKey, 120)
    const expired = await hold()
    expired.expiresAt = DateTime.now().minus({ minutes: 1 })
    await expired.save()
    const rowless = `${PENDING_FOLDER}/left-by-a-crash`
    await storage.write(rowless, new Uint8Array([80, 75, 3, 4]))
    await age(rowless, 120)

    assert.equal(await discardExpiredPendingUploads({}, storage), 1)
    const result = await sweepOrphanFiles({ olderThanMinutes: 60 })

    assert.isNull(await PendingUpload.find(expired.id))
    assert.isFalse(await storage.exists(expired.storageKey))
    assert.include(result.removed, rowless)
    assert.isFalse(await storage.exists(rowless))
    assert.isTrue(await storage.exists(kept.storageKey))
    assert.isNotNull(await PendingUpload.find(kept.id))
  })
})
