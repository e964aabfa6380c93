import type { HttpContext } from '@adonisjs/core/http'
import Document from '#app/documents/models/document'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import { AccessScope } from '#app/organization/services/access_scope'
import { inspectionList } from '#app/workflow/services/inspection_list'
import { inspectorRoleOf } from '#app/workflow/services/inspection_scope'
import { reviewPageData } from '#app/workflow/services/review_page'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import { CHECK_BADGE_CLASS } from '#app/workflow/services/check_badge'
import { forbidden, notFound } from '#app/workflow/services/http_errors'
import { DOCUMENT_STATUSES } from '#app/documents/models/document'
import { isDocumentKind, kindIds } from '#app/core/registries/kinds'
import School from '#app/organization/models/school'

/**
 * Supervising offices and the department browse the plans in their scope
 * (directive 2.3), read them and leave inspection notes; they never approve.
 */
export default class InspectionController {
  async index({ auth, request, view }: HttpContext) {
    const year = await SchoolYear.current()
    const scope = await AccessScope.for(auth.getUserOrFail(), year?.id)
    if (!year || !inspectorRoleOf(scope)) return forbidden()

    const number = (name: string) => Number(request.input(name)) || undefined
    const filters = {
      schoolId: number('school'),
      groupId: number('group'),
      subjectId: number('subject'),
      teacher: String(request.input('teacher') ?? '').trim() || undefined,
      kind: isDocumentKind(request.input('kind')) ? request.input('kind') : undefined,
      status: DOCUMENT_STATUSES.includes(request.input('status'))
        ? request.input('status')
        : undefined,
      late: request.input('late') === '1',
      hasFindings: request.input('findings') === '1',
      page: number('page'),
    }
    const list = await inspectionList(scope, year, await settingsFor(year.id), filters)
    const schools = await schoolChoices(scope)
    return view.render('pages/workflow/inspection/index', {
      ...list,
      filters,
      query: request.qs(),
      schools,
      subjects: await Subject.query().orderBy('sort_order'),
      kinds: kindIds(),
      statuses: DOCUMENT_STATUSES,
      badgeClass: CHECK_BADGE_CLASS,
    })
  }

  async show({ params, auth, view, bouncer }: HttpContext) {
    const document = (Number(params.id) && (await Document.find(Number(params.id)))) || notFound()
    const scope = await AccessScope.for(auth.getUserOrFail(), document.schoolYearId)
    if (!inspectorRoleOf(scope) || !scope.canInspect(document)) return notFound()
    /* The related plans (the teacher's PL III, the group's PL I) are linked only where the inspector may read them. */
    const mayView = (related: Document) => bouncer.with('DocumentPolicy').allows('view', related)
    return view.render('pages/workflow/inspection/show', {
      ...(await reviewPageData(document, mayView)),
      badgeClass: CHECK_BADGE_CLASS,
    })
  }
}

/** Schools for the filter: an office's own schools, every school for the department. */
function schoolChoices(scope: AccessScope) {
  const query = School.query().where('is_active', true).orderBy('name').select('id', 'name')
  const cityWide = scope.seesEverything || scope.can('coversSubjects')
  return cityWide ? query : query.whereIn('id', scope.officeSchoolIds)
}
