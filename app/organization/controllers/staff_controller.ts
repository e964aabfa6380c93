import type { HttpContext } from '@adonisjs/core/http'
import Group from '#app/organization/models/group'
import Subject from '#app/organization/models/subject'
import User from '#app/organization/models/user'
import { managedSchool } from '#app/organization/services/admin_school'
import { addRole, createStaffAccount, staffOf } from '#app/organization/services/school_staff'
import { staffValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** The school's staff this year; adding one person by hand. */
export default class StaffController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const search = String(ctx.request.input('q', '')).trim()
    const staff = year ? await staffOf(school.id, year.id, search) : []
    const groups = await Group.query().where('school_id', school.id).where('is_active', true).preload('subgroups').orderBy('name')
    const subjects = await Subject.query().orderBy('sort_order')
    return ctx.view.render('pages/organization/staff_index', { school, year, staff, search, groups, subjects })
  }

  async store(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) {
      ctx.session.flash('error', ctx.i18n.t('organization.common.noCurrentYear'))
      return ctx.response.redirect().back()
    }
    const data = await ctx.request.validateUsing(staffValidator)
    const errors = await this.conflicts(ctx, data)
    if (errors) {
      flashFieldErrors(ctx.session, errors)
      return ctx.response.redirect().back()
    }

    const group = data.groupId ? await Group.query().where('school_id', school.id).where('id', data.groupId).first() : null
    const { user, password } = await createStaffAccount(data)
    await addRole(user.id, {
      role: 'teacher',
      schoolId: school.id,
      schoolYearId: year.id,
      groupId: group?.id ?? null,
      subgroupId: group ? (data.subgroupId ?? null) : null,
      subjectIds: data.subjectIds,
    })
    return ctx.view.render('pages/organization/password_shown', { person: user, password, backHref: `/admin/schools/${school.id}/staff` })
  }

  private async conflicts(ctx: HttpContext, data: { username: string; staffCode?: string; email?: string }) {
    const errors: Record<string, string> = {}
    if (await User.findBy('username', data.username)) errors.username = ctx.i18n.t('organization.staff.usernameTaken')
    if (data.staffCode && (await User.findBy('staff_code', data.staffCode))) errors.staffCode = ctx.i18n.t('organization.staff.staffCodeTaken')
    if (data.email && (await User.findBy('email', data.email.toLowerCase()))) errors.email = ctx.i18n.t('organization.staff.emailTaken')
    return Object.keys(errors).length ? errors : null
  }
}
