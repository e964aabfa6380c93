import { readFile, rm } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import { uploadMaxMb } from './upload_limits.js'

export type UploadedFile =
  { ok: true; bytes: Uint8Array; name: string } | { ok: false; message: string }

/**
 * The "file" field's bytes and client name. Only the size is checked here:
 * what the file is, is decided by its content (the parser), never by its
 * name or the browser's Content-Type.
 */
export async function readUploadedFile({ request, i18n }: HttpContext): Promise<UploadedFile> {
  const max = uploadMaxMb()
  const file = request.file('file', { size: `${max}mb` })
  if (!file || !file.tmpPath) {
    if (file?.errors.some((error) => error.type === 'size'))
      return { ok: false, message: i18n.t('documents.upload.fileTooLarge', { max }) }
    return { ok: false, message: i18n.t('documents.upload.fileMissing') }
  }
  if (!file.isValid) {
    const tooLarge = file.errors.some((error) => error.type === 'size')
    await rm(file.tmpPath, { force: true })
    return {
      ok: false,
      message: i18n.t(tooLarge ? 'documents.upload.fileTooLarge' : 'documents.upload.fileMissing', {
        max,
      }),
    }
  }
  const bytes = await readFile(file.tmpPath)
  await rm(file.tmpPath, { force: true })
  return { ok: true, bytes, name: file.clientName }
}
