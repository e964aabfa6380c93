import type { HttpContext } from '@adonisjs/core/http'
import { addInspectionNote } from '#app/workflow/actions/add_inspection_note'
import { inspectionNoteValidator } from '#app/workflow/validators/review'
import { forbidden, notFound } from '#app/workflow/services/http_errors'

/** An inspector's note (nhận xét kiểm tra) on a document in scope. */
export default class InspectionNotesController {
  async store({ params, auth, request, session, response, i18n }: HttpContext) {
    const { body } = await request.validateUsing(inspectionNoteValidator)
    const result = await addInspectionNote(auth.getUserOrFail(), {
      documentId: Number(params.id),
      body,
    })
    if (result.ok) {
      session.flash('success', i18n.t('workflow.flash.noted'))
      return response.redirect().toRoute('inspection.show', { id: params.id })
    }
    switch (result.error) {
      case 'not_found':
        return notFound()
      case 'not_inspector':
        return forbidden()
      case 'empty':
        session.flash('error', i18n.t('workflow.errors.empty'))
        return response.redirect().toRoute('inspection.show', { id: params.id })
    }
  }
}
