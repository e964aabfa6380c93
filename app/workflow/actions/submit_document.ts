import i18nManager from '@adonisjs/i18n/services/main'
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import { checkGate, type GateRefusal } from '#app/workflow/services/approval_gate'
import { recordEvent } from '#app/workflow/services/audit_log'
import { submitterRoleOf } from '#app/workflow/services/actor_role'
import { moveStatus } from '#app/workflow/services/transition'
import { reviewersOf } from '#app/workflow/services/review_assignment'
import { notify } from '#app/workflow/services/notifier'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { documentLabel } from '#app/workflow/services/document_label'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { urlFor } from '@adonisjs/core/services/url_builder'

export type SubmitFailure = 'not_found' | 'not_owner' | 'not_submittable' | GateRefusal

/**
 * The owner sends a draft (or a returned document with its new version)
 * for approval. The server checks the gate itself: a version with an
 * error finding is never submitted, whatever the page showed.
 */
export async function submitDocument(
  user: User,
  documentId: number
): Promise<Result<Document, SubmitFailure>> {
  const document = await visibleDocument(user, documentId)
  if (!document) return fail('not_found')
  if (document.ownerUserId !== user.id) return fail('not_owner')
  if (!['draft', 'returned'].includes(document.status)) return fail('not_submittable')

  const gate = await checkGate(document.currentVersionId, 'submit')
  if (!gate.open) return fail(gate.reason)

  const role = await submitterRoleOf(
    user.id,
    document.kind,
    document.schoolYearId,
    document.schoolId
  )
  const from = document.status
  const moved = await db.transaction(async (trx) => {
    if (!(await moveStatus(trx, document, ['draft', 'returned'], 'submitted'))) return false
    await recordEvent(
      {
        documentId: document.id,
        versionId: document.currentVersionId,
        actorUserId: user.id,
        actorRole: role,
        action: 'submitted',
        fromStatus: from,
        toStatus: 'submitted',
        validationRunId: gate.evidence.runId,
      },
      trx
    )
    return true
  })
  if (!moved) return fail('not_submittable')

  /* Reviewers read submissions in the queue and the daily digest; no e-mail per submission. */
  await notify(await reviewersOf(document), {
    kind: 'submitted',
    title: i18nManager.locale('vi').t('workflow.notifications.titles.submitted', {
      document: documentLabel(document),
    }),
    url: urlFor('reviews.show', { id: document.id }),
    documentId: document.id,
    email: false,
  })
  return ok(document)
}
