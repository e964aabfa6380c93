/*
|--------------------------------------------------------------------------
| Full-text search index of documents (one row per document)
|--------------------------------------------------------------------------
|
| The row holds the folded metadata and the current version's text. Both
| dialects index the same folded words (see text_folding.ts):
| - SQLite: FTS5 token match;
| - PostgreSQL: GIN-indexed tsvector of the folded text ('simple' dictionary,
|   stored column `words`, migration 0600) matched with to_tsquery.
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
 *
 * `allMatchesFirst` (PostgreSQL) plans the word match on its own and
 * hashes all its matches: right for collecting every match inside a scope.
 * PostgreSQL assumes words are independent, so it expects far fewer
 * matches for "phan so" than there are (4,000 against 28,000) and would
 * otherwise look each match up in `documents` one by one (~0.4 s). Leave
 * it off for a query ordered by date and cut to a page: walking the date
 * index and checking each document's words stops after a page's worth.
 */
export function whereMatches(query: WhereRawBuilder, text: string, options: { allMatchesFirst?: boolean } = {}, client: Client = db.connection()): boolean {
  const terms = foldedTerms(text)
  if (terms.length === 0) return false
  const isLast = (index: number) => index === terms.length - 1
  if (client.dialect.name === 'postgres') {
    /* Terms are only letters and digits (foldedTerms), so none is a tsquery operator. */
    const tsquery = terms.map((t, i) => (isLast(i) ? `${t}:*` : t)).join(' & ')
    /* OFFSET 0 keeps the planner from merging the subquery into the outer query. */
    const fence = options.allMatchesFirst ? ' OFFSET 0' : ''
    query.whereRaw(`documents.id IN (SELECT s.document_id FROM ${TABLE} s WHERE s.words @@ to_tsquery('simple', ?)${fence})`, [tsquery])
    return true
  }
  const expression = terms.map((t, i) => (isLast(i) ? `"${t}"*` : `"${t}"`)).join(' AND ')
  query.whereRaw(`documents.id IN (SELECT document_id FROM ${TABLE} WHERE ${TABLE} MATCH ?)`, [`folded : (${expression})`])
  return true
}
