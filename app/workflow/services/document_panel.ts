import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import InspectionNote from '#app/workflow/models/inspection_note'
import { historyOf } from '#app/workflow/services/audit_log'
import { checkGate } from '#app/workflow/services/approval_gate'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { urlFor } from '@adonisjs/core/services/url_builder'

/**
 * What the workflow adds to the documents module's page: the owner's
 * submit / withdraw buttons (with the gate's reason when submitting is
 * not possible), a link to review for reviewers, the inspection notes
 * the school must read, and the audit log.
 */
export async function documentPanel(document: Document, user: User | undefined) {
  const isOwner = Boolean(user && user.id === document.ownerUserId)
  const gate =
    isOwner && ['draft', 'returned'].includes(document.status)
      ? await checkGate(document.currentVersionId, 'submit')
      : null
  return {
    isOwner,
    canSubmit: Boolean(gate?.open),
    gateReason: gate && !gate.open ? gate.reason : null,
    /* Where the owner disputes an error that blocks submitting ("Báo kiểm tra chưa đúng"). */
    reportUrl:
      gate && !gate.open && gate.reason === 'has_errors' ? await currentReportUrl(document) : null,
    canWithdraw: isOwner && document.status === 'submitted',
    canReview: user ? Boolean(await reviewerRoleFor(user.id, document)) : false,
    notes: await InspectionNote.query()
      .where('document_id', document.id)
      .preload('author')
      .orderBy('id', 'asc'),
    history: await historyOf(document.id),
  }
}

async function currentReportUrl(document: Document) {
  const version = await db
    .from('document_versions')
    .where('id', document.currentVersionId!)
    .select('number')
    .first()
  return version
    ? urlFor('documents.versions.show', { id: document.id, number: version.number })
    : null
}
