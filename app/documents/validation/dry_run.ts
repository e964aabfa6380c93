/*
|--------------------------------------------------------------------------
| Dry run of a rule change: what a revalidation would change, before saving
|--------------------------------------------------------------------------
|
| The same current versions a saved change revalidates (revalidationTargets),
| validated with the proposed rule from their stored document models (never
| re-parsed), compared with their newest run: how many would newly pass or
| newly fail, by kind and school. Runs as a queued job (inline with the sync
| driver) and records its progress, so a city-wide change can be watched.
*/
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import { PARSER_VERSION } from '#app/documents/parsing/model_builder'
import { reportWith } from '#app/documents/services/validate_version'
import type { DepartmentOverrides } from './plugin_runner.js'
import { kindsOf, type PluginRegistry } from './plugin_registry.js'
import { batches, revalidationTargets, versionsByIds } from './revalidation.js'
import { overridesWith, type CheckedRule } from './rule_set.js'
import ValidatorDryRun, { type DryRunGroup, type DryRunResult } from './validator_dry_run.js'

/** The dry run's row, counted and ready for a job to fill. */
export async function createDryRun(
  schoolYearId: number,
  pluginId: string,
  rule: CheckedRule,
  userId: number,
  registry: PluginRegistry
) {
  const kinds = kindsOf(registry.get(pluginId)!.meta)
  const targets = await revalidationTargets({ schoolYearId, kinds })
  const total = targets.length
  return ValidatorDryRun.create({
    schoolYearId,
    pluginId,
    proposal: rule,
    status: 'queued',
    total,
    done: 0,
    result: null,
    createdBy: userId,
  })
}

export async function executeDryRun(dryRunId: number, registry: PluginRegistry) {
  const dryRun = await ValidatorDryRun.find(dryRunId)
  if (!dryRun || !['queued', 'running'].includes(dryRun.status)) return
  try {
    const ids = await revalidationTargets({
      schoolYearId: dryRun.schoolYearId,
      kinds: kindsOf(registry.get(dryRun.pluginId)!.meta),
    })
    await dryRun.merge({ status: 'running', total: ids.length, done: 0 }).save()
    const overrides = await overridesWith(dryRun.schoolYearId, dryRun.pluginId, dryRun.proposal)
    const tally = new Tally()
    for (const batch of batches(ids)) {
      for (const version of await versionsByIds(batch)) await tally.add(version, overrides)
      await dryRun.merge({ done: dryRun.done + batch.length }).save()
    }
    await dryRun.merge({ status: 'done', result: await tally.result() }).save()
  } catch (error) {
    logger.error({ err: error, dryRunId }, 'Dry run of a rule change failed')
    await dryRun.merge({ status: 'failed' }).save()
  }
}

/** Verdicts before (newest run) and after (proposed rule), per kind and school. */
class Tally {
  private counts: Omit<DryRunResult, 'groups'> = {
    newlyPass: 0,
    newlyFail: 0,
    unchanged: 0,
    notChecked: 0,
    olderModels: 0,
  }
  private groups = new Map<string, Omit<DryRunGroup, 'schoolName'>>()

  async add(version: DocumentVersion, overrides: DepartmentOverrides) {
    const before = await db
      .from('validation_runs')
      .where('version_id', version.id)
      .orderBy('id', 'desc')
      .select('status')
      .first()
    /* An unreadable or never-checked version keeps its verdict through a revalidation too. */
    if (
      !before ||
      before.status === 'unreadable' ||
      version.parseStatus !== 'parsed' ||
      !version.model
    ) {
      this.counts.notChecked++
      return
    }
    if (version.parserVersion !== PARSER_VERSION) this.counts.olderModels++
    const document = await Document.findOrFail(version.documentId)
    const run = await reportWith(version, document, overrides)
    const after = run.status
    if (before.status === after) {
      this.counts.unchanged++
      return
    }
    const group = this.groupOf(document)
    if (after === 'passed') {
      this.counts.newlyPass++
      group.newlyPass++
    } else {
      this.counts.newlyFail++
      group.newlyFail++
    }
  }

  private groupOf(document: Document) {
    const key = `${document.kind}/${document.schoolId}`
    if (!this.groups.has(key))
      this.groups.set(key, {
        kind: document.kind,
        schoolId: document.schoolId,
        newlyPass: 0,
        newlyFail: 0,
      })
    return this.groups.get(key)!
  }

  async result(): Promise<DryRunResult> {
    const schoolIds = [...new Set([...this.groups.values()].map((group) => group.schoolId))]
    const schools = schoolIds.length
      ? await db.from('schools').whereIn('id', schoolIds).select('id', 'name')
      : []
    const names = new Map(schools.map((school) => [Number(school.id), String(school.name)]))
    const groups = [...this.groups.values()]
      .map((group) => ({ ...group, schoolName: names.get(group.schoolId) ?? '' }))
      .sort(
        (a, b) => a.schoolName.localeCompare(b.schoolName, 'vi') || a.kind.localeCompare(b.kind)
      )
    return { ...this.counts, groups }
  }
}
