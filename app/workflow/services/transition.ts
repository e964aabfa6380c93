import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Document from '#app/documents/models/document'
import type { DocumentStatus } from '#app/workflow/services/statuses'

/**
 * Moves a document from one of the expected statuses to the next, as a
 * compare-and-set: when two people act at once, the second finds the
 * status already changed and gets "no" instead of overwriting.
 */
export async function moveStatus(
  trx: TransactionClientContract,
  document: Document,
  from: DocumentStatus[],
  to: DocumentStatus
) {
  const changed = await trx
    .from('documents')
    .where('id', document.id)
    .whereIn('status', from)
    .update({ status: to, updated_at: DateTime.now().toFormat(trx.dialect.dateTimeFormat) })
  const count = Number(Array.isArray(changed) ? changed[0] : changed)
  if (count > 0) document.status = to
  return count > 0
}
