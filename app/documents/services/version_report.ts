/*
|--------------------------------------------------------------------------
| Everything the report page of one version shows
|--------------------------------------------------------------------------
*/
import { diffFindings } from '#app/documents/validation/findings_diff'
import type Document from '#app/documents/models/document'
import { planFollowed } from './plan_followed.js'
import {
  relatedPlanRefs,
  refsOfFinding,
  type MayView,
  type RelatedPlanRef,
} from './related_plan_refs.js'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import DocumentVersion from '#app/documents/models/document_version'
import type Finding from '#app/documents/models/finding'
import { latestRun } from './validate_version.js'
import { summarizeRun } from './run_summary.js'
import { anchorFor, type Preview } from './preview.js'
import { versionPreview } from './version_preview.js'

export interface ReportFinding {
  finding: Finding
  anchor: string | null
  /** The approved plans a cross-document finding was compared with (linked when visible). */
  related: RelatedPlanRef[]
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/** `mayView`: whether the viewer may open a related plan (linked only then; none without it). */
export async function versionReport(
  document: Document,
  version: DocumentVersion,
  mayView?: MayView
) {
  const run = await latestRun(version.id)
  const preview = await previewOf(version)
  const refs = await relatedPlanRefs(run, mayView)
  const registry = await sharedRegistry()
  const findings: ReportFinding[] = (run?.findings ?? [])
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id - b.id)
    .map((finding) => ({
      finding,
      anchor: preview ? anchorFor(preview, finding.location) : null,
      related: refsOfFinding(finding.pluginId, refs, registry),
    }))
  return {
    run,
    summary: summarizeRun(run),
    findings,
    preview,
    diff: run ? await diffWithPrevious(document, version, run.findings) : null,
    followed: await planFollowed(document, run, refs),
  }
}

async function previewOf(version: DocumentVersion): Promise<Preview | null> {
  try {
    return await versionPreview(version)
  } catch {
    return null
  }
}

/** Fixed / new / remaining against the newest run of the previous version (none for v1). */
async function diffWithPrevious(document: Document, version: DocumentVersion, current: Finding[]) {
  const previous = await DocumentVersion.query()
    .where('document_id', document.id)
    .where('number', '<', version.number)
    .orderBy('number', 'desc')
    .first()
  if (!previous) return null
  const previousRun = await latestRun(previous.id)
  if (!previousRun) return null
  const comparable = (finding: Finding) => ({
    finding,
    pluginId: finding.pluginId,
    messageId: finding.messageId,
    data: finding.details?.data,
    location: finding.location ?? undefined,
  })
  const diff = diffFindings(previousRun.findings.map(comparable), current.map(comparable))
  return {
    previousNumber: previous.number,
    fixed: diff.fixed.map((item) => item.finding),
    new: diff.new.map((item) => item.finding),
    remaining: diff.remaining.map((item) => item.finding),
  }
}
