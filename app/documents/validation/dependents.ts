/*
|--------------------------------------------------------------------------
| Dependents: the plans that follow a plan, checked again when it changes
|--------------------------------------------------------------------------
|
| When a PL III (a teacherPlan) or a PL I (a groupPlan) is approved, or an
| approved one is replaced by a new version, the current versions of the
| documents that follow it (related_plans.ts `dependentsQuery`: the same
| teacher's lesson plans for the subject and grade; the group's teacher
| plans for the grade), and only of kinds some plugin compares with it,
| are validated again through the queue.
*/
import type { RelatedNeed } from '#plugins/contract'
import Document from '#app/documents/models/document'
import { kindDefinition, type DocumentKind } from '#app/core/registries/kinds'
import { kindsOf } from './plugin_registry.js'
import { sharedRegistry } from './shared_registry.js'
import { dependentsQuery } from './related_plans.js'

/** Current version ids of the documents that compare themselves with `planDocumentId`. */
export async function dependentVersionIds(planDocumentId: number): Promise<number[]> {
  const plan = await Document.find(planDocumentId)
  if (!plan) return []
  const need = kindDefinition(plan.kind).relatedAs
  if (!need) return []
  const query = dependentsQuery(plan, need, await kindsNeeding(need))
  if (!query) return []
  const rows = await query.orderBy('id').select('current_version_id')
  return rows.map((row) => Number(row.current_version_id))
}

/** The kinds checked by a plugin that reads `need`. */
async function kindsNeeding(need: RelatedNeed): Promise<DocumentKind[]> {
  const registry = await sharedRegistry()
  const kinds = registry.all
    .filter((plugin) => plugin.meta.needs?.includes(need))
    .flatMap((plugin) => kindsOf(plugin.meta))
  return [...new Set(kinds)]
}
