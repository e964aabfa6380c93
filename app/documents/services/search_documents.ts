/*
|--------------------------------------------------------------------------
| Search documents by words and filters, inside the person's scope
|--------------------------------------------------------------------------
*/
import Document from '#app/documents/models/document'
import SchoolYear from '#app/organization/models/school_year'
import type User from '#app/organization/models/user'
import { AccessScope } from '#app/organization/services/access_scope'
import type { DocumentKind } from '#app/documents/kinds'
import type { DocumentStatus } from '#app/documents/models/document'
import { whereMatches } from './search_index.js'
import { fetchPage } from './page_query.js'

export interface SearchFilters {
  q?: string
  schoolYearId?: number
  kind?: DocumentKind
  subjectId?: number
  grade?: number
  status?: DocumentStatus
  page?: number
}

export const SEARCH_PER_PAGE = 20

/** What a result row shows (and the owner's id for the name). */
const RESULT_COLUMNS = ['documents.id', 'documents.kind', 'documents.title', 'documents.status', 'documents.owner_user_id', 'documents.updated_at']

/**
 * One page of matches, newest-changed first, with the number of matches
 * up to page_query's cap. Permissions are per school year (roles change
 * yearly), so the scope is the one of the chosen year, the current year by
 * default.
 */
export async function searchDocuments(user: User, filters: SearchFilters) {
  const schoolYearId = filters.schoolYearId ?? (await SchoolYear.current())?.id
  const scope = await AccessScope.for(user, schoolYearId)
  const matching = (allMatchesFirst: boolean) => {
    const query = Document.query()
    scope.applyTo(query)
    if (schoolYearId) query.where('documents.school_year_id', schoolYearId)
    if (filters.kind) query.where('documents.kind', filters.kind)
    if (filters.subjectId) query.where('documents.subject_id', filters.subjectId)
    if (filters.grade) query.where('documents.grade', filters.grade)
    if (filters.status) query.where('documents.status', filters.status)
    if (filters.q) whereMatches(query, filters.q, { allMatchesFirst })
    return query
  }
  const ordered = matching(false)
    .select(RESULT_COLUMNS)
    .preload('owner', (owner) => owner.select('id', 'full_name'))
    .orderBy('documents.updated_at', 'desc')
    .orderBy('documents.id', 'desc')
  /* Inside a narrow scope, collect the word matches first (see whereMatches); city-wide, any 1,001 of them will do. */
  return fetchPage(ordered, filters.page ?? 1, SEARCH_PER_PAGE, 'documents.id', matching(!scope.seesEverything))
}
