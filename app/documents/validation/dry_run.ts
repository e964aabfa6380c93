/*
|--------------------------------------------------------------------------
| Dry run of a rule change: what a revalidation would change, before saving
|--------------------------------------------------------------------------
|
| The one dry run, behind both the admin page (/admin/validators: a queued
| job with progress, its figures stored on a validator_dry_runs row) and
| `node ace validators:dry-run` (printed, nothing stored). The same current
| versions a saved change revalidates (revalidationTargets), validated with
| the proposed rule from their stored document models (never re-parsed) and
| compared with their newest run: how many would newly pass or newly fail,
| by kind and school, and what the tried plugin would report, per message.
*/
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import { PARSER_VERSION } from '#app/documents/parsing/model_builder'
import { reportWith } from '#app/documents/services/validate_version'
import { kindsOf, type PluginRegistry } from './plugin_registry.js'
import { batches, revalidationTargets, versionsByIds } from './revalidation.js'
import { overridesWith, type CheckedRule } from './rule_set.js'
import { DryRunTally } from './dry_run_tally.js'
import ValidatorDryRun, { type DryRunResult } from './validator_dry_run.js'

export interface DryRunInput {
  schoolYearId: number
  pluginId: string
  /** The proposed rule (checked against the plugin: checkRule). */
  rule: CheckedRule
  /** One school only (the command line's --school). */
  schoolId?: number
}

/** Called after each batch: versions done of the total. */
export type DryRunProgress = (done: number, total: number) => Promise<void>

/** The current versions the proposal would revalidate (the plugin's kinds in the year). */
export function dryRunTargets(input: Omit<DryRunInput, 'rule'>, registry: PluginRegistry) {
  const plugin = registry.get(input.pluginId)
  if (!plugin) throw new Error(`unknown plugin ${input.pluginId}`)
  return revalidationTargets({
    schoolYearId: input.schoolYearId,
    kinds: kindsOf(plugin.meta),
    schoolId: input.schoolId,
  })
}

/** Validates every target with the proposal; stores nothing. */
export async function dryRun(
  input: DryRunInput,
  registry: PluginRegistry,
  progress?: DryRunProgress
): Promise<DryRunResult> {
  const ids = await dryRunTargets(input, registry)
  const overrides = await overridesWith(input.schoolYearId, input.pluginId, input.rule)
  const tally = new DryRunTally(input.pluginId)
  let done = 0
  for (const batch of batches(ids)) {
    for (const version of await versionsByIds(batch)) {
      const before = await latestStatus(version.id)
      /* An unreadable or never-checked version keeps its verdict through a revalidation too. */
      if (
        !before ||
        before === 'unreadable' ||
        version.parseStatus !== 'parsed' ||
        !version.model
      ) {
        tally.skip()
        continue
      }
      const document = await Document.findOrFail(version.documentId)
      const report = await reportWith(version, document, overrides)
      tally.add(document, before, report, isOlderModel(version))
    }
    done += batch.length
    await progress?.(done, ids.length)
  }
  return tally.result()
}

/** The admin page's dry run: its row, counted and ready for a job to fill. */
export async function createDryRun(
  schoolYearId: number,
  pluginId: string,
  rule: CheckedRule,
  userId: number,
  registry: PluginRegistry
) {
  const targets = await dryRunTargets({ schoolYearId, pluginId }, registry)
  return ValidatorDryRun.create({
    schoolYearId,
    pluginId,
    proposal: rule,
    status: 'queued',
    total: targets.length,
    done: 0,
    result: null,
    createdBy: userId,
  })
}

/** The job's work: the dry run of the row's proposal, its progress and figures recorded on the row. */
export async function executeDryRun(dryRunId: number, registry: PluginRegistry) {
  const row = await ValidatorDryRun.find(dryRunId)
  if (!row || !['queued', 'running'].includes(row.status)) return
  try {
    await row.merge({ status: 'running', done: 0 }).save()
    const input = { schoolYearId: row.schoolYearId, pluginId: row.pluginId, rule: row.proposal }
    const result = await dryRun(input, registry, async (done, total) => {
      await row.merge({ done, total }).save()
    })
    await row.merge({ status: 'done', total: result.versions, result }).save()
  } catch (error) {
    logger.error({ err: error, dryRunId }, 'Dry run of a rule change failed')
    await row.merge({ status: 'failed' }).save()
  }
}

async function latestStatus(versionId: number): Promise<string | undefined> {
  const run = await db
    .from('validation_runs')
    .where('version_id', versionId)
    .orderBy('id', 'desc')
    .select('status')
    .first()
  return run?.status
}

function isOlderModel(version: DocumentVersion) {
  return version.parserVersion !== PARSER_VERSION
}
