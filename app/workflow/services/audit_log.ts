import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DocumentEvent, { type EventAction } from '#app/workflow/models/document_event'
import type { DocumentStatus } from '#app/workflow/services/statuses'

export interface EventInput {
  documentId: number
  versionId: number | null
  actorUserId: number | null
  actorRole: string | null
  action: EventAction
  fromStatus: DocumentStatus | null
  toStatus: DocumentStatus | null
  comment?: string | null
  validationRunId?: number | null
  details?: Record<string, unknown> | null
}

/**
 * Appends one line to the audit log, inside the transaction that made
 * the change (both happen or neither). The only writer of document_events:
 * there is no update or delete path.
 */
export async function recordEvent(input: EventInput, trx: TransactionClientContract) {
  return DocumentEvent.create(
    { comment: null, validationRunId: null, details: null, ...input },
    { client: trx }
  )
}

export interface HistoryEntry {
  at: DateTime
  actorName: string | null
  actorRole: string | null
  action: EventAction | 'uploaded'
  fromStatus: DocumentStatus | null
  toStatus: DocumentStatus | null
  comment: string | null
  details: Record<string, unknown> | null
  versionNumber: number | null
}

/**
 * A document's history, oldest first: the workflow's events merged with
 * the uploads of its versions (the documents module's rows), so one list
 * shows every step from the first file to the approval.
 */
export async function historyOf(documentId: number): Promise<HistoryEntry[]> {
  const events = await DocumentEvent.query()
    .where('document_id', documentId)
    .preload('actor')
    .orderBy('id', 'asc')
  const versions = await db
    .from('document_versions')
    .join('users', 'users.id', 'document_versions.uploader_id')
    .where('document_versions.document_id', documentId)
    .select(
      'document_versions.id',
      'document_versions.number',
      'document_versions.created_at',
      'users.full_name'
    )
  const numbers = new Map(
    versions.map((version) => [version.id as number, version.number as number])
  )

  const entries: HistoryEntry[] = [
    ...versions.map((version) => ({
      at: toDateTime(version.created_at),
      actorName: version.full_name as string,
      actorRole: null,
      action: 'uploaded' as const,
      fromStatus: null,
      toStatus: null,
      comment: null,
      details: null,
      versionNumber: version.number as number,
    })),
    ...events.map((event) => ({
      at: event.createdAt,
      actorName: event.actor?.fullName ?? null,
      actorRole: event.actorRole,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      comment: event.comment,
      details: event.details,
      versionNumber: event.versionId ? (numbers.get(event.versionId) ?? null) : null,
    })),
  ]
  /* Stable sort: an upload and the event it caused in the same second keep upload-first order. */
  return entries.sort((a, b) => a.at.toMillis() - b.at.toMillis())
}

function toDateTime(value: unknown) {
  if (value instanceof Date) return DateTime.fromJSDate(value)
  const parsed = DateTime.fromSQL(String(value))
  return parsed.isValid ? parsed : DateTime.fromISO(String(value))
}
