/*
|--------------------------------------------------------------------------
| Reading documents, versions and runs for pages (and the workflow module)
|--------------------------------------------------------------------------
*/
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import ValidationRun from '#app/documents/models/validation_run'

/** Newest run of each version, by version id (versions never validated are absent). */
export async function latestRunsByVersion(versionIds: number[]): Promise<Map<number, ValidationRun>> {
  const runs = new Map<number, ValidationRun>()
  if (versionIds.length === 0) return runs
  const rows = await ValidationRun.query().whereIn('version_id', versionIds).orderBy('id', 'asc')
  for (const run of rows) runs.set(run.versionId, run)
  return runs
}

/** The newest run of a document's current version, with findings: what workflow checks before submit/approve. */
export async function latestRunOfDocument(document: Document): Promise<ValidationRun | null> {
  if (!document.currentVersionId) return null
  return ValidationRun.query().where('version_id', document.currentVersionId).orderBy('id', 'desc').preload('findings').first()
}

/** Throws Lucid's row-not-found (a 404 page) for a number the document does not have. */
export async function findVersionOrFail(document: Document, number: number): Promise<DocumentVersion> {
  return DocumentVersion.query().where('document_id', document.id).where('number', Number.isInteger(number) ? number : -1).firstOrFail()
}

export async function versionsOf(document: Document): Promise<DocumentVersion[]> {
  return DocumentVersion.query().where('document_id', document.id).preload('uploader').orderBy('number', 'desc')
}
