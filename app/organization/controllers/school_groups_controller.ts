import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Group from '#app/organization/models/group'
import Subject from '#app/organization/models/subject'
import { managedSchool } from '#app/organization/services/admin_school'
import { groupValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** A school's professional groups and their subgroups. */
export default class SchoolGroupsController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const groups = await Group.query().where('school_id', school.id).preload('subgroups', (q) => q.orderBy('name')).orderBy('name')
    const members = year ? await membersPerGroup(school.id, year.id) : new Map()
    const subjects = await Subject.query().orderBy('sort_order')
    return ctx.view.render('pages/organization/school_groups', { school, year, groups, members, subjects })
  }

  async store(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const { name } = await ctx.request.validateUsing(groupValidator)
    const existing = await Group.query().where('school_id', school.id).whereRaw('lower(name) = ?', [name.toLowerCase()]).first()
    if (existing) {
      flashFieldErrors(ctx.session, { name: ctx.i18n.t('organization.school.groupExists', { name }) })
      return ctx.response.redirect().back()
    }
    await Group.create({ schoolId: school.id, name, isActive: true })
    ctx.session.flash('success', ctx.i18n.t('organization.school.groupAdded', { name }))
    return ctx.response.redirect(`/admin/schools/${school.id}`)
  }
}

async function membersPerGroup(schoolId: number, schoolYearId: number) {
  const rows = await db
    .from('role_assignments')
    .where({ school_id: schoolId, school_year_id: schoolYearId, role: 'teacher' })
    .groupBy('group_id')
    .select('group_id')
    .count('* as total')
  return new Map(rows.map((row) => [row.group_id, Number(row.total)]))
}
