import type Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import SchoolYear from '#app/organization/models/school_year'
import { versionReport } from '#app/documents/services/version_report'
import type { MayView } from '#app/documents/services/related_plan_refs'
import ReviewComment from '#app/workflow/models/review_comment'
import InspectionNote from '#app/workflow/models/inspection_note'
import { historyOf } from '#app/workflow/services/audit_log'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import { checkBadgeOf } from '#app/workflow/services/check_badge'
import { deadlineContext, dueDate, latenessOf } from '#app/workflow/services/deadlines'
import { decidedByCouncil } from '#app/core/registries/kinds'
import { versionDisputes } from '#app/workflow/services/finding_disputes'
import { checkGate } from '#app/workflow/services/approval_gate'

/**
 * What the review (and inspection) page shows of one document: the
 * current version's preview beside its findings and the teacher's
 * disputes of them, the comments, the inspection notes, the audit log and
 * the deadline. `mayView` says whether the viewer may open a related plan
 * (the approved PL III a lesson plan follows).
 */
export async function reviewPageData(document: Document, mayView?: MayView) {
  await document.load('owner')
  const version = document.currentVersionId
    ? await DocumentVersion.find(document.currentVersionId)
    : null
  const report = version ? await versionReport(document, version, mayView) : null
  const disputes = version ? await versionDisputes(document, version) : null
  const year = await SchoolYear.findOrFail(document.schoolYearId)
  const settings = await settingsFor(year.id)
  const context = deadlineContext(year, settings)
  return {
    document,
    version,
    report,
    check: checkBadgeOf(report?.run ?? null, disputes?.all.length ?? 0),
    /* The teacher's disputes beside the plan, and why approving is not possible yet (null: it is). */
    disputes,
    approveRefusal:
      document.status === 'submitted' ? await approveRefusalOf(document.currentVersionId) : null,
    due: dueDate(document, context),
    lateness: latenessOf(document, context),
    /* The principal records the council's decision instead of approving. */
    councilDecides: decidedByCouncil(document.kind),
    comments: await ReviewComment.query()
      .where('document_id', document.id)
      .preload('author')
      .orderBy('id', 'asc'),
    notes: await InspectionNote.query()
      .where('document_id', document.id)
      .preload('author')
      .orderBy('id', 'asc'),
    history: await historyOf(document.id),
  }
}

async function approveRefusalOf(versionId: number | null) {
  const gate = await checkGate(versionId, 'approve')
  return gate.open ? null : gate.reason
}
