/*
|--------------------------------------------------------------------------
| The preview of a version, whatever its format
|--------------------------------------------------------------------------
|
| DOCX: the file's own HTML (preview.ts), built in a parser worker and
| cached beside the version file with its pictures. PDF: the text the
| validators read (model_preview.ts); the PDF itself is still offered
| beside it. None for a file that could not be read.
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type DocumentVersion from '#app/documents/models/document_version'
import { previewDocx } from '#app/documents/parsing/parser_pool'
import { PREVIEW_FORMAT, previewImageUrlBase, type Preview } from './preview.js'
import { modelPreview } from './model_preview.js'
import { defaultStorage, type VersionStorage } from './version_storage.js'

export async function versionPreview(
  version: DocumentVersion,
  storage: VersionStorage = defaultStorage()
): Promise<Preview | null> {
  if (version.format === 'docx') return docxPreview(version, storage)
  if (version.format === 'pdf' && version.model) {
    const i18n = i18nManager.locale('vi')
    return modelPreview(version.model, (page) => i18n.t('documents.preview.page', { page }))
  }
  return null
}

export async function docxPreview(
  version: DocumentVersion,
  storage: VersionStorage
): Promise<Preview | null> {
  const cacheKey = storage.previewKey(version.storageKey)
  const cached = await storage.readText(cacheKey)
  if (cached) {
    const parsed = JSON.parse(cached) as Preview & { format?: number }
    if (parsed.format === PREVIEW_FORMAT) return parsed
  }
  const built = await previewDocx(
    { bytes: await storage.read(version.storageKey), imageUrlBase: previewImageUrlBase(version) },
    { owner: version.uploaderId }
  )
  if (!built?.preview) return null
  for (const [index, image] of built.images.entries())
    await storage.write(storage.previewImageKey(version.storageKey, index + 1), image)
  await storage.writeText(cacheKey, JSON.stringify({ ...built.preview, format: PREVIEW_FORMAT }))
  return built.preview
}
