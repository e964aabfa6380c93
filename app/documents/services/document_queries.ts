/*
|--------------------------------------------------------------------------
| Reading documents, versions and runs for pages (and the workflow module)
|--------------------------------------------------------------------------
|
| List pages select only what they show: a version row also holds the
| parsed model (~100 KB of JSON) and the extracted text, which only the
| validators and the preview need. Reading them for a list costs more
| than everything else on the page.
*/
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import ValidationRun from '#app/documents/models/validation_run'

/** Every column of a version except the parsed model and the extracted text. */
const VERSION_LIST_COLUMNS = [
  'id',
  'document_id',
  'number',
  'uploader_id',
  'original_name',
  'storage_key',
  'sha256',
  'size',
  'format',
  'mime_type',
  'parse_status',
  'parser_version',
  'created_at',
]

/** What a result badge needs of a run (not the plugin list). */
const RUN_SUMMARY_COLUMNS = [
  'id',
  'version_id',
  'status',
  'errors',
  'warnings',
  'infos',
  'created_at',
]

/** What a list row shows of a document. */
const DOCUMENT_LIST_COLUMNS = [
  'id',
  'kind',
  'title',
  'status',
  'school_year_id',
  'current_version_id',
  'created_at',
  'updated_at',
]

const OWN_DOCUMENTS_PER_PAGE = 30

/** Newest run of each version, by version id (versions never validated are absent). */
export async function latestRunsByVersion(
  versionIds: number[]
): Promise<Map<number, ValidationRun>> {
  const runs = new Map<number, ValidationRun>()
  if (versionIds.length === 0) return runs
  const rows = await ValidationRun.query()
    .select(RUN_SUMMARY_COLUMNS)
    .whereIn('version_id', versionIds)
    .orderBy('id', 'asc')
  for (const run of rows) runs.set(run.versionId, run)
  return runs
}

/** Throws Lucid's row-not-found (a 404 page) for a number the document does not have. */
export async function findVersionOrFail(
  document: Document,
  number: number
): Promise<DocumentVersion> {
  return DocumentVersion.query()
    .where('document_id', document.id)
    .where('number', Number.isInteger(number) ? number : -1)
    .firstOrFail()
}

/** A document's versions as its page lists them, newest first (no model, no text). */
export async function versionsOf(document: Document): Promise<DocumentVersion[]> {
  return DocumentVersion.query()
    .select(VERSION_LIST_COLUMNS)
    .where('document_id', document.id)
    .preload('uploader', (uploader) => uploader.select('id', 'full_name'))
    .orderBy('number', 'desc')
}

/** One page of a person's own documents, most recently changed first, with the current version's number. */
export async function ownDocumentsPage(
  userId: number,
  options: { schoolYearId?: number | null; page?: number }
) {
  const query = Document.query()
    .select(DOCUMENT_LIST_COLUMNS)
    .where('owner_user_id', userId)
    .preload('currentVersion', (version) => version.select('id', 'document_id', 'number'))
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
  if (options.schoolYearId) query.where('school_year_id', options.schoolYearId)
  return query.paginate(Math.max(1, options.page ?? 1), OWN_DOCUMENTS_PER_PAGE)
}
