/*
|--------------------------------------------------------------------------
| Revalidation: run the current rule set again on stored versions
|--------------------------------------------------------------------------
|
| After a rule change (admin page) or a plugin upgrade, the current
| version of every matching document is validated again, in batches
| through the queue (RevalidateVersionsJob; inline with the sync driver).
| A version is not parsed again: its stored document model is reused,
| unless it was built by another parser version — then the stored file is
| read and parsed anew (in the parser pool) before validating.
*/
import db from '@adonisjs/lucid/services/db'
import type { DocumentKind } from '#plugins/contract'
import DocumentVersion from '#app/documents/models/document_version'
import { PARSER_VERSION } from '#app/documents/parsing/model_builder'
import { parseDocument } from '#app/documents/parsing/parser_pool'
import { defaultStorage, type VersionStorage } from '#app/documents/services/version_storage'
import { validateVersion } from '#app/documents/services/validate_version'
import type ValidationRun from '#app/documents/models/validation_run'
import Document from '#app/documents/models/document'
import { indexDocumentWithText } from '#app/documents/services/document_search_text'

export interface RevalidationFilter {
  schoolYearId?: number
  kinds?: readonly DocumentKind[]
  schoolId?: number
}

/** Versions per queued job: small enough to retry cheaply, large enough not to flood the queue. */
const BATCH_SIZE = 20

/** The current version of every document the filter selects, oldest document first. */
export async function revalidationTargets(filter: RevalidationFilter): Promise<number[]> {
  const query = db
    .from('documents')
    .whereNotNull('current_version_id')
    .orderBy('id')
    .select('current_version_id')
  if (filter.schoolYearId !== undefined) query.where('school_year_id', filter.schoolYearId)
  if (filter.kinds?.length) query.whereIn('kind', [...filter.kinds])
  if (filter.schoolId !== undefined) query.where('school_id', filter.schoolId)
  const rows = await query
  return rows.map((row: { current_version_id: number | string }) => Number(row.current_version_id))
}

export function batches<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size))
  return out
}

/** Validate one stored version with today's plugins and rule set; re-parse only for another parser version. */
export async function revalidateVersion(
  version: DocumentVersion,
  storage: VersionStorage = defaultStorage()
): Promise<ValidationRun> {
  if (version.parserVersion !== PARSER_VERSION) await reparse(version, storage)
  return validateVersion(version)
}

/**
 * A refused or unreadable re-parse keeps what was stored: the older model
 * is still the best reading there is of a file that was accepted once.
 * The new text replaces the search index's when the version is current.
 */
async function reparse(version: DocumentVersion, storage: VersionStorage) {
  const outcome = await parseDocument(await storage.read(version.storageKey))
  if (outcome.status !== 'parsed') return
  await db.transaction(async (trx) => {
    version.useTransaction(trx)
    version.merge({
      model: outcome.model,
      parserVersion: outcome.model.parserVersion,
      parseStatus: 'parsed',
      extractedText: outcome.model.text,
    })
    await version.save()
    const document = await Document.query({ client: trx })
      .where('id', version.documentId)
      .where('current_version_id', version.id)
      .first()
    if (document) await indexDocumentWithText(document, outcome.model.text, trx)
  })
}

/** Versions in the order asked for (a deleted one is skipped). */
export async function versionsByIds(ids: number[]): Promise<DocumentVersion[]> {
  const found = await DocumentVersion.query().whereIn('id', ids)
  return ids.flatMap((id) => found.filter((version) => version.id === id))
}
