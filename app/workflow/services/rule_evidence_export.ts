import db from '@adonisjs/lucid/services/db'
import type { PluginRegistry } from '#app/documents/validation/plugin_registry'
import type { AccessScope } from '#app/organization/services/access_scope'
import { evidenceKey, ruleEvidence } from '#app/workflow/services/rule_evidence'
import { tablesToXlsx } from '#app/workflow/services/xlsx_export'

type Translate = (key: string, data?: Record<string, unknown>) => string

/** Longest excerpt of a teacher's or reviewer's text in the workbook. */
const EXCERPT = 300

/**
 * The evidence workbook: the counts per plugin and message (what the page
 * shows), then the disputes the viewer may read, with metadata and short
 * excerpts; never a file.
 */
export async function ruleEvidenceWorkbook(
  schoolYearId: number,
  registry: PluginRegistry,
  scope: AccessScope,
  t: Translate
): Promise<Buffer> {
  const evidence = await ruleEvidence(schoolYearId)
  const counts = registry.all.flatMap((plugin) =>
    Object.entries(plugin.meta.messages).map(([messageId, wording]) => {
      const row = evidence.get(evidenceKey(plugin.meta.id, messageId))
      return [
        plugin.meta.id,
        plugin.meta.title,
        messageId,
        String(wording),
        row?.firedCurrent ?? 0,
        row?.firedAll ?? 0,
        row?.disputed ?? 0,
        row?.overruled ?? 0,
        row?.upheld ?? 0,
      ]
    })
  )
  const disputes = await scope.applyTo(
    db
      .from('finding_disputes')
      .join('documents', 'documents.id', 'finding_disputes.document_id')
      .join('document_versions', 'document_versions.id', 'finding_disputes.version_id')
      .join('schools', 'schools.id', 'documents.school_id')
      .where('documents.school_year_id', schoolYearId)
      .orderBy('finding_disputes.id')
      .select(
        'finding_disputes.*',
        'schools.name as school_name',
        'documents.kind',
        'documents.title',
        'documents.lesson_title',
        'document_versions.number as version_number'
      )
  )
  return tablesToXlsx([
    {
      title: t('validators.evidence.sheetCounts'),
      columns: [
        'pluginId',
        t('validators.evidence.plugin'),
        'messageId',
        t('validators.admin.message'),
        t('validators.evidence.firedCurrent'),
        t('validators.evidence.firedAll'),
        t('validators.evidence.disputed'),
        t('validators.evidence.overruled'),
        t('validators.evidence.upheld'),
      ],
      rows: counts,
    },
    {
      title: t('validators.evidence.sheetDisputes'),
      columns: [
        t('validators.evidence.school'),
        t('validators.evidence.kind'),
        t('validators.evidence.document'),
        t('validators.evidence.version'),
        'pluginId',
        'messageId',
        t('validators.admin.message'),
        t('validators.evidence.reason'),
        t('validators.evidence.status'),
        t('validators.evidence.decision'),
        t('validators.evidence.disputedAt'),
      ],
      rows: disputes.map((row: Record<string, any>) => [
        row.school_name,
        t(`documents.kinds.${row.kind}`),
        row.lesson_title || row.title,
        Number(row.version_number),
        row.plugin_id,
        row.message_id,
        excerpt(row.message),
        excerpt(row.reason),
        t(`workflow.disputes.status.${row.status}`),
        excerpt(row.decision_comment ?? ''),
        String(
          row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at
        ).slice(0, 16),
      ]),
    },
  ])
}

function excerpt(text: string) {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text
}
