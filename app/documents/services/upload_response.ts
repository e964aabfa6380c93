import type { HttpContext } from '@adonisjs/core/http'
import { parsingMessage } from '#app/documents/parsing/messages'
import type { UploadResult } from '#app/documents/actions/upload_version'

/**
 * Refused: back to the form with the parser's Vietnamese message (nothing
 * was stored). Stored: on to the version's report page.
 */
export function respondToUpload(
  { response, session }: HttpContext,
  result: UploadResult,
  formUrl: string,
  i18n: HttpContext['i18n']
) {
  if (!result.ok) {
    session.flashExcept(['_csrf', 'file'])
    session.flash(
      'error',
      `${i18n.t('documents.upload.refused')} ${parsingMessage(result.messageKey)}`
    )
    return response.redirect(formUrl)
  }
  session.flash('success', i18n.t('documents.upload.stored', { number: result.version.number }))
  return response
    .redirect()
    .toRoute('documents.versions.show', { id: result.document.id, number: result.version.number })
}
