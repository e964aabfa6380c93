import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import FindingDispute from '#app/workflow/models/finding_dispute'
import { recordEvent } from '#app/workflow/services/audit_log'
import { submitterRoleOf } from '#app/workflow/services/actor_role'
import { locationKey } from '#app/workflow/services/dispute_key'
import { fail, ok, type Result } from '#app/workflow/services/result'

export type DisputeFailure =
  'not_disputable' | 'finding_not_in_version' | 'not_an_error' | 'already_disputed'

export interface DisputeInput {
  document: Document
  /** The version whose report the teacher read; only the current one can be disputed. */
  versionId: number
  findingId: number
  reason: string
}

/**
 * The owner disputes an error of the current version's newest check
 * ("Báo kiểm tra chưa đúng") with a short reason, before submitting.
 * Authorization (the owner only) is the policy's; this checks the state.
 */
export async function disputeFinding(
  user: User,
  input: DisputeInput
): Promise<Result<FindingDispute, DisputeFailure>> {
  const { document } = input
  if (
    !['draft', 'returned'].includes(document.status) ||
    document.currentVersionId !== input.versionId
  )
    return fail('not_disputable')
  const finding = await errorOfNewestRun(input.versionId, input.findingId)
  if (!finding) return fail('finding_not_in_version')
  if (finding.severity !== 'error') return fail('not_an_error')

  const key = {
    versionId: input.versionId,
    pluginId: finding.plugin_id,
    messageId: finding.message_id,
    locationKey: locationKey(finding.location),
  }
  const existing = () =>
    FindingDispute.query()
      .where('version_id', key.versionId)
      .where('plugin_id', key.pluginId)
      .where('message_id', key.messageId)
      .where('location_key', key.locationKey)
      .first()
  if (await existing()) return fail('already_disputed')

  try {
    return ok(
      await record(user, document, {
        ...key,
        findingId: finding.id,
        message: finding.message,
        runId: finding.run_id,
        reason: input.reason,
      })
    )
  } catch (error) {
    /* The same finding disputed twice at once (a double click): the unique index keeps one. */
    if (await existing()) return fail('already_disputed')
    throw error
  }
}

interface DisputeRow {
  versionId: number
  pluginId: string
  messageId: string
  locationKey: string
  findingId: number
  message: string
  runId: number
  reason: string
}

/** The dispute and its audit line, together. */
async function record(user: User, document: Document, row: DisputeRow) {
  const role = await submitterRoleOf(
    user.id,
    document.kind,
    document.schoolYearId,
    document.schoolId
  )
  return db.transaction(async (trx) => {
    const { runId, ...fields } = row
    const created = await FindingDispute.create(
      { ...fields, documentId: document.id, disputedBy: user.id, status: 'open' },
      { client: trx }
    )
    await recordEvent(
      {
        documentId: document.id,
        versionId: row.versionId,
        actorUserId: user.id,
        actorRole: role,
        action: 'disputed',
        fromStatus: document.status,
        toStatus: document.status,
        comment: row.reason,
        validationRunId: runId,
        details: {
          disputeId: created.id,
          pluginId: row.pluginId,
          messageId: row.messageId,
          message: row.message,
        },
      },
      trx
    )
    return created
  })
}

/** The finding row, when it belongs to the newest run of the version. */
async function errorOfNewestRun(versionId: number, findingId: number) {
  const run = await db
    .from('validation_runs')
    .where('version_id', versionId)
    .orderBy('id', 'desc')
    .select('id')
    .first()
  if (!run) return null
  return db.from('findings').where('id', findingId).where('run_id', run.id).first()
}
