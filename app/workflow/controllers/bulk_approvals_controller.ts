import type { HttpContext } from '@adonisjs/core/http'
import { bulkApproveDocuments } from '#app/workflow/actions/bulk_approve_documents'
import { bulkApproveValidator } from '#app/workflow/validators/review'

/** Approves the checked documents of the queue that passed the automatic check without warnings. */
export default class BulkApprovalsController {
  async store({ auth, request, session, response, i18n }: HttpContext) {
    const { documentIds } = await request.validateUsing(bulkApproveValidator)
    const { approved, skipped } = await bulkApproveDocuments(auth.getUserOrFail(), documentIds)
    session.flash('success', i18n.t('workflow.flash.bulkApproved', { count: approved.length }))
    if (skipped.length)
      session.flash('error', i18n.t('workflow.flash.bulkSkipped', { count: skipped.length }))
    return response.redirect().toRoute('reviews.index')
  }
}
