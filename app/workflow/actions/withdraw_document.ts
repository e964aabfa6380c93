import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import { recordEvent } from '#app/workflow/services/audit_log'
import { submitterRoleOf } from '#app/workflow/services/actor_role'
import { moveStatus } from '#app/workflow/services/transition'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'

export type WithdrawFailure = 'not_found' | 'not_owner' | 'not_withdrawable'

/** The owner takes a submission back before anyone reviewed it; it becomes a draft again. */
export async function withdrawDocument(
  user: User,
  documentId: number
): Promise<Result<Document, WithdrawFailure>> {
  const document = await visibleDocument(user, documentId)
  if (!document) return fail('not_found')
  if (document.ownerUserId !== user.id) return fail('not_owner')
  if (document.status !== 'submitted') return fail('not_withdrawable')

  const role = await submitterRoleOf(
    user.id,
    document.kind,
    document.schoolYearId,
    document.schoolId
  )
  const moved = await db.transaction(async (trx) => {
    if (!(await moveStatus(trx, document, ['submitted'], 'draft'))) return false
    await recordEvent(
      {
        documentId: document.id,
        versionId: document.currentVersionId,
        actorUserId: user.id,
        actorRole: role,
        action: 'withdrawn',
        fromStatus: 'submitted',
        toStatus: 'draft',
      },
      trx
    )
    return true
  })
  return moved ? ok(document) : fail('not_withdrawable')
}
