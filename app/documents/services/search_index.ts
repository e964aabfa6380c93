/*
|--------------------------------------------------------------------------
| Full-text search index of documents (one row per document)
|--------------------------------------------------------------------------
|
| The row holds the folded metadata and the current version's text. Both
| dialects index the same folded words (see text_folding.ts):
| - SQLite: FTS5 token match, joined to `documents` for scope and filters;
| - PostgreSQL: GIN-indexed tsvector of the folded text ('simple'
|   dictionary, stored column `words`, migration 0600) matched with
|   to_tsquery. The row also carries a copy of the document's scope
|   columns and date (kept exact by triggers, migration 0601), so a search
|   is answered from this table alone (see SEARCH_ROW_COLUMNS).
| A document matches when it contains every query word; the last word may
| be unfinished ("phan s" finds "phân số"), the others are whole words.
*/
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract, QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ScopeColumns } from '#app/organization/services/access_scope'
import { foldText, foldedTerms } from './text_folding.js'

const TABLE = 'document_search'

type Client = QueryClientContract | TransactionClientContract

/** Replaces the document's row with the folded text of its metadata and content. */
export async function indexDocument(
  documentId: number,
  texts: Array<string | null | undefined>,
  client: Client = db.connection()
) {
  const folded = foldText(texts.filter(Boolean).join('\n'))
  await client.from(TABLE).where('document_id', documentId).delete()
  await client.table(TABLE).insert({ document_id: documentId, folded })
}

/** Whether index rows carry the documents' scope columns (PostgreSQL), so searchRows can be used. */
export function indexCarriesScope(client: Client = db.connection()) {
  return client.dialect.name === 'postgres'
}

/** The copied documents columns in searchRows, named for AccessScope.applyTo and the filters. */
export const SEARCH_ROW_COLUMNS = {
  documentId: 's.document_id',
  schoolYearId: 's.school_year_id',
  schoolId: 's.school_id',
  groupId: 's.group_id',
  subgroupId: 's.subgroup_id',
  subjectId: 's.subject_id',
  ownerUserId: 's.owner_user_id',
  kind: 's.kind',
  status: 's.status',
  grade: 's.grade',
  updatedAt: 's.updated_at',
} satisfies ScopeColumns & Record<string, string>

/**
 * PostgreSQL: the index rows (`s`) of documents containing every word of
 * the search text, as a query selecting `s.document_id` to narrow further
 * with SEARCH_ROW_COLUMNS; null when the text has no word to look for.
 */
export function searchRows(text: string, client: Client = db.connection()) {
  const terms = foldedTerms(text)
  if (terms.length === 0) return null
  /* Terms are only letters and digits (foldedTerms), so none is a tsquery operator. */
  const tsquery = terms.map((term, i) => (i === terms.length - 1 ? `${term}:*` : term)).join(' & ')
  return client
    .from(`${TABLE} as s`)
    .select(SEARCH_ROW_COLUMNS.documentId)
    .whereRaw(`s.words @@ to_tsquery('simple', ?)`, [tsquery])
}

interface WhereRawBuilder {
  whereRaw(sql: string, bindings: unknown[]): unknown
}

/**
 * SQLite: narrows a query over `documents` to those matching every word of
 * the search text; returns false when the text has no word to look for.
 */
export function whereMatches(query: WhereRawBuilder, text: string): boolean {
  const terms = foldedTerms(text)
  if (terms.length === 0) return false
  const expression = terms
    .map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`))
    .join(' AND ')
  query.whereRaw(`documents.id IN (SELECT document_id FROM ${TABLE} WHERE ${TABLE} MATCH ?)`, [
    `folded : (${expression})`,
  ])
  return true
}
