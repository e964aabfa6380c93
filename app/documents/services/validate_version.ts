/*
|--------------------------------------------------------------------------
| Run the validators on a stored version and keep the verdict
|--------------------------------------------------------------------------
|
| Reads the version's stored document model (no re-parsing), runs every
| applicable plugin and stores one validation run with its findings. A
| version whose content could not be read gets an 'unreadable' run: it
| must be checked by a person and never counts as passed.
|
| The workflow module reads the newest run of a version (latestRun below)
| to decide whether it may be submitted; it may call validateVersion again
| after a plugin changed (revalidation).
*/
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import { departmentOverrides } from '#app/documents/validation/rule_set'
import {
  PluginRunner,
  type DepartmentOverrides,
  type ReportedFinding,
  type ValidationReport,
} from '#app/documents/validation/plugin_runner'
import Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import ValidationRun, { type RelatedVersion } from '#app/documents/models/validation_run'
import { relatedPlans } from '#app/documents/validation/related_plans'
import Finding from '#app/documents/models/finding'
import { submissionMetadata } from './submission_metadata.js'

let runnerPromise: Promise<PluginRunner> | undefined

/** The plugins are discovered once per process (boot-time validation of their metadata). */
function sharedRunner(): Promise<PluginRunner> {
  runnerPromise ??= sharedRegistry().then((registry) => new PluginRunner(registry, { logger }))
  runnerPromise.catch(() => (runnerPromise = undefined))
  return runnerPromise
}

/** Versions this process is validating right now (the report's "đang kiểm tra"). */
const checkingNow = new Map<number, number>()

export function isBeingChecked(versionId: number): boolean {
  return checkingNow.has(versionId)
}

export async function validateVersion(version: DocumentVersion): Promise<ValidationRun> {
  checkingNow.set(version.id, (checkingNow.get(version.id) ?? 0) + 1)
  try {
    return await validateNow(version)
  } finally {
    const left = (checkingNow.get(version.id) ?? 1) - 1
    if (left > 0) checkingNow.set(version.id, left)
    else checkingNow.delete(version.id)
  }
}

async function validateNow(version: DocumentVersion): Promise<ValidationRun> {
  if (version.parseStatus !== 'parsed' || !version.model) return storeUnreadableRun(version)
  const document = await Document.findOrFail(version.documentId)
  /* The department's rule set of the document's school year (admin page /admin/validators). */
  const { report, used } = await runWith(
    version,
    document,
    await departmentOverrides(document.schoolYearId)
  )
  return storeRun(version, report, used)
}

/**
 * What today's plugins report on a parsed version's stored model under the
 * given rule set, storing nothing (the department's dry run of a rule change).
 */
export async function reportWith(
  version: DocumentVersion,
  document: Document,
  overrides: DepartmentOverrides
): Promise<ValidationReport> {
  const run = await runWith(version, document, overrides)
  return run.report
}

/** The run, and the approved related plans it compared with (summarized once for every plugin that declared the need). */
async function runWith(
  version: DocumentVersion,
  document: Document,
  overrides: DepartmentOverrides
): Promise<{ report: ValidationReport; used: RelatedVersion[] }> {
  if (!version.model) throw new Error(`version ${version.id} has no stored model`)
  const runner = await sharedRunner()
  const submission = await submissionMetadata(document)
  const { related, used } = await relatedPlans(
    document,
    runner.needs(submission, version.model.format, overrides)
  )
  return {
    report: await runner.run({ document: version.model, submission, overrides, related }),
    used,
  }
}

async function storeUnreadableRun(version: DocumentVersion): Promise<ValidationRun> {
  return ValidationRun.create({
    versionId: version.id,
    status: 'unreadable',
    errors: 0,
    warnings: 0,
    infos: 0,
    plugins: [],
    fileSha256: version.sha256,
  })
}

async function storeRun(
  version: DocumentVersion,
  report: ValidationReport,
  relatedVersions: RelatedVersion[]
): Promise<ValidationRun> {
  return db.transaction(async (trx) => {
    const run = await ValidationRun.create(
      {
        versionId: version.id,
        status: report.status,
        errors: report.errors,
        warnings: report.warnings,
        infos: report.infos,
        plugins: report.plugins,
        relatedVersions: relatedVersions.length > 0 ? relatedVersions : null,
        fileSha256: version.sha256,
      },
      { client: trx }
    )
    if (report.findings.length)
      await Finding.createMany(
        report.findings.map((finding) => findingRow(run.id, finding)),
        { client: trx }
      )
    return run
  })
}

function findingRow(runId: number, finding: ReportedFinding) {
  const fix = (finding as ReportedFinding & { fix?: string }).fix
  return {
    runId,
    pluginId: finding.pluginId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    location: finding.location,
    reference: finding.reference,
    details: { data: finding.data, ...(fix ? { fix } : {}) },
  }
}

/** The newest run of a version, with its findings (undefined when never validated). */
export async function latestRun(versionId: number): Promise<ValidationRun | null> {
  return ValidationRun.query()
    .where('version_id', versionId)
    .orderBy('id', 'desc')
    .preload('findings')
    .first()
}
