/*
|--------------------------------------------------------------------------
| Hold an uploaded file until its owner confirms the metadata read from it
|--------------------------------------------------------------------------
|
|   parse in the worker pool ─ refused? → the parser's message, nothing stored
|     → read the metadata (a pure function of the model)
|     → write the file under pending/<uuid>, then its row (row failed: file removed)
|
| Confirming hands the bytes to uploadVersion, which parses and validates
| them again: a held file is never trusted for more than its metadata.
| Every way out (confirm, cancel, expiry) removes the row and the file;
| the orphan sweep removes a pending file whose row is gone.
*/
import { randomUUID } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import { parseDocument } from '#app/documents/parsing/parser_pool'
import type { ParsingMessageKey } from '#app/documents/parsing/messages'
import { uploadSettings } from '#app/documents/actions/upload_version'
import { readLessonMetadata } from '#app/documents/prefill/read_metadata'
import PendingUpload, { type TypedValues } from '#app/documents/models/pending_upload'
import { defaultStorage, type VersionStorage } from '#app/documents/services/version_storage'
import { safeFileName } from '#app/documents/services/content_disposition'
import type { DocumentKind } from '#app/core/registries/kinds'
import type User from '#app/organization/models/user'

/** Long enough to read the page and correct a field, short enough that abandoned files do not pile up. */
const PENDING_UPLOAD_HOURS = 2
export const PENDING_FOLDER = 'pending'

export interface HoldInput {
  user: User
  kind: DocumentKind
  bytes: Uint8Array
  originalName: string
  typed: TypedValues
}

export type HoldResult =
  { ok: true; pending: PendingUpload } | { ok: false; messageKey: ParsingMessageKey }

export async function holdUpload(
  input: HoldInput,
  storage: VersionStorage = defaultStorage()
): Promise<HoldResult> {
  await discardExpiredPendingUploads({ userId: input.user.id }, storage)
  const outcome = await parseDocument(input.bytes, uploadSettings.parseOptions)
  if (outcome.status === 'rejected') return { ok: false, messageKey: outcome.messageKey }
  const read = outcome.status === 'parsed' ? readLessonMetadata(outcome.model) : {}

  const key = `${PENDING_FOLDER}/${randomUUID()}`
  await storage.write(key, input.bytes)
  try {
    const pending = await PendingUpload.create({
      userId: input.user.id,
      kind: input.kind,
      storageKey: key,
      originalName: safeFileName(input.originalName),
      size: input.bytes.byteLength,
      typed: input.typed,
      read,
      expiresAt: DateTime.now().plus({ hours: PENDING_UPLOAD_HOURS }),
    })
    return { ok: true, pending }
  } catch (error) {
    await removeFile(storage, key)
    throw error
  }
}

/** Row first: a file left by a failed removal has no row and the orphan sweep takes it. */
export async function discardPendingUpload(
  pending: PendingUpload,
  storage: VersionStorage = defaultStorage()
): Promise<void> {
  await pending.delete()
  await removeFile(storage, pending.storageKey)
}

/** Expired pending uploads (of one person, or everyone's for the sweep). */
export async function discardExpiredPendingUploads(
  scope: { userId?: number } = {},
  storage: VersionStorage = defaultStorage()
): Promise<number> {
  const query = PendingUpload.query()
  if (scope.userId) query.where('user_id', scope.userId)
  /* Compared here, not in SQL: the table is small and timestamps are stored differently by SQLite and PostgreSQL. */
  const held = await query
  const expired = held.filter((pending) => pending.isExpired)
  for (const pending of expired) await discardPendingUpload(pending, storage)
  return expired.length
}

async function removeFile(storage: VersionStorage, key: string) {
  await storage
    .remove(key)
    .catch((error) => logger.error({ err: error, key }, 'Could not remove a pending upload file'))
}
