import { theRoleThat } from '#app/core/registries/roles'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import RoleAssignment from '#app/organization/models/role_assignment'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import Unit from '#app/organization/models/unit'
import User from '#app/organization/models/user'
import { createStaffAccount } from '#app/organization/services/school_staff'
import {
  specialistSubjectsValidator,
  specialistValidator,
} from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** Department specialists and the subjects each covers city-wide (directive 2.3). */
export default class SpecialistsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const year = await SchoolYear.current()
    const specialists = year
      ? await RoleAssignment.query()
          .where('school_year_id', year.id)
          .where('role', theRoleThat('coversSubjects'))
          .preload('user')
          .preload('subjects', (q) => q.orderBy('sort_order'))
          .orderBy('id')
      : []
    const subjects = await Subject.query().orderBy('sort_order')
    const units = await Unit.query().whereIn('kind', ['department', 'division']).orderBy('id')
    return ctx.view.render('pages/organization/specialists', { year, specialists, subjects, units })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const year = await SchoolYear.current()
    if (!year) return this.back(ctx, ctx.i18n.t('organization.common.noCurrentYear'))
    const data = await ctx.request.validateUsing(specialistValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    if (await User.findBy('username', data.username)) {
      flashFieldErrors(ctx.session, { username: ctx.i18n.t('organization.staff.usernameTaken') })
      return ctx.response.redirect().back()
    }
    const { user, password } = await db.transaction(async (trx) => {
      const created = await createStaffAccount(data, trx)
      const assignment = await RoleAssignment.create(
        {
          userId: created.user.id,
          schoolYearId: year.id,
          role: theRoleThat('coversSubjects'),
          unitId: data.unitId,
        },
        { client: trx }
      )
      await assignment.related('subjects').attach([...new Set(data.subjectIds)])
      return created
    })
    return ctx.view.render('pages/organization/password_shown', {
      person: user,
      password,
      backHref: urlFor('specialists.index'),
    })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const assignment = await RoleAssignment.query()
      .where('id', ctx.params.id)
      .where('role', theRoleThat('coversSubjects'))
      .preload('user')
      .firstOrFail()
    const { subjectIds } = await ctx.request.validateUsing(specialistSubjectsValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    await db.transaction(async (trx) => {
      assignment.useTransaction(trx)
      await assignment.related('subjects').sync([...new Set(subjectIds)])
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.department.specialistSaved', { name: assignment.user.fullName })
    )
    return ctx.response.redirect().toRoute('specialists.index')
  }

  private back(ctx: HttpContext, message: string) {
    ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }
}
