import type User from '#app/organization/models/user'
import { checkGate } from '#app/workflow/services/approval_gate'
import { approveDocument, type ApproveFailure } from '#app/workflow/actions/approve_document'
import { visibleDocument } from '#app/workflow/services/visible_document'

export type BulkSkipReason = ApproveFailure | 'has_warnings' | 'needs_manual_check'

export interface BulkOutcome {
  approved: number[]
  skipped: { documentId: number; reason: BulkSkipReason }[]
}

/**
 * Approves the checked documents that passed the automatic check with no
 * warning; a document with warnings or an unreadable file needs a reader,
 * so it is skipped and stays in the queue. Each approval is the ordinary
 * one (same rights, same gate, same audit line).
 */
/* Never fails as a whole: each document's outcome is in the lists. */
export async function bulkApproveDocuments(
  user: User,
  documentIds: number[]
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { approved: [], skipped: [] }
  for (const documentId of new Set(documentIds)) {
    const reason = await reasonToSkip(user, documentId)
    if (reason) {
      outcome.skipped.push({ documentId, reason })
      continue
    }
    const result = await approveDocument(user, { documentId })
    if (result.ok) outcome.approved.push(documentId)
    else outcome.skipped.push({ documentId, reason: result.error })
  }
  return outcome
}

/* Outside the user's scope reads as not found, so a skip reason never tells what an unseen plan holds. */
async function reasonToSkip(user: User, documentId: number): Promise<BulkSkipReason | null> {
  const document = await visibleDocument(user, documentId)
  if (!document) return 'not_found'
  const gate = await checkGate(document.currentVersionId, 'approve')
  if (!gate.open) return gate.reason
  /* An unreadable file, or an error a dispute overruled: someone reads the plan itself. */
  if (gate.evidence.status === 'unreadable' || gate.evidence.disputedErrors > 0)
    return 'needs_manual_check'
  if (gate.evidence.warnings > 0) return 'has_warnings'
  return null
}
