/*
|--------------------------------------------------------------------------
| Files no version row refers to
|--------------------------------------------------------------------------
|
| An upload writes its file first and then its rows in one transaction; a
| failed transaction deletes the file again. Only a crash between the two
| (power cut, killed process) can leave a file behind: this sweep removes
| such files once they are older than any upload still in flight. Held
| uploads (pending/, awaiting their owner's confirmation) are swept the
| same way against their own table.
*/
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { Disk } from '@adonisjs/drive'
import { DriveFile } from '@adonisjs/drive'
import { VersionStorage } from '#app/documents/services/version_storage'
import { PENDING_FOLDER } from '#app/documents/actions/hold_upload'

export interface SweepResult {
  checked: number
  removed: string[]
}

export async function sweepOrphanFiles(options: {
  olderThanMinutes: number
  disk?: Disk
}): Promise<SweepResult> {
  const disk = options.disk ?? drive.use()
  const storage = new VersionStorage(disk)
  const cutoff = Date.now() - options.olderThanMinutes * 60_000
  const result: SweepResult = { checked: 0, removed: [] }
  for await (const file of storedFiles(disk)) {
    result.checked += 1
    if (await isReferenced(file.key)) continue
    const metadata = await file.getMetaData()
    if (metadata.lastModified.getTime() > cutoff) continue
    await storage.remove(file.key)
    await storage.removePreview(file.key)
    result.removed.push(file.key)
  }
  return result
}

async function* storedFiles(disk: Disk) {
  for (const folder of ['versions', PENDING_FOLDER]) {
    let paginationToken: string | undefined
    do {
      const page = await disk.listAll(folder, { recursive: true, paginationToken })
      for (const object of page.objects) if (object instanceof DriveFile) yield object
      paginationToken = page.paginationToken
    } while (paginationToken)
  }
}

async function isReferenced(key: string) {
  const table = key.startsWith(`${PENDING_FOLDER}/`) ? 'pending_uploads' : 'document_versions'
  return Boolean(await db.from(table).where('storage_key', key).select('id').first())
}
