import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import SchoolYear from '#app/organization/models/school_year'
import { schoolYearValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** School years: calendar (35 weeks, 18/17 by default), plan deadline (15/9 by default), which one is current. */
export default class SchoolYearsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const years = await SchoolYear.query().orderBy('starts_on', 'desc')
    const startYear = DateTime.now().month >= 8 ? DateTime.now().year : DateTime.now().year - 1
    return ctx.view.render('pages/organization/school_years', {
      years,
      suggested: `${startYear}-${startYear + 1}`,
    })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const data = await ctx.request.validateUsing(schoolYearValidator)
    const t = (key: string) => ctx.i18n.t(`organization.department.${key}`)
    const [first, second] = data.name.split('-').map(Number)
    if (second !== first + 1) return this.fieldError(ctx, 'name', t('yearBadName'))
    if (await SchoolYear.findBy('name', data.name))
      return this.fieldError(ctx, 'name', t('yearNameTaken'))
    if (data.endsOn <= data.startsOn) return this.fieldError(ctx, 'endsOn', t('yearBadDates'))

    const year = await SchoolYear.create({
      name: data.name,
      startsOn: DateTime.fromJSDate(data.startsOn),
      endsOn: DateTime.fromJSDate(data.endsOn),
      weeksTerm1: data.weeksTerm1,
      weeksTerm2: data.weeksTerm2,
      planDeadline: data.planDeadline
        ? DateTime.fromJSDate(data.planDeadline)
        : SchoolYear.defaultPlanDeadline(first),
      isCurrent: false,
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.department.yearAdded', { name: year.name })
    )
    return ctx.response.redirect().toRoute('school_years.index')
  }

  /** Makes one year current (only one is). */
  async makeCurrent(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const year = await SchoolYear.findOrFail(ctx.params.id)
    await db.transaction(async (trx) => {
      await trx.from('school_years').update({ is_current: false })
      await trx.from('school_years').where('id', year.id).update({ is_current: true })
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.department.yearCurrent', { name: year.name })
    )
    return ctx.response.redirect().toRoute('school_years.index')
  }

  private fieldError(ctx: HttpContext, field: string, message: string) {
    flashFieldErrors(ctx.session, { [field]: message })
    return ctx.response.redirect().back()
  }
}
