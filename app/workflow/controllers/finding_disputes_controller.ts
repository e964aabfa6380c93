import type { HttpContext } from '@adonisjs/core/http'
import { findVersionOrFail } from '#app/documents/services/document_queries'
import { disputeFinding } from '#app/workflow/actions/dispute_finding'
import {
  acceptDispute,
  upholdDispute,
  type DecisionFailure,
} from '#app/workflow/actions/decide_dispute'
import {
  acceptDisputeValidator,
  disputeValidator,
  upholdDisputeValidator,
} from '#app/workflow/validators/dispute'
import { forbidden, notFound } from '#app/workflow/services/http_errors'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { urlFor } from '@adonisjs/core/services/url_builder'

/**
 * "Báo kiểm tra chưa đúng": the owner disputes an error on the version's
 * report; the reviewer accepts the dispute or upholds it (which returns
 * the plan). The policy authorizes against the document before anything else.
 */
export default class FindingDisputesController {
  async store({ params, bouncer, auth, request, session, response, i18n }: HttpContext) {
    const document = (await visibleDocument(auth.getUserOrFail(), Number(params.id))) ?? notFound()
    if (await bouncer.with('WorkflowFindingDisputePolicy').denies('dispute', document)) forbidden()
    const version = await findVersionOrFail(document, Number(params.number))
    const input = await request.validateUsing(disputeValidator)
    const result = await disputeFinding(auth.getUserOrFail(), {
      document,
      versionId: version.id,
      findingId: input.findingId,
      reason: input.reason,
    })
    const back = urlFor('documents.versions.show', { id: document.id, number: version.number })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.disputed'))
      return response.redirect(`${back}#finding-${input.findingId}`)
    }
    session.flash('error', i18n.t(`workflow.errors.${result.error}`))
    return response.redirect(back)
  }

  async accept({ params, bouncer, auth, request, session, response, i18n }: HttpContext) {
    const document = await this.decidable(auth, params.id, bouncer)
    const { comment } = await request.validateUsing(acceptDisputeValidator)
    const result = await acceptDispute(auth.getUserOrFail(), {
      document,
      disputeId: Number(params.disputeId),
      comment,
    })
    if (result.ok) session.flash('success', i18n.t('workflow.flash.disputeAccepted'))
    else this.refused(result.error, session, i18n)
    return response.redirect().toPath(`${urlFor('reviews.show', { id: document.id })}#disputes`)
  }

  async uphold({ params, bouncer, auth, request, session, response, i18n }: HttpContext) {
    const document = await this.decidable(auth, params.id, bouncer)
    const { comment } = await request.validateUsing(upholdDisputeValidator)
    const result = await upholdDispute(auth.getUserOrFail(), {
      document,
      disputeId: Number(params.disputeId),
      comment,
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.disputeUpheld'))
      return response.redirect().toRoute('reviews.index')
    }
    this.refused(result.error, session, i18n)
    return response.redirect().toPath(`${urlFor('reviews.show', { id: document.id })}#disputes`)
  }

  /* A plan outside the user's scope answers 404 like a missing one; inside it, only its reviewer decides. */
  private async decidable(auth: HttpContext['auth'], id: string, bouncer: HttpContext['bouncer']) {
    const document = (await visibleDocument(auth.getUserOrFail(), Number(id))) ?? notFound()
    if (await bouncer.with('WorkflowFindingDisputePolicy').denies('decide', document)) forbidden()
    return document
  }

  private refused(
    error: DecisionFailure,
    session: HttpContext['session'],
    i18n: HttpContext['i18n']
  ) {
    if (error === 'not_reviewer') forbidden()
    session.flash('error', i18n.t(`workflow.errors.${error}`))
  }
}
