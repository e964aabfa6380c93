import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import School from '#app/organization/models/school'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import { schoolLevels } from '#app/organization/seeding/organization_plan'
import { schoolValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'

/**
 * Schools and their report routing: for each level taught, the unit that
 * receives the school plan (THPT → the secondary division by default,
 * THCS → the supervising office).
 */
export default class DepartmentSchoolsController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const search = String(ctx.request.input('q', '')).trim()
    const query = School.query()
      .preload('supervisingUnit')
      .preload('levels', (q) => q.preload('receivingUnit'))
      .orderBy('name')
    if (search)
      query.where((q) =>
        q
          .whereRaw('lower(name) like ?', [`%${search.toLowerCase()}%`])
          .orWhere('code', 'like', `%${search}%`)
      )
    const schools = await query.limit(200)
    const units = await Unit.query().where('is_active', true).orderBy('kind').orderBy('name')
    return ctx.view.render('pages/organization/department_schools', { schools, units, search })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const data = await ctx.request.validateUsing(schoolValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    if (await School.findBy('code', data.code)) {
      flashFieldErrors(ctx.session, { code: ctx.i18n.t('organization.department.schoolCodeTaken') })
      return ctx.response.redirect().back()
    }
    const school = await db.transaction(async (trx) => {
      const created = await School.create(
        {
          code: data.code,
          name: data.name,
          type: data.type,
          supervisingUnitId: data.officeId,
          isActive: true,
        },
        { client: trx }
      )
      await saveRouting(created, data, trx)
      return created
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.department.schoolAdded', { name: school.name })
    )
    return ctx.response.redirect().toRoute('department_schools.index')
  }

  async edit(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const school = await School.query().where('id', ctx.params.id).preload('levels').firstOrFail()
    const units = await Unit.query().where('is_active', true).orderBy('kind').orderBy('name')
    const receiving = Object.fromEntries(
      school.levels.map((level) => [level.level, level.receivingUnitId])
    )
    return ctx.view.render('pages/organization/department_school_edit', {
      school,
      units,
      receiving,
    })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const school = await School.findOrFail(ctx.params.id)
    const data = await ctx.request.validateUsing(schoolValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    const clash = await School.query().where('code', data.code).whereNot('id', school.id).first()
    if (clash) {
      flashFieldErrors(ctx.session, { code: ctx.i18n.t('organization.department.schoolCodeTaken') })
      return ctx.response.redirect().back()
    }
    await db.transaction(async (trx) => {
      school.useTransaction(trx)
      school.merge({
        code: data.code,
        name: data.name,
        type: data.type,
        supervisingUnitId: data.officeId,
      })
      await school.save()
      await saveRouting(school, data, trx)
    })
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.department.schoolSaved', { name: school.name })
    )
    return ctx.response.redirect().toRoute('department_schools.index')
  }
}

/** One school_levels row per level taught; a missing choice falls back to the usual route. */
async function saveRouting(
  school: School,
  data: { type: string; officeId: number; receivingThcsId?: number; receivingThptId?: number },
  trx: any
) {
  const division = await Unit.query({ client: trx }).where('kind', 'division').orderBy('id').first()
  await SchoolLevel.query({ client: trx }).where('school_id', school.id).delete()
  for (const level of schoolLevels(school.type)) {
    const chosen = level === 'thcs' ? data.receivingThcsId : data.receivingThptId
    const fallback = level === 'thcs' ? data.officeId : (division?.id ?? data.officeId)
    await SchoolLevel.create(
      { schoolId: school.id, level, receivingUnitId: chosen ?? fallback },
      { client: trx }
    )
  }
}
