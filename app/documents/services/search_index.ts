/*
|--------------------------------------------------------------------------
| Full-text search index of documents (one row per document)
|--------------------------------------------------------------------------
|
| The row holds the folded metadata and the current version's text. Both
| dialects index the same folded words (see text_folding.ts):
| - SQLite: FTS5 token match;
| - PostgreSQL: trigram-indexed regex on word boundaries ('\mke\M').
| A document matches when it contains every query word; the last word may
| be unfinished ("phan s" finds "phân số"), the others are whole words.
*/
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract, QueryClientContract } from '@adonisjs/lucid/types/database'
import { foldText, foldedTerms } from './text_folding.js'

const TABLE = 'document_search'

type Client = QueryClientContract | TransactionClientContract

/** Replaces the document's row with the folded text of its metadata and content. */
export async function indexDocument(documentId: number, texts: Array<string | null | undefined>, client: Client = db.connection()) {
  const folded = foldText(texts.filter(Boolean).join('\n'))
  await client.from(TABLE).where('document_id', documentId).delete()
  await client.table(TABLE).insert({ document_id: documentId, folded })
}

export async function removeFromIndex(documentId: number, client: Client = db.connection()) {
  await client.from(TABLE).where('document_id', documentId).delete()
}

interface WhereRawBuilder {
  whereRaw(sql: string, bindings: unknown[]): unknown
}

/**
 * Narrows a query over `documents` to those matching every word of the
 * search text; returns false when the text has no word to look for.
 */
export function whereMatches(query: WhereRawBuilder, text: string, client: Client = db.connection()): boolean {
  const terms = foldedTerms(text)
  if (terms.length === 0) return false
  const isLast = (index: number) => index === terms.length - 1
  if (client.dialect.name === 'postgres') {
    const conditions = terms.map(() => `s.folded ~ ?`).join(' AND ')
    const patterns = terms.map((t, i) => (isLast(i) ? `\\m${t}` : `\\m${t}\\M`))
    query.whereRaw(`documents.id IN (SELECT s.document_id FROM ${TABLE} s WHERE ${conditions})`, patterns)
    return true
  }
  const expression = terms.map((t, i) => (isLast(i) ? `"${t}"*` : `"${t}"`)).join(' AND ')
  query.whereRaw(`documents.id IN (SELECT document_id FROM ${TABLE} WHERE ${TABLE} MATCH ?)`, [`folded : (${expression})`])
  return true
}
