import i18nManager from '@adonisjs/i18n/services/main'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import { decidedByCouncil } from '#app/core/registries/kinds'
import type User from '#app/organization/models/user'
import { hasCapability, rolesThat } from '#app/core/registries/roles'
import SchoolPlanReport from '#app/workflow/models/school_plan_report'
import { checkGate, type GateRefusal } from '#app/workflow/services/approval_gate'
import { recordEvent } from '#app/workflow/services/audit_log'
import { moveStatus } from '#app/workflow/services/transition'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { notify } from '#app/workflow/services/notifier'
import { documentLabel } from '#app/workflow/services/document_label'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'
import { urlFor } from '@adonisjs/core/services/url_builder'

export type CouncilFailure =
  | 'not_found'
  | 'not_school_plan'
  | 'not_principal'
  | 'not_submitted'
  | 'decision_required'
  | 'no_receiving_unit'
  | GateRefusal

export interface CouncilDecision {
  documentId: number
  decisionNumber: string
  decisionDate: DateTime
}

/**
 * The school council approved the school plan: the principal records the
 * decision (number, date), the plan becomes approved, and it is reported
 * to the receiving unit of each level the school teaches (directive 2.2:
 * THPT → the department's secondary division, THCS → the supervising
 * office; a multi-level school reports to both).
 */
export async function recordCouncilApproval(
  user: User,
  decision: CouncilDecision
): Promise<Result<SchoolPlanReport[], CouncilFailure>> {
  const document = await visibleDocument(user, decision.documentId)
  if (!document) return fail('not_found')
  /* Rights first: an outsider learns nothing about the document's kind. */
  const role = await reviewerRoleFor(user.id, document)
  /* Only a role that reviews school plans (the principal) records the council's decision. */
  if (!role || !hasCapability(role, { reviews: 'school' })) return fail('not_principal')
  if (!decidedByCouncil(document.kind)) return fail('not_school_plan')
  if (document.status !== 'submitted') return fail('not_submitted')
  if (!decision.decisionNumber.trim() || !decision.decisionDate.isValid)
    return fail('decision_required')

  const gate = await checkGate(document.currentVersionId, 'approve')
  if (!gate.open) return fail(gate.reason)

  const levels = await db
    .from('school_levels')
    .where('school_id', document.schoolId)
    .orderBy('level')
    .select('level', 'receiving_unit_id')
  if (levels.length === 0) return fail('no_receiving_unit')

  const details = {
    decisionNumber: decision.decisionNumber.trim(),
    decisionDate: decision.decisionDate.toISODate(),
  }
  const reports = await db.transaction(async (trx) => {
    if (!(await moveStatus(trx, document, ['submitted'], 'approved'))) return null
    const base = {
      documentId: document.id,
      versionId: document.currentVersionId,
      actorUserId: user.id,
      actorRole: role,
    }
    await recordEvent(
      {
        ...base,
        action: 'council_approved',
        fromStatus: 'submitted',
        toStatus: 'approved',
        validationRunId: gate.evidence.runId,
        details,
      },
      trx
    )

    const sent: SchoolPlanReport[] = []
    for (const level of levels) {
      sent.push(
        await SchoolPlanReport.create(
          {
            documentId: document.id,
            versionId: document.currentVersionId!,
            unitId: level.receiving_unit_id,
            level: level.level,
            decisionNumber: details.decisionNumber,
            decisionDate: decision.decisionDate,
            sentByUserId: user.id,
            sentAt: DateTime.now(),
          },
          { client: trx }
        )
      )
    }
    await recordEvent(
      {
        ...base,
        action: 'reported',
        fromStatus: 'approved',
        toStatus: 'approved',
        details: { ...details, unitIds: sent.map((r) => r.unitId) },
      },
      trx
    )
    return sent
  })
  if (!reports) return fail('not_submitted')

  await notifyReceivingUnits(document, reports)
  return ok(reports)
}

/** The people of each receiving unit learn that a school plan arrived. */
async function notifyReceivingUnits(document: Document, reports: SchoolPlanReport[]) {
  const people = await db
    .from('role_assignments')
    .where('school_year_id', document.schoolYearId)
    .whereIn(
      'unit_id',
      reports.map((report) => report.unitId)
    )
    .whereIn('role', rolesThat('receivesReports'))
    .distinct('user_id')
  await notify(
    people.map((row) => row.user_id),
    {
      kind: 'approved',
      title: i18nManager.locale('vi').t('workflow.notifications.titles.reported', {
        document: documentLabel(document),
      }),
      url: urlFor('inspection.show', { id: document.id }),
      documentId: document.id,
      email: false,
    }
  )
}
