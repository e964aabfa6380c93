/*
|--------------------------------------------------------------------------
| Search documents by words and filters, inside the person's scope
|--------------------------------------------------------------------------
*/
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Document from '#app/documents/models/document'
import DocumentVersion from '#app/documents/models/document_version'
import SchoolYear from '#app/organization/models/school_year'
import type User from '#app/organization/models/user'
import { AccessScope } from '#app/organization/services/access_scope'
import type { DocumentKind } from '#app/core/registries/kinds'
import type { DocumentStatus } from '#app/documents/models/document'
import { SEARCH_ROW_COLUMNS, indexCarriesScope, searchRows, whereMatches } from './search_index.js'
import { fetchPage, type Page } from './page_query.js'
import { snippetOf, type Snippet } from './search_snippet.js'

export interface SearchFilters {
  q?: string
  schoolYearId?: number
  kind?: DocumentKind
  subjectId?: number
  grade?: number
  status?: DocumentStatus
  page?: number
}

const SEARCH_PER_PAGE = 20

/** What a result row shows (and the owner's id for the name). */
const RESULT_COLUMNS = [
  'documents.id',
  'documents.kind',
  'documents.title',
  'documents.status',
  'documents.owner_user_id',
  'documents.current_version_id',
  'documents.updated_at',
]

const DOCUMENT_COLUMNS = {
  id: 'documents.id',
  schoolYearId: 'documents.school_year_id',
  kind: 'documents.kind',
  subjectId: 'documents.subject_id',
  grade: 'documents.grade',
  status: 'documents.status',
  updatedAt: 'documents.updated_at',
}

type FilterColumns = Pick<
  typeof DOCUMENT_COLUMNS,
  'schoolYearId' | 'kind' | 'subjectId' | 'grade' | 'status'
>

/**
 * One page of matches, newest-changed first, with the number of matches
 * up to page_query's cap. Permissions are per school year (roles change
 * yearly), so the scope is the one of the chosen year, the current year by
 * default.
 */
export async function searchDocuments(user: User, filters: SearchFilters): Promise<Page<Document>> {
  const schoolYearId = filters.schoolYearId ?? (await SchoolYear.currentId()) ?? undefined
  const scope = await AccessScope.for(user, schoolYearId)
  const narrow = { ...filters, schoolYearId }
  const words = filters.q && indexCarriesScope() ? searchRows(filters.q) : null
  if (words) return searchByWords(words, scope, narrow)

  const query = Document.query()
  scope.applyTo(query)
  whereFilters(query, narrow, DOCUMENT_COLUMNS)
  if (filters.q) whereMatches(query, filters.q)
  const ordered = withResultColumns(query)
    .orderBy(DOCUMENT_COLUMNS.updatedAt, 'desc')
    .orderBy(DOCUMENT_COLUMNS.id, 'desc')
  return fetchPage(ordered, filters.page ?? 1, SEARCH_PER_PAGE, DOCUMENT_COLUMNS.id)
}

/**
 * PostgreSQL: scope, filters, words and date order all on the index rows
 * (one table, no join), then the page's documents by id. A narrow scope
 * goes through its btree index, a rare word through the GIN index, a word
 * found everywhere walks the date index city-wide and stops after a page.
 */
async function searchByWords(
  words: NonNullable<ReturnType<typeof searchRows>>,
  scope: AccessScope,
  filters: SearchFilters
) {
  scope.applyTo(words, SEARCH_ROW_COLUMNS)
  whereFilters(words, filters, SEARCH_ROW_COLUMNS)
  words.orderBy(SEARCH_ROW_COLUMNS.updatedAt, 'desc').orderBy(SEARCH_ROW_COLUMNS.documentId, 'desc')
  const page = await fetchPage(
    words,
    filters.page ?? 1,
    SEARCH_PER_PAGE,
    SEARCH_ROW_COLUMNS.documentId
  )

  const ids = page.items.map((row: { document_id: number }) => Number(row.document_id))
  const documents = ids.length
    ? await withResultColumns(Document.query().whereIn(DOCUMENT_COLUMNS.id, ids))
    : []
  const byId = new Map(documents.map((document) => [document.id, document]))
  /* In the index's order; a document deleted in between simply drops out. */
  return { ...page, items: ids.flatMap((id) => byId.get(id) ?? []) }
}

/** Excerpts of the results' current texts around the words searched, by document id. */
export async function searchSnippets(
  documents: Document[],
  q: string | undefined
): Promise<Map<number, Snippet>> {
  const snippets = new Map<number, Snippet>()
  const versionIds = documents.flatMap((document) => document.currentVersionId ?? [])
  if (!q || versionIds.length === 0) return snippets
  const versions = await DocumentVersion.query()
    .whereIn('id', versionIds)
    .select('id', 'document_id', 'extracted_text')
  for (const version of versions) {
    const snippet = snippetOf(version.extractedText, q)
    if (snippet) snippets.set(version.documentId, snippet)
  }
  return snippets
}

interface FilterBuilder {
  where(column: string, value: unknown): unknown
}

function whereFilters(query: FilterBuilder, filters: SearchFilters, columns: FilterColumns) {
  if (filters.schoolYearId) query.where(columns.schoolYearId, filters.schoolYearId)
  if (filters.kind) query.where(columns.kind, filters.kind)
  if (filters.subjectId) query.where(columns.subjectId, filters.subjectId)
  if (filters.grade) query.where(columns.grade, filters.grade)
  if (filters.status) query.where(columns.status, filters.status)
}

function withResultColumns(query: ModelQueryBuilderContract<typeof Document>) {
  return query.select(RESULT_COLUMNS).preload('owner', (owner) => owner.select('id', 'full_name'))
}
