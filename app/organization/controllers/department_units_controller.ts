import { theRoleThat } from '#app/core/registries/roles'
import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Unit from '#app/organization/models/unit'
import RoleAssignment from '#app/organization/models/role_assignment'
import SchoolYear from '#app/organization/models/school_year'
import { createStaffAccount } from '#app/organization/services/school_staff'
import { unitRenameValidator, unitValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'

/**
 * The department's divisions and the supervising offices (2022 district
 * offices, post-2025 commune offices). Each office gets its one inspection
 * account (directive 2.3). Units are renamed, never deleted: documents
 * and routing refer to them.
 */
export default class DepartmentUnitsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const units = await Unit.query().orderBy('kind').orderBy('name')
    const inspectors = await db
      .from('role_assignments')
      .join('users', 'users.id', 'role_assignments.user_id')
      .join('school_years', 'school_years.id', 'role_assignments.school_year_id')
      .where('school_years.is_current', true)
      .where('role_assignments.role', theRoleThat('inspectsOffice'))
      .select('role_assignments.unit_id', 'users.username')
    const inspectorOf = new Map(inspectors.map((row) => [row.unit_id, row.username]))
    const counts = await db
      .from('schools')
      .groupBy('supervising_unit_id')
      .select('supervising_unit_id')
      .count('* as total')
    const schoolsOf = new Map(counts.map((row) => [row.supervising_unit_id, Number(row.total)]))
    return ctx.view.render('pages/organization/department_units', { units, inspectorOf, schoolsOf })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const data = await ctx.request.validateUsing(unitValidator)
    if (await Unit.findBy('code', data.code)) {
      flashFieldErrors(ctx.session, { code: ctx.i18n.t('organization.department.unitCodeTaken') })
      return ctx.response.redirect().back()
    }
    const department = await Unit.query().where('kind', 'department').orderBy('id').firstOrFail()
    const year = await SchoolYear.current()
    /* The office, its inspection account and role: all or nothing. */
    const { unit, account } = await db.transaction(async (trx) => {
      const created = await Unit.create(
        {
          kind: data.kind,
          code: data.code,
          name: data.name,
          parentId: department.id,
          officeLevel: data.kind === 'office' ? (data.officeLevel ?? 'commune') : null,
          isActive: true,
        },
        { client: trx }
      )
      if (data.kind !== 'office' || !year) return { unit: created, account: null }
      const inspector = await createStaffAccount(
        { fullName: created.name, username: `kt.${created.code.toLowerCase()}` },
        trx
      )
      await RoleAssignment.create(
        {
          userId: inspector.user.id,
          schoolYearId: year.id,
          role: theRoleThat('inspectsOffice'),
          unitId: created.id,
        },
        { client: trx }
      )
      return { unit: created, account: inspector }
    })
    if (!account) {
      ctx.session.flash(
        'success',
        ctx.i18n.t('organization.department.unitAdded', { name: unit.name })
      )
      return ctx.response.redirect().toRoute('department_units.index')
    }
    const { user, password } = account
    return ctx.view.render('pages/organization/password_shown', {
      person: user,
      password,
      backHref: urlFor('department_units.index'),
    })
  }

  async edit(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const unit = await this.renamable(ctx)
    return ctx.view.render('pages/organization/department_unit_edit', { unit })
  }

  /** A new name only: the code stays, it names the inspection account and imports refer to it. */
  async update(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const unit = await this.renamable(ctx)
    const { name } = await ctx.request.validateUsing(unitRenameValidator)
    unit.name = name
    await unit.save()
    ctx.session.flash('success', ctx.i18n.t('organization.department.unitRenamed', { name }))
    return ctx.response.redirect().toRoute('department_units.index')
  }

  /** Offices and divisions; the department itself is not renamed from this screen. */
  private renamable(ctx: HttpContext) {
    return Unit.query()
      .where('id', ctx.params.id)
      .whereIn('kind', ['division', 'office'])
      .firstOrFail()
  }
}
