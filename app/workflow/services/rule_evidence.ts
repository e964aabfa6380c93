/*
|--------------------------------------------------------------------------
| Evidence for the department's rule set (/admin/validators)
|--------------------------------------------------------------------------
|
| Per plugin and message, over one school year: on how many versions it
| fired (current versions, and every version), how often teachers disputed
| it and how often a reviewer overruled it (accepted the dispute). Counted
| from the newest run of each version, so a revalidated version counts once.
*/
import db from '@adonisjs/lucid/services/db'

export interface MessageEvidence {
  firedCurrent: number
  firedAll: number
  disputed: number
  overruled: number
  upheld: number
}

export type EvidenceTable = Map<string, MessageEvidence>

export function evidenceKey(pluginId: string, messageId: string) {
  return `${pluginId}\u0000${messageId}`
}

/** The counts as the rule set page reads them: per plugin and message, zeros when it never fired. */
export async function ruleEvidenceLookup(schoolYearId: number) {
  const table = await ruleEvidence(schoolYearId)
  return {
    of: (pluginId: string, messageId: string) =>
      table.get(evidenceKey(pluginId, messageId)) ?? {
        firedCurrent: 0,
        firedAll: 0,
        disputed: 0,
        overruled: 0,
        upheld: 0,
      },
  }
}

const NEWEST_RUN =
  '(SELECT MAX(vr.id) FROM validation_runs vr WHERE vr.version_id = validation_runs.version_id)'

export async function ruleEvidence(schoolYearId: number): Promise<EvidenceTable> {
  const table: EvidenceTable = new Map()
  const entry = (pluginId: string, messageId: string) => {
    const key = evidenceKey(pluginId, messageId)
    if (!table.has(key))
      table.set(key, { firedCurrent: 0, firedAll: 0, disputed: 0, overruled: 0, upheld: 0 })
    return table.get(key)!
  }
  for (const row of await firedCounts(schoolYearId, 'current'))
    entry(row.plugin_id, row.message_id).firedCurrent = Number(row.total)
  for (const row of await firedCounts(schoolYearId, 'all'))
    entry(row.plugin_id, row.message_id).firedAll = Number(row.total)
  const disputes = await db
    .from('finding_disputes')
    .join('documents', 'documents.id', 'finding_disputes.document_id')
    .where('documents.school_year_id', schoolYearId)
    .groupBy('finding_disputes.plugin_id', 'finding_disputes.message_id', 'finding_disputes.status')
    .select('finding_disputes.plugin_id', 'finding_disputes.message_id', 'finding_disputes.status')
    .count('* as total')
  for (const row of disputes) {
    const evidence = entry(row.plugin_id, row.message_id)
    evidence.disputed += Number(row.total)
    if (row.status === 'accepted') evidence.overruled += Number(row.total)
    if (row.status === 'upheld') evidence.upheld += Number(row.total)
  }
  return table
}

/** Versions (current ones, or all) of the year whose newest run has the message; distinct per version. */
function firedCounts(schoolYearId: number, versions: 'current' | 'all') {
  return firedQuery(schoolYearId, versions)
    .groupBy('findings.plugin_id', 'findings.message_id')
    .select('findings.plugin_id', 'findings.message_id')
    .countDistinct('validation_runs.version_id as total')
}

/** Findings of the newest run of the year's versions (current ones only, or all), joined to their version and document. */
export function firedQuery(schoolYearId: number, versions: 'current' | 'all') {
  const query = db
    .from('findings')
    .join('validation_runs', 'validation_runs.id', 'findings.run_id')
    .whereRaw(`validation_runs.id = ${NEWEST_RUN}`)
    .join('document_versions', 'document_versions.id', 'validation_runs.version_id')
    .join('documents', 'documents.id', 'document_versions.document_id')
    .where('documents.school_year_id', schoolYearId)
  if (versions === 'current') query.whereRaw('documents.current_version_id = document_versions.id')
  return query
}
