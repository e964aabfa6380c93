/*
|--------------------------------------------------------------------------
| Upload a file as a new version of a document (v1 creates the document)
|--------------------------------------------------------------------------
|
|   parse in the worker pool ─ refused? → a Vietnamese message, nothing stored
|     → write the file under a fresh key
|     → one transaction: document (if new), version row, current version, search row,
|       and what other modules do about a new version (new_version_hooks.ts: the
|       workflow puts a submitted or approved document back to draft)
|       (any failure: delete the file, rethrow — the file and its rows exist together or not at all)
|     → validate (own transaction; a validator crash leaves the version "not yet checked")
|
| A PDF without a text layer is stored but marked unreadable: a person must check it.
*/
import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import { parseDocument, type ParseOptions } from '#app/documents/parsing/parser_pool'
import type { ParseOutcome } from '#app/documents/parsing/parse_outcome'
import type { ParsingMessageKey } from '#app/documents/parsing/messages'
import type User from '#app/organization/models/user'
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import type ValidationRun from '#app/documents/models/validation_run'
import type { DocumentKind } from '#app/core/registries/kinds'
import { defaultStorage, type VersionStorage } from '#app/documents/services/version_storage'
import { latestRun, validateVersion } from '#app/documents/services/validate_version'
import { validateInBackground, validatesInline } from '#app/documents/jobs/validate_version_job'
import { indexDocumentWithText } from '#app/documents/services/document_search_text'
import { runNewVersionHooks } from '#app/documents/services/new_version_hooks'
import { safeFileName } from '#app/documents/services/content_disposition'
import type { DocumentFormat } from '#plugins/document_model'

/** The fields of a new document, already checked against the uploader's role (upload_targets.ts). */
export interface NewDocumentFields {
  kind: DocumentKind
  schoolYearId: number
  schoolId: number
  groupId: number | null
  subgroupId: number | null
  subjectId: number | null
  grade: number | null
  className: string | null
  title: string
  lessonTitle: string | null
  periods: number | null
  teachingDate: DateTime | null
  teachingWeek: number | null
}

export interface UploadInput {
  uploader: User
  bytes: Uint8Array
  originalName: string
  /** An existing document (new version) or the fields of a new one (v1). */
  target: Document | NewDocumentFields
  /** Looks at the parsed file before anything is stored; true stops the upload (throws UploadHeld). */
  holdIf?: (outcome: ParseOutcome) => boolean
  /** These bytes already being read by `readUpload` (started ahead, while earlier uploads were stored). */
  read?: Promise<ParseOutcome>
}

export type UploadResult =
  | { ok: true; document: Document; version: DocumentVersion; run: ValidationRun | null }
  | { ok: false; messageKey: ParsingMessageKey }

/** Thrown when `holdIf` stopped an upload: nothing was stored; the caller holds the file for confirmation. */
export class UploadHeld extends Error {
  constructor() {
    super('Upload held for confirmation before anything was stored')
  }
}

/** Process-wide settings; tests shorten the parse timeout to simulate a killed worker. */
export const uploadSettings: { parseOptions: ParseOptions } = { parseOptions: {} }

export async function uploadVersion(
  input: UploadInput,
  storage: VersionStorage = defaultStorage()
): Promise<UploadResult> {
  const outcome = await (input.read ?? readUpload(input.bytes, input.uploader))
  const stored = storedForm(outcome)
  if (!stored.ok) return stored
  if (input.holdIf?.(outcome)) throw new UploadHeld()

  const key = storage.newKey(stored.extension)
  await storage.write(key, input.bytes)
  let saved: { document: Document; version: DocumentVersion }
  try {
    saved = await saveRows(input, key, stored, outcome)
  } catch (error) {
    await storage
      .remove(key)
      .catch((removeError) =>
        logger.error({ err: removeError, key }, 'Could not remove an orphan upload')
      )
    throw error
  }
  return { ok: true, ...saved, run: await validateSafely(saved.version) }
}

/**
 * The first half of an upload, which touches no database: the file read in
 * the parser pool. Started ahead, several files are read side by side on
 * the pool's threads while the uploads before them are stored.
 */
export function readUpload(bytes: Uint8Array, uploader: User): Promise<ParseOutcome> {
  /* The uploader's id keeps the parser queue fair between teachers (parser_pool.ts). */
  return parseDocument(bytes, { ...uploadSettings.parseOptions, owner: uploader.id })
}

interface StoredForm {
  ok: true
  format: DocumentFormat
  mimeType: string
  extension: DocumentFormat | 'doc'
}

/** Parsed or unreadable-but-kept files, with the format and MIME type the parser worker detected from their bytes. */
function storedForm(
  outcome: ParseOutcome
): StoredForm | { ok: false; messageKey: ParsingMessageKey } {
  if (outcome.status === 'rejected') return { ok: false, messageKey: outcome.messageKey }
  switch (outcome.fileType) {
    case 'pdf':
      return { ok: true, format: 'pdf', mimeType: 'application/pdf', extension: 'pdf' }
    case 'docx':
      return { ok: true, format: 'docx', mimeType: DOCX_MIME, extension: 'docx' }
    case 'legacyDoc':
      /* A .doc no text could be read from is not kept: nobody could open its check. */
      return outcome.status === 'parsed'
        ? { ok: true, format: 'docx', mimeType: 'application/msword', extension: 'doc' }
        : { ok: false, messageKey: outcome.messageKey }
  }
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

async function saveRows(input: UploadInput, key: string, form: StoredForm, outcome: ParseOutcome) {
  const model = outcome.status === 'parsed' ? outcome.model : null
  return db.transaction(async (trx) => {
    const document =
      input.target instanceof Document
        ? input.target
        : await Document.create(
            { ...input.target, ownerUserId: input.uploader.id, status: 'draft' },
            { client: trx }
          )
    document.useTransaction(trx)
    const last = await trx
      .from('document_versions')
      .where('document_id', document.id)
      .max('number as number')
      .first()
    const version = await DocumentVersion.create(
      {
        documentId: document.id,
        number: Number(last?.number ?? 0) + 1,
        uploaderId: input.uploader.id,
        originalName: safeFileName(input.originalName),
        storageKey: key,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        size: input.bytes.byteLength,
        format: model?.format ?? form.format,
        mimeType: form.mimeType,
        parseStatus: model ? 'parsed' : 'unreadable',
        parserVersion: model?.parserVersion ?? null,
        model,
        extractedText: model?.text ?? null,
      },
      { client: trx }
    )
    document.currentVersionId = version.id
    document.updatedAt = DateTime.now()
    await document.save()
    await indexDocumentWithText(document, version.extractedText, trx)
    await runNewVersionHooks({ document, version, uploader: input.uploader, trx })
    return { document, version }
  })
}

/** The version is stored whatever happens here; a missing run shows as "not yet checked". */
async function validateSafely(version: DocumentVersion): Promise<ValidationRun | null> {
  try {
    if (validatesInline(version.size)) return await validateVersion(version)
    /* A large file goes to a worker (QUEUE_DRIVER=redis); with the sync driver it ran just now. */
    const { queued } = await validateInBackground(version.id)
    return queued ? null : await latestRun(version.id)
  } catch (error) {
    logger.error({ err: error, versionId: version.id }, 'Validation of an uploaded version failed')
    return null
  }
}
