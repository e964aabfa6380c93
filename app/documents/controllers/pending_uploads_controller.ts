import type { HttpContext } from '@adonisjs/core/http'
import PendingUpload from '#app/documents/models/pending_upload'
import { formFields, kindDefinition } from '#app/core/registries/kinds'
import { newDocumentValidator } from '#app/documents/validators/upload'
import {
  findUploadTarget,
  subjectChoices,
  uploadTargets,
} from '#app/documents/services/upload_targets'
import { readUploadedFile } from '#app/documents/services/uploaded_file'
import { metadataErrors, newDocumentFields } from '#app/documents/services/new_document'
import { respondWithHeldUpload } from '#app/documents/services/held_upload_response'
import { respondToUpload } from '#app/documents/services/upload_response'
import {
  discardExpiredPendingUploads,
  discardPendingUpload,
} from '#app/documents/actions/hold_upload'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { prefilledForm } from '#app/documents/prefill/form_values'
import { defaultStorage } from '#app/documents/services/version_storage'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'

/**
 * The two-step upload: the file first (held, its metadata read), then a
 * confirm page pre-filled from the file. A held upload is its uploader's
 * alone: anyone else gets "not found", whatever their role.
 */
export default class PendingUploadsController {
  /** The person's files waiting for confirmation (several files chosen at once land here, one row each). */
  async index({ view, auth }: HttpContext) {
    await discardExpiredPendingUploads({ userId: auth.user!.id })
    const pending = await PendingUpload.query()
      .where('user_id', auth.user!.id)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
    return view.render('pages/documents/pending_index', { pending })
  }

  /** Step 1: the file (and whatever was typed). */
  async store(ctx: HttpContext) {
    const { request, response, session, auth } = ctx
    const data = await request.validateUsing(newDocumentValidator)
    const user = auth.user!
    const target = await findUploadTarget(user, data.kind, data.targetId)
    const file = await readUploadedFile(ctx)
    if (!target || !file.ok) {
      flashFieldErrors(session, {
        ...(target ? {} : { targetId: ctx.i18n.t('documents.upload.badTarget') }),
        ...(file.ok ? {} : { file: file.message }),
      })
      return response.redirect().toRoute('documents.create', {}, { qs: { kind: data.kind } })
    }
    return respondWithHeldUpload(ctx, user, data.kind, file)
  }

  /** Step 2: the form, pre-filled from the file, each read value marked. */
  async show({ params, view, auth, response, session, i18n }: HttpContext) {
    const pending = await ownPendingUpload(params.id, auth.user!.id)
    if (pending.isExpired) return expired(pending, { response, session, i18n })
    const targets = await uploadTargets(auth.user!, pending.kind)
    const subjects = targets.length ? await subjectChoices(targets) : []
    const form = prefilledForm(pending.kind, pending.typed, pending.read, subjects)
    return view.render('pages/documents/confirm', {
      pending,
      kind: pending.kind,
      fields: formFields(pending.kind),
      required: kindDefinition(pending.kind).required,
      targets,
      subjects,
      grades: [6, 7, 8, 9, 10, 11, 12],
      values: form.values,
      readFields: form.readFields,
    })
  }

  /** The confirmed values become the document; the held file its first version (parsed and checked again). */
  async confirm(ctx: HttpContext) {
    const { params, request, response, session, auth, i18n } = ctx
    const user = auth.user!
    const pending = await ownPendingUpload(params.id, user.id)
    if (pending.isExpired) return expired(pending, ctx)
    const data = await request.validateUsing(newDocumentValidator)
    const target = await findUploadTarget(user, pending.kind, data.targetId)
    const fieldErrors = metadataErrors(ctx, pending.kind, { ...data, kind: pending.kind }, target)
    if (Object.keys(fieldErrors).length > 0 || !target) {
      flashFieldErrors(session, fieldErrors)
      return response.redirect().toRoute('documents.pending.show', { id: pending.id })
    }
    const storage = defaultStorage()
    const bytes = await storage.read(pending.storageKey)
    const result = await uploadVersion(
      {
        uploader: user,
        bytes,
        originalName: pending.originalName,
        target: await newDocumentFields(ctx, { ...data, kind: pending.kind }, target),
      },
      storage
    )
    await discardPendingUpload(pending, storage)
    return respondToUpload(
      ctx,
      result,
      urlFor('documents.create', {}, { qs: { kind: pending.kind } }),
      i18n
    )
  }

  /** Cancel: the held file is removed with its row. */
  async destroy({ params, auth, response, session, i18n }: HttpContext) {
    const pending = await ownPendingUpload(params.id, auth.user!.id)
    await discardPendingUpload(pending)
    session.flash('success', i18n.t('documents.prefill.cancelled'))
    return response.redirect().toRoute('documents.create', {}, { qs: { kind: pending.kind } })
  }
}

/** Only the uploader's own held upload; anyone else's is "not found". */
function ownPendingUpload(id: unknown, userId: number) {
  return PendingUpload.query().where('id', Number(id)).where('user_id', userId).firstOrFail()
}

async function expired(
  pending: PendingUpload,
  { response, session, i18n }: Pick<HttpContext, 'response' | 'session' | 'i18n'>
) {
  await discardPendingUpload(pending)
  session.flash('error', i18n.t('documents.prefill.expired'))
  return response.redirect().toRoute('documents.create', {}, { qs: { kind: pending.kind } })
}
