/*
|--------------------------------------------------------------------------
| The preview of a version, whatever its format
|--------------------------------------------------------------------------
|
| DOCX: the file's own HTML (preview.ts). PDF: the text the validators read
| (model_preview.ts); the PDF itself is still offered beside it. None for
| a file that could not be read.
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type DocumentVersion from '#app/documents/models/document_version'
import { docxPreview, type Preview } from './preview.js'
import { modelPreview } from './model_preview.js'
import { defaultStorage, type VersionStorage } from './version_storage.js'

export async function versionPreview(version: DocumentVersion, storage: VersionStorage = defaultStorage()): Promise<Preview | null> {
  if (version.format === 'docx') return docxPreview(version, storage)
  if (version.format === 'pdf' && version.model) {
    const i18n = i18nManager.locale('vi')
    return modelPreview(version.model, (page) => i18n.t('documents.preview.page', { page }))
  }
  return null
}
