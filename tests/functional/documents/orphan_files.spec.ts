import { test } from '@japa/runner'
import { utimes } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { VersionStorage } from '#app/documents/services/version_storage'
import { sweepOrphanFiles } from '#app/documents/services/orphan_files'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'

/** Backdates a file on the local test disk, as if an upload had crashed long ago. */
async function age(key: string, minutes: number) {
  const root = (process.env.STORAGE_PATH ?? 'storage/uploads').replace('%pid%', String(process.pid))
  const when = new Date(Date.now() - minutes * 60_000)
  await utimes(app.makePath(root, key), when, when)
}

test.group('Orphan files', () => {
  test('a file left by a crashed upload is swept; versions and recent uploads stay', async ({ assert }) => {
    const storage = new VersionStorage()
    const { version } = await givenLessonPlan(await givenTeacher())
    await age(version.storageKey, 600)

    const crashed = storage.newKey('docx')
    await storage.write(crashed, new Uint8Array([80, 75, 3, 4]))
    await age(crashed, 120)
    /* Its derived files too, had it been previewed: the preview and its pictures. */
    await storage.writeText(storage.previewKey(crashed), '{}')
    await storage.write(storage.previewImageKey(crashed, 1), new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
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
})
