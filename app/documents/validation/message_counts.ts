/*
|--------------------------------------------------------------------------
| What one plugin would say about a year's stored plans, per message
|--------------------------------------------------------------------------
|
| `node ace validators:dry-run`: the plugin, as if enabled (with the
| options to try), on the current versions of the year's plans, from their
| stored models; its findings counted per message and severity. Nothing
| is written. The admin page's dry run (dry_run.ts) says which plans
| would newly pass or fail; this says which messages a new rule would
| bring, which is what a department reads before enabling new guidance.
*/
import Document from '#app/documents/models/document'
import { reportWith } from '#app/documents/services/validate_version'
import { kindsOf } from './plugin_registry.js'
import type { DepartmentOverrides } from './plugin_runner.js'
import { batches, revalidationTargets, versionsByIds } from './revalidation.js'
import { departmentOverrides } from './rule_set.js'
import { sharedRegistry } from './shared_registry.js'

export interface MessageCountsInput {
  pluginId: string
  schoolYearId: number
  schoolId?: number
  /** Options to try (merged over the year's setting and the plugin's defaults). */
  options?: Record<string, unknown>
}

export interface MessageCounts {
  /** Current versions read. */
  versions: number
  /** Versions with no stored model (unreadable files): not checked. */
  unreadable: number
  /** Versions the plugin would give at least one error. */
  withErrors: number
  withFindings: number
  /** Most frequent first. */
  messages: Array<{ messageId: string; severity: string; count: number }>
}

export async function messageCounts(input: MessageCountsInput): Promise<MessageCounts | undefined> {
  const registry = await sharedRegistry()
  const plugin = registry.get(input.pluginId)
  if (!plugin) return undefined
  const current = await departmentOverrides(input.schoolYearId)
  const setting = current.plugins?.[plugin.meta.id]
  const overrides: DepartmentOverrides = {
    plugins: {
      ...current.plugins,
      [plugin.meta.id]: {
        ...setting,
        enabled: true,
        options: { ...setting?.options, ...input.options },
      },
    },
  }
  const result: MessageCounts = {
    versions: 0,
    unreadable: 0,
    withErrors: 0,
    withFindings: 0,
    messages: [],
  }
  const counts = new Map<string, { messageId: string; severity: string; count: number }>()
  const ids = await revalidationTargets({
    schoolYearId: input.schoolYearId,
    kinds: kindsOf(plugin.meta),
    schoolId: input.schoolId,
  })
  for (const batch of batches(ids, 100)) {
    for (const version of await versionsByIds(batch)) {
      result.versions++
      if (version.parseStatus !== 'parsed' || !version.model) {
        result.unreadable++
        continue
      }
      const report = await reportWith(
        version,
        await Document.findOrFail(version.documentId),
        overrides
      )
      const own = report.findings.filter((finding) => finding.pluginId === plugin.meta.id)
      if (own.some((finding) => finding.severity === 'error')) result.withErrors++
      if (own.length > 0) result.withFindings++
      for (const { messageId, severity } of own) {
        const key = `${messageId}/${severity}`
        counts.set(key, { messageId, severity, count: (counts.get(key)?.count ?? 0) + 1 })
      }
    }
  }
  result.messages = [...counts.values()].sort((a, b) => b.count - a.count)
  return result
}
