import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import SchoolYear from '#app/organization/models/school_year'
import { AccessScope } from '#app/organization/services/access_scope'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import { CASE_FILTERS, ruleCases } from '#app/workflow/services/rule_cases'
import { ruleEvidenceWorkbook } from '#app/workflow/services/rule_evidence_export'
import { notFound } from '#app/workflow/services/http_errors'

const casesValidator = vine.create({
  year: vine.number().withoutDecimals().positive(),
  plugin: vine.string().trim().maxLength(120),
  message: vine.string().trim().maxLength(120),
  filter: vine.enum(CASE_FILTERS),
})

const exportValidator = vine.create({ year: vine.number().withoutDecimals().positive() })

/**
 * The evidence behind the counts of /admin/validators: the cases of one
 * message (only those the viewer may read are listed) and the .xlsx export.
 * For the department's and the system's administrators, like the page.
 */
export default class RuleEvidenceController {
  async cases({ bouncer, auth, request, view }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const input = await request.validateUsing(casesValidator)
    const year = await SchoolYear.findOrFail(input.year)
    const registry = await sharedRegistry()
    const plugin = registry.get(input.plugin)
    if (!plugin || !(input.message in plugin.meta.messages)) return notFound()
    const scope = await AccessScope.for(auth.getUserOrFail(), year.id)
    const { cases, total } = await ruleCases(scope, {
      schoolYearId: year.id,
      pluginId: input.plugin,
      messageId: input.message,
      filter: input.filter,
    })
    return view.render('pages/workflow/rule_evidence/cases', {
      year,
      plugin,
      messageId: input.message,
      wording: plugin.meta.messages[input.message],
      filter: input.filter,
      cases,
      total,
    })
  }

  async export({ bouncer, auth, request, response, i18n }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const { year: yearId } = await request.validateUsing(exportValidator)
    const year = await SchoolYear.findOrFail(yearId)
    const scope = await AccessScope.for(auth.getUserOrFail(), year.id)
    const workbook = await ruleEvidenceWorkbook(
      year.id,
      await sharedRegistry(),
      scope,
      (key, data) => i18n.t(key, data)
    )
    response.header(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    response.header(
      'content-disposition',
      `attachment; filename="hscm-bo-kiem-tra-${year.id}.xlsx"`
    )
    return response.send(workbook)
  }
}
