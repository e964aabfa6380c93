import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import type { RoleName } from '#app/core/registries/roles'
import FindingDispute from '#app/workflow/models/finding_dispute'
import { latestRunId } from '#app/workflow/services/approval_gate'
import { recordEvent } from '#app/workflow/services/audit_log'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { notifyReturned, returnInTransaction } from '#app/workflow/actions/return_document'
import { fail, ok, type Result } from '#app/workflow/services/result'

export type DecisionFailure =
  'not_reviewer' | 'not_submitted' | 'dispute_not_found' | 'already_decided' | 'comment_required'

export interface DecisionInput {
  document: Document
  disputeId: number
  comment?: string | null
}

/**
 * The reviewer accepts a dispute: the finding is overruled for this
 * version only (a later version is checked afresh). Approval is possible
 * once no dispute of the version is open.
 */
export async function acceptDispute(
  user: User,
  input: DecisionInput
): Promise<Result<FindingDispute, DecisionFailure>> {
  const checked = await decidable(user, input)
  if (!checked.ok) return checked
  const { dispute, role } = checked.value
  const decided = await db.transaction((trx) =>
    decide(trx, {
      user,
      role,
      dispute,
      document: input.document,
      status: 'accepted',
      comment: input.comment?.trim() || null,
    })
  )
  return decided ? ok(dispute) : fail('already_decided')
}

/**
 * The reviewer upholds a dispute: the finding stands, and the plan goes
 * back to the teacher with the reviewer's reason, by the ordinary return
 * (same status change, audit line and notice), in one transaction.
 */
export async function upholdDispute(
  user: User,
  input: DecisionInput
): Promise<Result<FindingDispute, DecisionFailure>> {
  const comment = input.comment?.trim() ?? ''
  if (!comment) return fail('comment_required')
  const checked = await decidable(user, input)
  if (!checked.ok) return checked
  const { dispute, role } = checked.value
  const { document } = input
  const runId = await latestRunId(document.currentVersionId)
  try {
    await db.transaction(async (trx) => {
      if (!(await decide(trx, { user, role, dispute, document, status: 'upheld', comment })))
        throw new Undecided('already_decided')
      /* Someone else approved or returned it meanwhile: the dispute stays open with it. */
      if (!(await returnInTransaction(trx, { document, user, role, comment, runId })))
        throw new Undecided('not_submitted')
    })
  } catch (error) {
    if (error instanceof Undecided) return fail(error.failure)
    throw error
  }
  await notifyReturned(document, comment)
  return ok(dispute)
}

/** The user reviews the document, it waits for review, and the dispute is open on its current version. */
async function decidable(
  user: User,
  input: DecisionInput
): Promise<Result<{ dispute: FindingDispute; role: RoleName }, DecisionFailure>> {
  const role = await reviewerRoleFor(user.id, input.document)
  if (!role) return fail('not_reviewer')
  if (input.document.status !== 'submitted') return fail('not_submitted')
  const dispute = await FindingDispute.query()
    .where('id', input.disputeId)
    .where('document_id', input.document.id)
    .where('version_id', input.document.currentVersionId ?? 0)
    .first()
  if (!dispute) return fail('dispute_not_found')
  if (dispute.status !== 'open') return fail('already_decided')
  return ok({ dispute, role })
}

interface Decision {
  user: User
  role: RoleName
  dispute: FindingDispute
  document: Document
  status: 'accepted' | 'upheld'
  comment: string | null
}

/** Compare-and-set from open, and the audit line; false when someone decided first. */
async function decide(trx: TransactionClientContract, decision: Decision): Promise<boolean> {
  const { dispute, document, user } = decision
  const decidedAt = DateTime.now()
  const changed = await trx
    .from('finding_disputes')
    .where('id', dispute.id)
    .where('status', 'open')
    .update({
      status: decision.status,
      decided_by: user.id,
      decision_comment: decision.comment,
      decided_at: decidedAt.toFormat(trx.dialect.dateTimeFormat),
    })
  if (Number(Array.isArray(changed) ? changed[0] : changed) === 0) return false
  dispute.merge({
    status: decision.status,
    decidedBy: user.id,
    decisionComment: decision.comment,
    decidedAt,
  })
  await recordEvent(
    {
      documentId: document.id,
      versionId: dispute.versionId,
      actorUserId: user.id,
      actorRole: decision.role,
      action: decision.status === 'accepted' ? 'dispute_accepted' : 'dispute_upheld',
      fromStatus: document.status,
      toStatus: document.status,
      comment: decision.comment,
      details: {
        disputeId: dispute.id,
        pluginId: dispute.pluginId,
        messageId: dispute.messageId,
        message: dispute.message,
      },
    },
    trx
  )
  return true
}

/** Unwinds the uphold's transaction when one of its two steps found the state changed. */
class Undecided extends Error {
  constructor(readonly failure: DecisionFailure) {
    super(failure)
  }
}
