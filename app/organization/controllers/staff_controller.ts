import type { HttpContext } from '@adonisjs/core/http'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import Subject from '#app/organization/models/subject'
import User from '#app/organization/models/user'
import { managedSchool } from '#app/organization/services/admin_school'
import { addRole, createStaffAccount, staffPage } from '#app/organization/services/school_staff'
import { activeGroupsOf } from '#app/organization/services/school_groups'
import { staffValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** The school's staff this year; adding one person by hand. */
export default class StaffController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const search = String(ctx.request.input('q', '')).trim()
    const page = Number(ctx.request.input('page', 1))
    const staff = year ? await staffPage(school.id, year.id, { search, page }) : { members: [], page: 1, lastPage: 1, total: 0, hasMore: false }
    const groups = await activeGroupsOf(school.id)
    const subjects = await Subject.query().orderBy('sort_order')
    const pager = { page: staff.page, lastPage: staff.lastPage, hasMore: staff.hasMore, query: search ? { q: search } : {} }
    return ctx.view.render('pages/organization/staff_index', { school, year, staff: staff.members, total: staff.total, pager, search, groups, subjects })
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

    /* Only an active group of this school, and a subgroup of that group, are kept. */
    const group = data.groupId ? await Group.query().where('school_id', school.id).where('id', data.groupId).where('is_active', true).first() : null
    const subgroup = group && data.subgroupId ? await Subgroup.query().where('group_id', group.id).where('id', data.subgroupId).where('is_active', true).first() : null
    const { user, password } = await createStaffAccount(data)
    await addRole(user.id, {
      role: 'teacher',
      schoolId: school.id,
      schoolYearId: year.id,
      groupId: group?.id ?? null,
      subgroupId: subgroup?.id ?? null,
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
