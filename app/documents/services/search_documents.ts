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

export interface SearchFilters {
  q?: string
  schoolYearId?: number
  kind?: DocumentKind
  subjectId?: number
  grade?: number
  status?: DocumentStatus
  page?: number
}

const PER_PAGE = 20

/**
 * Permissions are per school year (roles change yearly), so the scope is
 * the one of the chosen year, the current year by default.
 */
export async function searchDocuments(user: User, filters: SearchFilters) {
  const schoolYearId = filters.schoolYearId ?? (await SchoolYear.current())?.id
  const scope = await AccessScope.for(user, schoolYearId)
  const query = Document.query().preload('owner').orderBy('updated_at', 'desc').orderBy('id', 'desc')
  scope.applyTo(query)
  if (schoolYearId) query.where('documents.school_year_id', schoolYearId)
  if (filters.kind) query.where('documents.kind', filters.kind)
  if (filters.subjectId) query.where('documents.subject_id', filters.subjectId)
  if (filters.grade) query.where('documents.grade', filters.grade)
  if (filters.status) query.where('documents.status', filters.status)
  if (filters.q) whereMatches(query, filters.q)
  return query.paginate(filters.page ?? 1, PER_PAGE)
}
