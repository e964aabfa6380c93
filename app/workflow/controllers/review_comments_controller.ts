import type { HttpContext } from '@adonisjs/core/http'
import { addReviewComment } from '#app/workflow/actions/add_review_comment'
import { reviewCommentValidator } from '#app/workflow/validators/review'
import { forbidden, notFound } from '#app/workflow/services/http_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** A reviewer's comment on the current version, anchored to a finding or a block when chosen. */
export default class ReviewCommentsController {
  async store({ params, auth, request, session, response, i18n }: HttpContext) {
    const input = await request.validateUsing(reviewCommentValidator)
    const result = await addReviewComment(auth.getUserOrFail(), {
      documentId: Number(params.id),
      ...input,
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.commented'))
      return response.redirect().toPath(`${urlFor('reviews.show', { id: params.id })}#comments`)
    }
    switch (result.error) {
      case 'not_found':
        return notFound()
      case 'not_reviewer':
        return forbidden()
      case 'empty':
      case 'finding_not_in_document':
        session.flash('error', i18n.t(`workflow.errors.${result.error}`))
        return response.redirect().toRoute('reviews.show', { id: params.id })
    }
  }
}
