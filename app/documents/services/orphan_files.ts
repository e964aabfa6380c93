/*
|--------------------------------------------------------------------------
| Files no version row refers to
|--------------------------------------------------------------------------
|
| An upload writes its file first and then its rows in one transaction; a
| failed transaction deletes the file again. Only a crash between the two
| (power cut, killed process) can leave a file behind: this sweep removes
| such files once they are older than any upload still in flight.
*/
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { Disk } from '@adonisjs/drive'
import { DriveFile } from '@adonisjs/drive'
import { VersionStorage } from '#app/documents/services/version_storage'

export interface SweepResult {
  checked: number
  removed: string[]
}

export async function sweepOrphanFiles(options: { olderThanMinutes: number; disk?: Disk }): Promise<SweepResult> {
  const disk = options.disk ?? drive.use()
  const storage = new VersionStorage(disk)
  const cutoff = Date.now() - options.olderThanMinutes * 60_000
  const result: SweepResult = { checked: 0, removed: [] }
  for await (const file of versionFiles(disk)) {
    result.checked += 1
    if (await isReferenced(file.key)) continue
    if ((await file.getMetaData()).lastModified.getTime() > cutoff) continue
    await storage.remove(file.key)
    await storage.removePreview(file.key)
    result.removed.push(file.key)
  }
  return result
}

async function* versionFiles(disk: Disk) {
  let paginationToken: string | undefined
  do {
    const page = await disk.listAll('versions', { recursive: true, paginationToken })
    for (const object of page.objects) if (object instanceof DriveFile) yield object
    paginationToken = page.paginationToken
  } while (paginationToken)
}

async function isReferenced(key: string) {
  return Boolean(await db.from('document_versions').where('storage_key', key).select('id').first())
}
