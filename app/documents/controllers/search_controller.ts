import type { HttpContext } from '@adonisjs/core/http'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import { allKinds } from '#app/core/registries/kinds'
import { searchValidator } from '#app/documents/validators/upload'
import { searchDocuments, searchSnippets } from '#app/documents/services/search_documents'
import { STATUS_BADGES } from '#app/documents/services/run_summary'
import { COUNT_CAP } from '#app/documents/services/page_query'

/** Full-text, diacritic-insensitive search inside what the person may see. */
export default class SearchController {
  async index({ request, view, auth }: HttpContext) {
    const filters = await searchValidator.validate(request.qs())
    const results = await searchDocuments(auth.user!, filters)
    return view.render('pages/documents/search', {
      filters,
      results,
      snippets: await searchSnippets(results.items, filters.q),
      query: request.qs(),
      countCap: COUNT_CAP,
      years: await SchoolYear.query().orderBy('starts_on', 'desc'),
      subjects: await Subject.query().orderBy('sort_order', 'asc'),
      kinds: allKinds().map((kind) => kind.id),
      grades: [6, 7, 8, 9, 10, 11, 12],
      statuses: Object.keys(STATUS_BADGES),
      statusBadges: STATUS_BADGES,
    })
  }
}
