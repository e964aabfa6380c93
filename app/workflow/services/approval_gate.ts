import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { disputeKey } from '#app/workflow/services/dispute_key'

/*
 * The approval gate (directive: reviewers spend their time on content,
 * not format): a version may be submitted or approved only when its
 * newest validation run found no error. Warnings never block. A run that
 * could not read the file (a scanned PDF) lets the version through, and
 * the reviewer is told to check it by hand.
 *
 * A teacher may dispute an error of the version (finding_disputes): a
 * version whose every error is disputed may be submitted, and approved
 * once the reviewer accepted every dispute. An error nobody disputed, or
 * whose dispute was upheld, blocks both, however the request is sent.
 */
export type GateRefusal = 'no_version' | 'validation_pending' | 'has_errors' | 'dispute_undecided'

/** Submitting lets an open dispute through (the reviewer decides it); approving does not. */
export type GatePurpose = 'submit' | 'approve'

export interface GateEvidence {
  runId: number
  status: 'passed' | 'failed' | 'unreadable'
  warnings: number
  /** Errors let through by a dispute (open when submitting, accepted when approving). */
  disputedErrors: number
}

export type GateVerdict =
  { open: true; evidence: GateEvidence } | { open: false; reason: GateRefusal }

export async function checkGate(
  versionId: number | null,
  purpose: GatePurpose,
  trx?: TransactionClientContract
): Promise<GateVerdict> {
  if (!versionId) return { open: false, reason: 'no_version' }
  const client = trx ?? db
  const run = await client
    .from('validation_runs')
    .where('version_id', versionId)
    .orderBy('id', 'desc')
    .first()
  if (!run) return { open: false, reason: 'validation_pending' }

  const errors = await client
    .from('findings')
    .where('run_id', run.id)
    .where('severity', 'error')
    .select('plugin_id', 'message_id', 'location')
  /* A failed run must be explained by its error findings, every one of them disputed. */
  if (run.status === 'failed' && errors.length === 0) return { open: false, reason: 'has_errors' }
  if (Number(run.errors) > errors.length) return { open: false, reason: 'has_errors' }

  const refusal = errors.length ? await disputeRefusal(client, versionId, errors, purpose) : null
  if (refusal) return { open: false, reason: refusal }
  return {
    open: true,
    evidence: {
      runId: run.id,
      status: run.status,
      warnings: Number(run.warnings),
      disputedErrors: errors.length,
    },
  }
}

async function disputeRefusal(
  client: typeof db | TransactionClientContract,
  versionId: number,
  errors: Array<Record<string, any>>,
  purpose: GatePurpose
): Promise<GateRefusal | null> {
  const disputes = await client
    .from('finding_disputes')
    .where('version_id', versionId)
    .select('plugin_id', 'message_id', 'location_key', 'status')
  const statusOf = new Map(
    disputes.map((row) => [
      disputeKey(row.plugin_id, row.message_id, row.location_key),
      row.status as string,
    ])
  )
  const statuses = errors.map((row) =>
    statusOf.get(disputeKey(row.plugin_id, row.message_id, row.location))
  )
  if (statuses.some((status) => status === undefined || status === 'upheld')) return 'has_errors'
  if (purpose === 'approve' && statuses.some((status) => status !== 'accepted'))
    return 'dispute_undecided'
  return null
}

/** The newest run of a version (the evidence a return relied on), or null. */
export async function latestRunId(versionId: number | null): Promise<number | null> {
  if (!versionId) return null
  const run = await db
    .from('validation_runs')
    .where('version_id', versionId)
    .orderBy('id', 'desc')
    .select('id')
    .first()
  return run?.id ?? null
}
