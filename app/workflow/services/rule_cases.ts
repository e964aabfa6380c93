import db from '@adonisjs/lucid/services/db'
import type { AccessScope } from '#app/organization/services/access_scope'
import { firedQuery } from '#app/workflow/services/rule_evidence'

/** Which cases of a message: versions it fired on (current / all), or its disputes (all / overruled). */
export const CASE_FILTERS = ['current', 'all', 'disputed', 'overruled'] as const
export type CaseFilter = (typeof CASE_FILTERS)[number]

export interface RuleCase {
  documentId: number
  versionNumber: number
  title: string
  kind: string
  schoolName: string
  message: string
  reason: string | null
  status: string | null
  decisionComment: string | null
}

export interface CaseQuery {
  schoolYearId: number
  pluginId: string
  messageId: string
  filter: CaseFilter
}

/** The most a page lists; the count says how many there are in all. */
const CASES_LIMIT = 200

/**
 * The cases of one message the viewer may read (AccessScope: an
 * administrator of accounts sees no plans), and how many there are in all
 * (the count is the department's evidence; the plans stay behind their rights).
 */
export async function ruleCases(
  scope: AccessScope,
  input: CaseQuery,
  limit = CASES_LIMIT
): Promise<{ cases: RuleCase[]; total: number }> {
  const base = () =>
    input.filter === 'current' || input.filter === 'all' ? firedCases(input) : disputeCases(input)
  const total = await db.from(base().as('cases')).count('* as total').first()
  const rows = await scope.applyTo(base()).orderBy('documents.id', 'desc').limit(limit)
  return { cases: rows.map(toCase), total: Number(total?.total ?? 0) }
}

function firedCases(input: CaseQuery) {
  return withDocumentColumns(
    firedQuery(input.schoolYearId, input.filter === 'current' ? 'current' : 'all')
  )
    .where('findings.plugin_id', input.pluginId)
    .where('findings.message_id', input.messageId)
    .groupBy(
      'documents.id',
      'document_versions.id',
      'document_versions.number',
      'documents.title',
      'documents.lesson_title',
      'documents.kind',
      'schools.name',
      'documents.school_id',
      'documents.group_id',
      'documents.subgroup_id',
      'documents.subject_id',
      'documents.owner_user_id',
      'documents.status'
    )
    .select(
      db.raw('MIN(findings.message) as message'),
      db.raw('NULL as reason'),
      db.raw('NULL as dispute_status'),
      db.raw('NULL as decision_comment')
    )
}

function disputeCases(input: CaseQuery) {
  const query = db
    .from('finding_disputes')
    .join('document_versions', 'document_versions.id', 'finding_disputes.version_id')
    .join('documents', 'documents.id', 'finding_disputes.document_id')
    .where('documents.school_year_id', input.schoolYearId)
    .where('finding_disputes.plugin_id', input.pluginId)
    .where('finding_disputes.message_id', input.messageId)
    .select(
      'finding_disputes.message',
      'finding_disputes.reason',
      'finding_disputes.status as dispute_status',
      'finding_disputes.decision_comment'
    )
  if (input.filter === 'overruled') query.where('finding_disputes.status', 'accepted')
  return withDocumentColumns(query)
}

function withDocumentColumns<Q extends ReturnType<typeof db.from>>(query: Q): Q {
  return query
    .join('schools', 'schools.id', 'documents.school_id')
    .select(
      'documents.id as document_id',
      'document_versions.number as version_number',
      'documents.title',
      'documents.lesson_title',
      'documents.kind',
      'schools.name as school_name'
    ) as Q
}

function toCase(row: Record<string, any>): RuleCase {
  return {
    documentId: Number(row.document_id),
    versionNumber: Number(row.version_number),
    title: row.lesson_title || row.title,
    kind: row.kind,
    schoolName: row.school_name,
    message: row.message,
    reason: row.reason ?? null,
    status: row.dispute_status ?? null,
    decisionComment: row.decision_comment ?? null,
  }
}
