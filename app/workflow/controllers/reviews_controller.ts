import type { HttpContext } from '@adonisjs/core/http'
import Document from '#app/documents/models/document'
import SchoolYear from '#app/organization/models/school_year'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { returnDocument } from '#app/workflow/actions/return_document'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { reviewQueue } from '#app/workflow/services/review_queue'
import { reviewPageData } from '#app/workflow/services/review_page'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import { CHECK_BADGE_CLASS } from '#app/workflow/services/check_badge'
import { approveValidator, returnValidator } from '#app/workflow/validators/review'
import { forbidden, notFound } from '#app/workflow/services/http_errors'

/** The review queue, the review page, and the two decisions: approve or return. */
export default class ReviewsController {
  async index({ auth, view }: HttpContext) {
    const year = await SchoolYear.current()
    const items = year
      ? await reviewQueue(auth.getUserOrFail().id, year, await settingsFor(year.id))
      : []
    return view.render('pages/workflow/reviews/index', { items, badgeClass: CHECK_BADGE_CLASS })
  }

  async show({ params, auth, view, bouncer }: HttpContext) {
    const document = await this.reviewable(Number(params.id), auth.getUserOrFail().id)
    const role = await reviewerRoleFor(auth.getUserOrFail().id, document)
    const mayView = (related: Document) => bouncer.with('DocumentPolicy').allows('view', related)
    return view.render('pages/workflow/reviews/show', {
      ...(await reviewPageData(document, mayView)),
      role,
      badgeClass: CHECK_BADGE_CLASS,
    })
  }

  async approve({ params, auth, request, session, response, i18n }: HttpContext) {
    const { comment, versionId } = await request.validateUsing(approveValidator)
    const result = await approveDocument(auth.getUserOrFail(), {
      documentId: Number(params.id),
      versionId,
      comment,
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.approved'))
      return response.redirect().toRoute('reviews.index')
    }
    switch (result.error) {
      case 'not_found':
        return notFound()
      case 'not_reviewer':
        return forbidden()
      case 'not_submitted':
      case 'version_changed':
      case 'needs_council_decision':
      case 'no_version':
      case 'validation_pending':
      case 'has_errors':
      case 'dispute_undecided':
        session.flash('error', i18n.t(`workflow.errors.${result.error}`))
        return response.redirect().toRoute('reviews.show', { id: params.id })
    }
  }

  async sendBack({ params, auth, request, session, response, i18n }: HttpContext) {
    const { comment } = await request.validateUsing(returnValidator)
    const result = await returnDocument(auth.getUserOrFail(), {
      documentId: Number(params.id),
      comment,
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.returned'))
      return response.redirect().toRoute('reviews.index')
    }
    switch (result.error) {
      case 'not_found':
        return notFound()
      case 'not_reviewer':
        return forbidden()
      case 'not_submitted':
      case 'comment_required':
        session.flash('error', i18n.t(`workflow.errors.${result.error}`))
        return response.redirect().toRoute('reviews.show', { id: params.id })
    }
  }

  /** A document the user reviews; anything else answers 404 (no hint that it exists). */
  private async reviewable(id: number, userId: number) {
    const document = Number.isSafeInteger(id) ? await Document.find(id) : null
    if (!document || !(await reviewerRoleFor(userId, document))) return notFound()
    return document
  }
}
