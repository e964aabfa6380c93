/*
 * The same storage contract on both disks the department may run: the
 * local file system and an S3-compatible object store (s3rver on loopback).
 */
import { test } from '@japa/runner'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { Disk } from '@adonisjs/drive'
import { FSDriver } from '@adonisjs/drive/drivers/fs'
import { S3Driver } from '@adonisjs/drive/drivers/s3'
import Document from '#app/documents/models/document'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { VersionStorage } from '#app/documents/services/version_storage'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan, lessonPlanDocx } from '#tests/helpers/documents'

interface DiskUnderTest {
  disk: Disk
  stop: () => Promise<void>
}

async function localDisk(): Promise<DiskUnderTest> {
  const root = await mkdtemp(join(tmpdir(), 'hscm-fs-'))
  const disk = new Disk(new FSDriver({ location: root, visibility: 'private' }))
  return { disk, stop: () => rm(root, { recursive: true, force: true }) }
}

async function s3Disk(): Promise<DiskUnderTest> {
  const root = await mkdtemp(join(tmpdir(), 'hscm-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: root,
    configureBuckets: [{ name: 'hscm-test' }],
  })
  const { port } = await server.run()
  const disk = new Disk(
    new S3Driver({
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      bucket: 'hscm-test',
      visibility: 'private',
    })
  )
  return {
    disk,
    stop: async () => {
      await server.close()
      await rm(root, { recursive: true, force: true })
    },
  }
}

async function storedKeys(disk: Disk): Promise<string[]> {
  const { objects } = await disk.listAll('versions', { recursive: true })
  return [...objects].filter((o) => o.isFile).map((o) => o.key)
}

for (const [name, makeDisk] of [
  ['local disk', localDisk],
  ['S3-compatible server', s3Disk],
] as const) {
  test.group(`Version storage on the ${name}`, (group) => {
    let target: DiskUnderTest
    group.setup(async () => {
      target = await makeDisk()
      return () => target.stop()
    })

    test('a version is stored, read back byte for byte, and deleted', async ({ assert }) => {
      const storage = new VersionStorage(target.disk)
      const teacher = await givenTeacher()
      const bytes = await lessonPlanDocx()
      const { version } = await givenLessonPlan(teacher, { bytes, storage })

      assert.isTrue(await storage.exists(version.storageKey))
      assert.deepEqual(Buffer.from(await storage.read(version.storageKey)), bytes)
      await storage.remove(version.storageKey)
      assert.isFalse(await storage.exists(version.storageKey))
    })

    test('a second version gets its own key; the first file is untouched', async ({ assert }) => {
      const storage = new VersionStorage(target.disk)
      const teacher = await givenTeacher()
      const first = await lessonPlanDocx()
      const { document, version: v1 } = await givenLessonPlan(teacher, { bytes: first, storage })
      const result = await uploadVersion(
        {
          uploader: teacher,
          bytes: await lessonPlanDocx({ activities: 3 }),
          originalName: 'v2.docx',
          target: document,
        },
        storage
      )

      assert.isTrue(result.ok)
      if (!result.ok) return
      assert.notEqual(result.version.storageKey, v1.storageKey)
      assert.deepEqual(Buffer.from(await storage.read(v1.storageKey)), first)
    })

    test('when the database insert fails, the written file is removed (all or nothing)', async ({
      assert,
    }) => {
      const storage = new VersionStorage(target.disk)
      const teacher = await givenTeacher()
      const { document } = await givenLessonPlan(teacher, { storage })
      const before = await storedKeys(target.disk)
      /* The document disappears between the page load and the upload: the version row cannot reference it. */
      const stale = await Document.findOrFail(document.id)
      await Document.query().where('id', document.id).delete()

      const bytes = await lessonPlanDocx()
      await assert.rejects(() =>
        uploadVersion({ uploader: teacher, bytes, originalName: 'x.docx', target: stale }, storage)
      )
      assert.deepEqual(await storedKeys(target.disk), before)
    })
  })
}
