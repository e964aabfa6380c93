import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/*
 * The approval gate (directive: reviewers spend their time on content,
 * not format): a version may be submitted or approved only when its
 * newest validation run found no error. Warnings never block. A run that
 * could not read the file (a scanned PDF) lets the version through, and
 * the reviewer is told to check it by hand.
 */
export type GateRefusal = 'no_version' | 'validation_pending' | 'has_errors'

export interface GateEvidence {
  runId: number
  status: 'passed' | 'failed' | 'unreadable'
  warnings: number
}

export type GateVerdict = { open: true; evidence: GateEvidence } | { open: false; reason: GateRefusal }

export async function checkGate(versionId: number | null, trx?: TransactionClientContract): Promise<GateVerdict> {
  if (!versionId) return { open: false, reason: 'no_version' }
  const client = trx ?? db
  const run = await client.from('validation_runs').where('version_id', versionId).orderBy('id', 'desc').first()
  if (!run) return { open: false, reason: 'validation_pending' }

  const errorFindings = await client.from('findings').where('run_id', run.id).where('severity', 'error').count('* as total').first()
  if (run.status === 'failed' || Number(run.errors) > 0 || Number(errorFindings?.total ?? 0) > 0) {
    return { open: false, reason: 'has_errors' }
  }
  return { open: true, evidence: { runId: run.id, status: run.status, warnings: Number(run.warnings) } }
}

/** The newest run of a version (the evidence a return relied on), or null. */
export async function latestRunId(versionId: number | null): Promise<number | null> {
  if (!versionId) return null
  const run = await db.from('validation_runs').where('version_id', versionId).orderBy('id', 'desc').select('id').first()
  return run?.id ?? null
}
