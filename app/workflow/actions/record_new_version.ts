import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import { recordEvent } from '#app/workflow/services/audit_log'
import { submitterRoleOf } from '#app/workflow/services/actor_role'
import { moveStatus } from '#app/workflow/services/transition'
import { ok, fail, type Result } from '#app/workflow/services/result'
import type { DocumentStatus } from '#app/workflow/services/statuses'
import { revalidateDependents } from '#app/documents/jobs/revalidate_versions_job'

/* A new file voids a submission or an approval: it needs its own. A draft stays a draft. */
const VOIDED: DocumentStatus[] = ['returned', 'submitted', 'approved']

/**
 * The workflow's consequence of a new current version, run by the documents
 * module inside the transaction that creates the version (`trx`; without
 * one, in its own). An approved version is locked, so any change is a new
 * version that starts again as a draft and needs its own approval; a
 * returned or submitted document also goes back to draft (the submission
 * was for the old file). Logged only when the status changes.
 */
export async function recordNewVersion(
  user: User,
  target: Document | number,
  trx?: TransactionClientContract
): Promise<Result<Document, 'not_found'>> {
  if (!trx) return db.transaction((own) => recordNewVersion(user, target, own))
  const document =
    typeof target === 'number' ? await Document.find(target, { client: trx }) : target
  if (!document) return fail('not_found')
  /* Compare-and-set from the status as read now; a reviewer acting at the same moment makes it read again. */
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await trx.from('documents').where('id', document.id).select('status').first()
    const from = row?.status as DocumentStatus | undefined
    if (!from || !VOIDED.includes(from)) return ok(document)
    if (!(await moveStatus(trx, document, [from], 'draft'))) continue
    const role = await submitterRoleOf(
      user.id,
      document.kind,
      document.schoolYearId,
      document.schoolId,
      trx
    )
    await recordEvent(
      {
        documentId: document.id,
        versionId: document.currentVersionId,
        actorUserId: user.id,
        actorRole: role,
        action: 'new_version',
        fromStatus: from,
        toStatus: 'draft',
      },
      trx
    )
    /* An approved plan replaced: the plans that followed it are compared again, once this commits. */
    if (from === 'approved') trx.after('commit', () => void revalidateDependents(document.id))
    return ok(document)
  }
  throw new Error(`document ${document.id}: status kept changing while recording a new version`)
}
