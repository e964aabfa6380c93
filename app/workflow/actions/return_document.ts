import i18nManager from '@adonisjs/i18n/services/main'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import type { RoleName } from '#app/core/registries/roles'
import { latestRunId } from '#app/workflow/services/approval_gate'
import { recordEvent } from '#app/workflow/services/audit_log'
import { moveStatus } from '#app/workflow/services/transition'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { notify } from '#app/workflow/services/notifier'
import { documentLabel } from '#app/workflow/services/document_label'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { urlFor } from '@adonisjs/core/services/url_builder'

export type ReturnFailure = 'not_found' | 'not_reviewer' | 'not_submitted' | 'comment_required'

/** The reviewer sends the document back with a comment saying what to change; the owner uploads a new version. */
export async function returnDocument(
  user: User,
  input: { documentId: number; comment: string }
): Promise<Result<Document, ReturnFailure>> {
  const comment = input.comment?.trim() ?? ''
  const document = await visibleDocument(user, input.documentId)
  if (!document) return fail('not_found')
  const role = await reviewerRoleFor(user.id, document)
  if (!role) return fail('not_reviewer')
  if (document.status !== 'submitted') return fail('not_submitted')
  if (comment.length === 0) return fail('comment_required')

  const runId = await latestRunId(document.currentVersionId)
  const moved = await db.transaction((trx) =>
    returnInTransaction(trx, { document, user, role, comment, runId })
  )
  if (!moved) return fail('not_submitted')

  await notifyReturned(document, comment)
  return ok(document)
}

export interface ReturnStep {
  document: Document
  user: User
  role: RoleName
  comment: string
  runId: number | null
}

/**
 * The return itself (status and audit line), inside a caller's
 * transaction; false when the document was no longer submitted. Upholding
 * a dispute returns the plan through here too.
 */
export async function returnInTransaction(
  trx: TransactionClientContract,
  step: ReturnStep
): Promise<boolean> {
  const { document, user, role, comment, runId } = step
  if (!(await moveStatus(trx, document, ['submitted'], 'returned'))) return false
  await recordEvent(
    {
      documentId: document.id,
      versionId: document.currentVersionId,
      actorUserId: user.id,
      actorRole: role,
      action: 'returned',
      fromStatus: 'submitted',
      toStatus: 'returned',
      comment,
      validationRunId: runId,
    },
    trx
  )
  return true
}

export async function notifyReturned(document: Document, comment: string) {
  await notify([document.ownerUserId], {
    kind: 'returned',
    title: i18nManager.locale('vi').t('workflow.notifications.titles.returned', {
      document: documentLabel(document),
    }),
    body: comment,
    url: urlFor('documents.show', { id: document.id }),
    documentId: document.id,
  })
}
