/*
|--------------------------------------------------------------------------
| What changed between two validation runs of a plan
|--------------------------------------------------------------------------
|
| Block indexes and pages shift whenever the teacher edits the file, so a
| finding is recognised across versions by its plugin, messageId, data and
| the *text* around it (heading, excerpt), never by position.
*/

import { fold, type FindingLocation } from '#plugins/contract'

export interface ComparableFinding {
  pluginId?: string
  messageId: string
  data?: Record<string, unknown>
  location?: FindingLocation
}

export interface FindingsDiff<F> {
  /** In the previous run only. */
  fixed: F[]
  /** In the current run only. */
  new: F[]
  /** In both (the current run's copy). */
  remaining: F[]
}

function stableKey(finding: ComparableFinding): string {
  const data = Object.keys(finding.data ?? {})
    .sort()
    .map((key) => `${key}=${String(finding.data![key])}`)
    .join('&')
  const where = [finding.location?.heading, finding.location?.excerpt]
    .map((text) => (text ? fold(text) : ''))
    .join('>')
  return [finding.pluginId ?? '', finding.messageId, data, where].join('|')
}

export function diffFindings<F extends ComparableFinding>(
  previous: F[],
  current: F[]
): FindingsDiff<F> {
  const unmatched = new Map<string, F[]>()
  for (const finding of previous) {
    const key = stableKey(finding)
    unmatched.set(key, [...(unmatched.get(key) ?? []), finding])
  }
  const diff: FindingsDiff<F> = { fixed: [], new: [], remaining: [] }
  for (const finding of current) {
    const same = unmatched.get(stableKey(finding))
    if (same && same.length > 0) {
      same.shift()
      diff.remaining.push(finding)
    } else {
      diff.new.push(finding)
    }
  }
  diff.fixed = [...unmatched.values()].flat()
  return diff
}
