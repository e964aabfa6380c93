import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { recordCouncilApproval } from '#app/workflow/actions/record_council_approval'
import { councilDecisionValidator } from '#app/workflow/validators/review'
import { forbidden, notFound } from '#app/workflow/services/http_errors'

/** The principal records the school council's approval of the school plan; the plan is then reported upward. */
export default class CouncilDecisionsController {
  async store({ params, auth, request, session, response, i18n }: HttpContext) {
    const { decisionNumber, decisionDate } = await request.validateUsing(councilDecisionValidator)
    const result = await recordCouncilApproval(auth.getUserOrFail(), {
      documentId: Number(params.id),
      decisionNumber,
      decisionDate: DateTime.fromJSDate(decisionDate),
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.reported', { count: result.value.length }))
      return response.redirect().toRoute('reviews.show', { id: params.id })
    }
    switch (result.error) {
      case 'not_found':
        return notFound()
      case 'not_principal':
        return forbidden()
      case 'not_school_plan':
      case 'not_submitted':
      case 'decision_required':
      case 'no_receiving_unit':
      case 'no_version':
      case 'validation_pending':
      case 'has_errors':
      case 'dispute_undecided':
        session.flash('error', i18n.t(`workflow.errors.${result.error}`))
        return response.redirect().toRoute('reviews.show', { id: params.id })
    }
  }
}
