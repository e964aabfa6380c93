import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Subject from '#app/organization/models/subject'
import User from '#app/organization/models/user'
import { managedSchool } from '#app/organization/services/admin_school'
import { addRole, createStaffAccount, staffPage } from '#app/organization/services/school_staff'
import { activeGroupsOf } from '#app/organization/services/school_groups'
import { staffValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** The school's staff this year; adding one person by hand. */
export default class StaffController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const search = String(ctx.request.input('q', '')).trim()
    const page = Number(ctx.request.input('page', 1))
    const staff = year
      ? await staffPage(school.id, year.id, { search, page })
      : { members: [], page: 1, lastPage: 1, total: 0, hasMore: false }
    const groups = await activeGroupsOf(school.id)
    const subjects = await Subject.query().orderBy('sort_order')
    const pager = {
      page: staff.page,
      lastPage: staff.lastPage,
      hasMore: staff.hasMore,
      query: search ? { q: search } : {},
    }
    return ctx.view.render('pages/organization/staff_index', {
      school,
      year,
      staff: staff.members,
      total: staff.total,
      pager,
      search,
      groups,
      subjects,
    })
  }

  async store(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) {
      ctx.session.flash('error', ctx.i18n.t('organization.common.noCurrentYear'))
      return ctx.response.redirect().back()
    }
    const data = await ctx.request.validateUsing(staffValidator, {
      meta: { schoolId: school.id, schoolYearId: year.id },
      messagesProvider: organizationMessages(ctx),
    })
    const errors = await this.conflicts(ctx, data)
    if (errors) {
      flashFieldErrors(ctx.session, errors)
      return ctx.response.redirect().back()
    }

    /* The validator accepted only this school's active group and a subgroup of it; account and role are one write. */
    const { user, password } = await db.transaction(async (trx) => {
      const created = await createStaffAccount(data, trx)
      await addRole(
        created.user.id,
        {
          role: 'teacher',
          schoolId: school.id,
          schoolYearId: year.id,
          groupId: data.groupId ?? null,
          subgroupId: data.groupId ? (data.subgroupId ?? null) : null,
          subjectIds: data.subjectIds,
        },
        trx
      )
      return created
    })
    return ctx.view.render('pages/organization/password_shown', {
      person: user,
      password,
      backHref: urlFor('staff.index', { schoolId: school.id }),
    })
  }

  private async conflicts(
    ctx: HttpContext,
    data: { username: string; staffCode?: string; email?: string }
  ) {
    const errors: Record<string, string> = {}
    if (await User.findBy('username', data.username))
      errors.username = ctx.i18n.t('organization.staff.usernameTaken')
    if (data.staffCode && (await User.findBy('staff_code', data.staffCode)))
      errors.staffCode = ctx.i18n.t('organization.staff.staffCodeTaken')
    if (data.email && (await User.findBy('email', data.email.toLowerCase())))
      errors.email = ctx.i18n.t('organization.staff.emailTaken')
    return Object.keys(errors).length ? errors : null
  }
}
