import {
  dispatchRevalidation,
  type RevalidationDispatch,
} from '#app/documents/jobs/revalidate_versions_job'
import { kindsOf, type PluginRegistry } from '#app/documents/validation/plugin_registry'
import { saveCheckedRule, type CheckedRule } from '#app/documents/validation/rule_set'

export type RuleChange =
  | { saved: false }
  | { saved: true; changed: false }
  | { saved: true; changed: true; revalidation: RevalidationDispatch }

/**
 * Stores a checked rule and, when it differs from what was in force,
 * revalidates the current versions of the kinds the plugin checks.
 */
export async function applyRule(
  schoolYearId: number,
  pluginId: string,
  rule: CheckedRule,
  userId: number,
  registry: PluginRegistry
): Promise<RuleChange> {
  const outcome = await saveCheckedRule(schoolYearId, pluginId, rule, userId, registry)
  if (!outcome.ok) return { saved: false }
  if (!outcome.changed) return { saved: true, changed: false }
  const revalidation = await dispatchRevalidation({
    schoolYearId,
    kinds: kindsOf(registry.get(pluginId)!.meta),
  })
  return { saved: true, changed: true, revalidation }
}
