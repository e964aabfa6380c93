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

/** A document's history, oldest first, with the actors' names. */
export async function historyOf(documentId: number) {
  return DocumentEvent.query().where('document_id', documentId).preload('actor').orderBy('id', 'asc')
}
