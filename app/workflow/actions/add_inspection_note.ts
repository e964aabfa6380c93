import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#app/organization/models/user'
import InspectionNote from '#app/workflow/models/inspection_note'
import { AccessScope } from '#app/organization/services/access_scope'
import { notify } from '#app/workflow/services/notifier'
import { documentLabel } from '#app/workflow/services/document_label'
import { inspectorRoleOf } from '#app/workflow/services/inspection_scope'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { urlFor } from '@adonisjs/core/services/url_builder'

export type NoteFailure = 'not_found' | 'not_inspector' | 'empty'

/**
 * Nhận xét kiểm tra: an office or the department comments on a document
 * in its scope. The school (owner and its managers) reads it on the
 * document page; inspectors never approve.
 */
export async function addInspectionNote(
  user: User,
  input: { documentId: number; body: string }
): Promise<Result<InspectionNote, NoteFailure>> {
  const body = input.body?.trim() ?? ''
  const document = await visibleDocument(user, input.documentId)
  if (!document) return fail('not_found')
  const scope = await AccessScope.for(user, document.schoolYearId)
  const role = inspectorRoleOf(scope)
  if (!role || !scope.canInspect(document)) return fail('not_inspector')
  if (!body) return fail('empty')

  const note = await InspectionNote.create({
    documentId: document.id,
    versionId: document.currentVersionId,
    authorUserId: user.id,
    authorRole: role,
    body,
  })
  await notify([document.ownerUserId], {
    kind: 'inspection_note',
    title: i18nManager.locale('vi').t('workflow.notifications.titles.inspectionNote', {
      document: documentLabel(document),
    }),
    body,
    url: urlFor('documents.show', { id: document.id }),
    documentId: document.id,
  })
  return ok(note)
}
