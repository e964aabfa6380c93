import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import SchoolYear from '#app/organization/models/school_year'
import { holidaysValidator } from '#app/organization/validators/holidays'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** Blank rows the form offers for new breaks. */
const BLANK_ROWS = 3

/**
 * A school year's breaks, set by the department's administrator (who
 * manages school years). The school calendar skips a week whose school
 * days all fall in a break, so teaching weeks, due dates, reminders and
 * the deadline views follow at once.
 */
export default class SchoolYearHolidaysController {
  async edit(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const year = await SchoolYear.findOrFail(ctx.params.id)
    const rows = [
      ...(year.holidays ?? []).map((range) => ({ name: range.name ?? '', ...range })),
      ...Array.from({ length: BLANK_ROWS }, () => ({ name: '', from: '', to: '' })),
    ]
    return ctx.view.render('pages/organization/school_year_holidays', { year, rows })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const year = await SchoolYear.findOrFail(ctx.params.id)
    const { holidays } = await holidaysValidator.validate(
      { holidays: filledRows(ctx.request.input('holidays')) },
      { messagesProvider: organizationMessages(ctx) }
    )
    const ranges = holidays.map((range) => ({
      name: range.name,
      from: DateTime.fromJSDate(range.from).toISODate()!,
      to: DateTime.fromJSDate(range.to).toISODate()!,
    }))
    const outside = ranges.findIndex(
      (range) => range.from < year.startsOn.toISODate()! || range.to > year.endsOn.toISODate()!
    )
    if (outside >= 0) {
      flashFieldErrors(ctx.session, {
        [`holidays.${outside}.from`]: ctx.i18n.t('organization.holidays.outsideYear', {
          from: year.startsOn.toFormat('dd/MM/yyyy'),
          to: year.endsOn.toFormat('dd/MM/yyyy'),
        }),
      })
      return ctx.response.redirect().back()
    }
    year.holidays = ranges.sort((a, b) => a.from.localeCompare(b.from))
    await year.save()
    ctx.session.flash('success', ctx.i18n.t('organization.holidays.saved', { name: year.name }))
    return ctx.response.redirect().toRoute('school_year_holidays.edit', { id: year.id })
  }
}

/** The form's rows without those left wholly empty. */
function filledRows(input: unknown): unknown[] {
  const rows = Array.isArray(input)
    ? input
    : input && typeof input === 'object'
      ? Object.values(input)
      : []
  return rows.filter(
    (row) =>
      row &&
      typeof row === 'object' &&
      ['name', 'from', 'to'].some((key) =>
        String((row as Record<string, unknown>)[key] ?? '').trim()
      )
  )
}
