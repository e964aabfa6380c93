/**
 * What names a finding across runs of one version: its plugin, message id
 * and stored location text. A revalidation writes new finding rows; the
 * same finding at the same place keeps its key, so its dispute still holds.
 */
export function disputeKey(
  pluginId: string,
  messageId: string,
  location: string | null | undefined
): string {
  return JSON.stringify([pluginId, messageId, locationKey(location)])
}

/** The stored location column as the dispute keeps it ('' for none). */
export function locationKey(location: unknown): string {
  if (location === null || location === undefined) return ''
  return typeof location === 'string' ? location : JSON.stringify(location)
}
