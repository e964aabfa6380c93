import type { HttpContext } from '@adonisjs/core/http'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { withdrawDocument } from '#app/workflow/actions/withdraw_document'
import { notFound } from '#app/workflow/services/http_errors'

/** The owner submits a document for approval, or withdraws it before review. */
export default class SubmissionsController {
  async store({ params, auth, session, response, i18n }: HttpContext) {
    const result = await submitDocument(auth.getUserOrFail(), Number(params.id))
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.submitted'))
      return response.redirect().toRoute('documents.show', { id: params.id })
    }
    switch (result.error) {
      case 'not_found':
      case 'not_owner':
        return notFound()
      case 'not_submittable':
      case 'no_version':
      case 'validation_pending':
      case 'has_errors':
      case 'dispute_undecided':
        session.flash('error', i18n.t(`workflow.errors.${result.error}`))
        return response.redirect().toRoute('documents.show', { id: params.id })
    }
  }

  async destroy({ params, auth, session, response, i18n }: HttpContext) {
    const result = await withdrawDocument(auth.getUserOrFail(), Number(params.id))
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.withdrawn'))
      return response.redirect().toRoute('documents.show', { id: params.id })
    }
    switch (result.error) {
      case 'not_found':
      case 'not_owner':
        return notFound()
      case 'not_withdrawable':
        session.flash('error', i18n.t('workflow.errors.not_withdrawable'))
        return response.redirect().toRoute('documents.show', { id: params.id })
    }
  }
}
