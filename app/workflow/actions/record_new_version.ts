import db from '@adonisjs/lucid/services/db'
import Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import { recordEvent } from '#app/workflow/services/audit_log'
import { submitterRoleOf } from '#app/workflow/services/actor_role'
import { moveStatus } from '#app/workflow/services/transition'
import { ok, fail, type Result } from '#app/workflow/services/result'
import { revalidateDependents } from '#app/documents/jobs/revalidate_versions_job'

/**
 * Called by the documents module after a new version became current. An
 * approved version is locked, so any change is a new version that starts
 * again as a draft and needs its own approval; a returned or submitted
 * document also goes back to draft (the submission was for the old file).
 * Logged only when the status changes.
 */
export async function recordNewVersion(user: User, documentId: number): Promise<Result<Document, 'not_found'>> {
  const document = await Document.find(documentId)
  if (!document) return fail('not_found')
  const from = document.status
  /* A draft stays a draft; the upload itself is in the history (document_versions). */
  if (from === 'draft') return ok(document)
  const role = await submitterRoleOf(user.id, document.kind, document.schoolYearId, document.schoolId)
  const moved = await db.transaction(async (trx) => {
    if (!(await moveStatus(trx, document, [from], 'draft'))) return false
    await recordEvent(
      { documentId: document.id, versionId: document.currentVersionId, actorUserId: user.id, actorRole: role, action: 'new_version', fromStatus: from, toStatus: 'draft' },
      trx
    )
    return true
  })
  /* An approved plan replaced: the plans that followed it no longer have an approved one to follow. */
  if (moved && from === 'approved') await revalidateDependents(document.id)
  return ok(document)
}
