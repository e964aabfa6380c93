import type Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import type Finding from '#app/documents/models/finding'
import type User from '#app/organization/models/user'
import FindingDispute from '#app/workflow/models/finding_dispute'
import { disputeKey, locationKey } from '#app/workflow/services/dispute_key'
import { DISPUTE_REASON_MAX } from '#app/workflow/validators/dispute'

export interface VersionDisputes {
  /** The owner may dispute errors here (current version, before submitting); the server still authorizes. */
  canDispute: boolean
  all: FindingDispute[]
  reasonMax: number
  of(finding: Finding): FindingDispute | undefined
}

/** The disputes of one version, found per finding (its row, or the same finding in a newer run). */
export async function versionDisputes(
  document: Document,
  version: DocumentVersion,
  user?: User | null
): Promise<VersionDisputes> {
  const all = await FindingDispute.query()
    .where('version_id', version.id)
    .preload('teacher')
    .preload('decider')
    .orderBy('id', 'asc')
  const byKey = new Map(
    all.map((dispute) => [
      disputeKey(dispute.pluginId, dispute.messageId, dispute.locationKey),
      dispute,
    ])
  )
  return {
    canDispute:
      Boolean(user) &&
      user!.id === document.ownerUserId &&
      ['draft', 'returned'].includes(document.status) &&
      document.currentVersionId === version.id,
    all,
    reasonMax: DISPUTE_REASON_MAX,
    of: (finding) =>
      all.find((dispute) => dispute.findingId === finding.id) ??
      byKey.get(disputeKey(finding.pluginId, finding.messageId, locationKey(finding.location))),
  }
}
