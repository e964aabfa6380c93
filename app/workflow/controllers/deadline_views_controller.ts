import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import SchoolYear from '#app/organization/models/school_year'
import Group from '#app/organization/models/group'
import { AccessScope } from '#app/organization/services/access_scope'
import { deadlineReach, homeSchoolId } from '#app/workflow/services/deadline_scope'
import {
  deadlineDetail,
  deadlineTables,
  focusSchool,
  parseFigure,
  parsePage,
  DETAIL_PER_PAGE,
  type DeadlineViewContext,
} from '#app/workflow/services/deadline_views'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import { pagesToXlsx, tableToXlsx } from '#app/workflow/services/xlsx_export'
import { forbidden, notFound } from '#app/workflow/services/http_errors'

/**
 * The deadline views of the principal's office, the offices and the
 * department (?school=, ?group= narrow them), one figure's people and plans
 * (detail) and the .xlsx export of any of these tables. Refused to anyone
 * without a school in scope; a school or group outside it is not found.
 */
/** Rows read per query while exporting a detail list. */
const EXPORT_PAGE = 2000

export default class DeadlineViewsController {
  async show(ctx: HttpContext) {
    const context = await this.context(ctx)
    return ctx.view.render('pages/workflow/deadlines/show', {
      ...this.page(ctx, context),
      tables: await deadlineTables(context),
    })
  }

  async detail(ctx: HttpContext) {
    const context = await this.context(ctx)
    const query = parseFigure(ctx.request.qs())
    if (!query) return notFound()
    return ctx.view.render('pages/workflow/deadlines/show', {
      ...this.page(ctx, context),
      tables: [
        await deadlineDetail(context, query, {
          page: parsePage(ctx.request.qs()),
          perPage: DETAIL_PER_PAGE,
        }),
      ],
      detail: true,
    })
  }

  async export(ctx: HttpContext) {
    const context = await this.context(ctx)
    const filename = `hscm-han-${ctx.params.table}.xlsx`
    if (ctx.params.table === 'detail') {
      const query = parseFigure(ctx.request.qs())
      if (!query) return notFound()
      /* Every row of the figure, read and written a page at a time. */
      const first = await deadlineDetail(context, query, { page: 1, perPage: EXPORT_PAGE })
      this.xlsxHeaders(ctx, filename)
      return ctx.response.stream(
        pagesToXlsx(first, async (page) =>
          page > first.pagination!.lastPage
            ? null
            : deadlineDetail(context, query, { page, perPage: EXPORT_PAGE })
        )
      )
    }
    const tables = await deadlineTables(context)
    const table = tables.find((candidate) => candidate.id === ctx.params.table)
    if (!table) return notFound()
    this.xlsxHeaders(ctx, filename)
    return ctx.response.send(await tableToXlsx(table))
  }

  private xlsxHeaders({ response }: HttpContext, filename: string) {
    response.header(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    response.header('content-disposition', `attachment; filename="${filename}"`)
  }

  private page({ request }: HttpContext, context: DeadlineViewContext) {
    return {
      year: context.year,
      query: request.qs(),
      focused: focusSchool(context) !== context.homeSchoolId,
    }
  }

  private async context({ auth, request, i18n }: HttpContext): Promise<DeadlineViewContext> {
    const year = await SchoolYear.current()
    if (!year) return notFound()
    const scope = await AccessScope.for(auth.getUserOrFail(), year.id)
    const { schoolIds, subjectIds } = await deadlineReach(scope)
    if (!schoolIds.length) return forbidden()

    const schoolId = Number(request.input('school')) || undefined
    const groupId = Number(request.input('group')) || undefined
    if (schoolId !== undefined && !schoolIds.includes(schoolId)) return notFound()
    const group = groupId === undefined ? null : await Group.find(groupId)
    if (
      groupId !== undefined &&
      (!group ||
        !schoolIds.includes(group.schoolId) ||
        (schoolId !== undefined && group.schoolId !== schoolId))
    )
      return notFound()
    return {
      year,
      settings: await settingsFor(year.id),
      t: (key, data) => i18n.t(key, data),
      today: DateTime.now(),
      schoolIds,
      subjectIds,
      homeSchoolId: homeSchoolId(scope, schoolIds),
      schoolId: schoolId ?? group?.schoolId,
      groupId,
    }
  }
}
