import type { HttpContext } from '@adonisjs/core/http'
import { formFields, type DocumentKind } from '#app/core/registries/kinds'
import { holdUpload } from '#app/documents/actions/hold_upload'
import { parsingMessage } from '#app/documents/parsing/messages'
import type { TypedValues } from '#app/documents/models/pending_upload'
import type User from '#app/organization/models/user'
import { prefilledForm } from '#app/documents/prefill/form_values'
import { subjectChoices, uploadTargets } from '#app/documents/services/upload_targets'
import { urlFor } from '@adonisjs/core/services/url_builder'

/**
 * Holds a checked file and sends its owner to confirm the metadata read
 * from it: a redirect to the confirm page, or (fetch from upload.js) JSON
 * with the confirm address and the form values, those read from the file
 * named in readFields.
 */
export async function respondWithHeldUpload(
  ctx: HttpContext,
  user: User,
  kind: DocumentKind,
  file: { bytes: Uint8Array; name: string }
) {
  const { request, response, session, i18n } = ctx
  const wantsJson = request.accepts(['html', 'json']) === 'json'
  const held = await holdUpload({
    user,
    kind,
    bytes: file.bytes,
    originalName: file.name,
    typed: typedValues(ctx, kind),
  })
  if (!held.ok) {
    const message = `${i18n.t('documents.upload.refused')} ${parsingMessage(held.messageKey)}`
    if (wantsJson) return response.unprocessableEntity({ error: message })
    session.flashExcept(['_csrf', 'file'])
    session.flash('error', message)
    return response.redirect().toRoute('documents.create', {}, { qs: { kind } })
  }
  const confirmUrl = urlFor('documents.pending.show', { id: held.pending.id })
  if (wantsJson) {
    const form = prefilledForm(
      kind,
      held.pending.typed,
      held.pending.read,
      await subjectChoices(await uploadTargets(user, kind))
    )
    return response.created({ id: held.pending.id, confirmUrl, read: held.pending.read, ...form })
  }
  return response.redirect().toRoute('documents.pending.show', { id: held.pending.id })
}

/** What the teacher already typed on the form (kept over anything read from the file). */
function typedValues({ request }: HttpContext, kind: DocumentKind): TypedValues {
  const posted = request.only(['targetId', ...formFields(kind)])
  return Object.fromEntries(
    Object.entries(posted)
      .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
      .map(([field, value]) => [field, String(value).trim()])
  )
}
