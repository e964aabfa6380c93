import i18nManager from '@adonisjs/i18n/services/main'
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import { decidedByCouncil } from '#app/core/registries/kinds'
import type User from '#app/organization/models/user'
import { checkGate, type GateRefusal } from '#app/workflow/services/approval_gate'
import { recordEvent } from '#app/workflow/services/audit_log'
import { moveStatus } from '#app/workflow/services/transition'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { notify } from '#app/workflow/services/notifier'
import { documentLabel } from '#app/workflow/services/document_label'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { revalidateDependents } from '#app/documents/jobs/revalidate_versions_job'
import { urlFor } from '@adonisjs/core/services/url_builder'

export type ApproveFailure =
  | 'not_found'
  | 'not_reviewer'
  | 'not_submitted'
  | 'version_changed'
  | 'needs_council_decision'
  | GateRefusal

export interface ApproveInput {
  documentId: number
  /** The version the reviewer read; approving fails if a newer one arrived meanwhile. */
  versionId?: number | null
  comment?: string | null
}

/**
 * The routed reviewer approves the submitted version. The approved
 * version is then locked: any new upload is a new version that goes back
 * to draft and needs its own approval (recordNewVersion).
 */
export async function approveDocument(
  user: User,
  input: ApproveInput
): Promise<Result<Document, ApproveFailure>> {
  const document = await visibleDocument(user, input.documentId)
  if (!document) return fail('not_found')
  const role = await reviewerRoleFor(user.id, document)
  if (!role) return fail('not_reviewer')
  if (decidedByCouncil(document.kind)) return fail('needs_council_decision')
  if (document.status !== 'submitted') return fail('not_submitted')
  if (input.versionId && input.versionId !== document.currentVersionId)
    return fail('version_changed')

  const gate = await checkGate(document.currentVersionId, 'approve')
  if (!gate.open) return fail(gate.reason)

  const moved = await db.transaction(async (trx) => {
    if (!(await moveStatus(trx, document, ['submitted'], 'approved'))) return false
    await recordEvent(
      {
        documentId: document.id,
        versionId: document.currentVersionId,
        actorUserId: user.id,
        actorRole: role,
        action: 'approved',
        fromStatus: 'submitted',
        toStatus: 'approved',
        comment: input.comment || null,
        validationRunId: gate.evidence.runId,
      },
      trx
    )
    return true
  })
  if (!moved) return fail('not_submitted')
  /* Plans that follow this one (a PL III's lesson plans, a PL I's teacher plans) are compared with it again. */
  await revalidateDependents(document.id)

  await notify([document.ownerUserId], {
    kind: 'approved',
    title: i18nManager.locale('vi').t('workflow.notifications.titles.approved', {
      document: documentLabel(document),
    }),
    body: input.comment || null,
    url: urlFor('documents.show', { id: document.id }),
    documentId: document.id,
  })
  return ok(document)
}
