import type { HttpContext } from '@adonisjs/core/http'
import SchoolYear from '#app/organization/models/school_year'
import { AccessScope } from '#app/organization/services/access_scope'
import {
  dashboardKind,
  dashboardTables,
  type DashboardContext,
} from '#app/workflow/services/dashboard'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import { tableToXlsx } from '#app/workflow/services/xlsx_export'
import { notFound } from '#app/workflow/services/http_errors'

/** The role's dashboard, its drill-down (?school=, ?group=) and the .xlsx export of each table. */
export default class DashboardController {
  async show(ctx: HttpContext) {
    const context = await this.context(ctx)
    const tables = context ? await dashboardTables(context) : []
    return ctx.view.render('pages/workflow/dashboard/show', {
      tables,
      kind: context ? dashboardKind(context.scope) : null,
      year: context?.year ?? null,
      query: ctx.request.qs(),
    })
  }

  async export(ctx: HttpContext) {
    const context = await this.context(ctx)
    const tables = context ? await dashboardTables(context) : []
    const table = tables.find((candidate) => candidate.id === ctx.params.table) ?? null
    if (!table) return notFound()
    ctx.response.header(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    ctx.response.header('content-disposition', `attachment; filename="hscm-${table.id}.xlsx"`)
    return ctx.response.send(await tableToXlsx(table))
  }

  private async context({ auth, request, i18n }: HttpContext): Promise<DashboardContext | null> {
    const year = await SchoolYear.current()
    if (!year) return null
    const user = auth.getUserOrFail()
    return {
      user,
      year,
      scope: await AccessScope.for(user, year.id),
      settings: await settingsFor(year.id),
      t: (key, data) => i18n.t(key, data),
      schoolId: Number(request.input('school')) || undefined,
      groupId: Number(request.input('group')) || undefined,
    }
  }
}
