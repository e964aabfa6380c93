/*
|--------------------------------------------------------------------------
| The related plans a run compared a version with, as a viewer may see them
|--------------------------------------------------------------------------
|
| A run records the approved plans it read (`relatedVersions`: the
| teacher's PL III, the group's PL I). The report, review and inspection
| pages name them beside the plan and under each cross-document finding,
| and link them only when the viewer's policy lets him open them
| (`mayView`, deny by default): a plan outside one's scope is named, never
| linked.
*/
import type { RelatedNeed } from '#plugins/contract'
import Document from '#app/documents/models/document'
import type ValidationRun from '#app/documents/models/validation_run'
import type { PluginRegistry } from '#app/documents/validation/plugin_registry'

export interface RelatedPlanRef {
  need: RelatedNeed
  documentId: number
  kind: string
  title: string
  /** The viewer may open the plan: only then is it linked. */
  visible: boolean
}

export type MayView = (related: Document) => Promise<boolean>

const denyAll: MayView = async () => false

/** The run's related plans that still exist, with whether the viewer may open each. */
export async function relatedPlanRefs(
  run: ValidationRun | null,
  mayView: MayView = denyAll
): Promise<RelatedPlanRef[]> {
  const used = run?.relatedVersions ?? []
  if (used.length === 0) return []
  const documents = await Document.query().whereIn(
    'id',
    used.map((entry) => entry.documentId)
  )
  const refs: RelatedPlanRef[] = []
  for (const entry of used) {
    const document = documents.find((candidate) => candidate.id === entry.documentId)
    if (!document) continue
    refs.push({
      need: entry.need,
      documentId: document.id,
      kind: document.kind,
      title: document.title,
      visible: await mayView(document),
    })
  }
  return refs
}

/** The plans a finding's plugin compared the version with (the needs it declared). */
export function refsOfFinding(
  pluginId: string,
  refs: readonly RelatedPlanRef[],
  registry: PluginRegistry
): RelatedPlanRef[] {
  if (refs.length === 0) return []
  const needs = registry.get(pluginId)?.meta.needs ?? []
  return refs.filter((ref) => needs.includes(ref.need))
}
