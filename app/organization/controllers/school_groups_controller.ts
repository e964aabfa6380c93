import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Group from '#app/organization/models/group'
import Subject from '#app/organization/models/subject'
import { managedSchool } from '#app/organization/services/admin_school'
import { groupNameTaken } from '#app/organization/services/school_groups'
import { groupValidator, statusValidator } from '#app/organization/validators/admin'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** A school's professional groups and their subgroups: list, add, rename, (de)activate. */
export default class SchoolGroupsController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const groups = await Group.query()
      .where('school_id', school.id)
      .preload('subgroups', (q) => q.orderBy('name'))
      .orderBy('is_active', 'desc')
      .orderBy('name')
    const members = year ? await membersPerGroup(school.id, year.id) : new Map()
    const subjects = await Subject.query().orderBy('sort_order')
    return ctx.view.render('pages/organization/school_groups', {
      school,
      year,
      groups,
      members,
      subjects,
    })
  }

  async store(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const { name } = await ctx.request.validateUsing(groupValidator)
    if (await groupNameTaken(school.id, name)) {
      flashFieldErrors(ctx.session, {
        name: ctx.i18n.t('organization.school.groupExists', { name }),
      })
      return ctx.response.redirect().back()
    }
    await Group.create({ schoolId: school.id, name, isActive: true })
    ctx.session.flash('success', ctx.i18n.t('organization.school.groupAdded', { name }))
    return ctx.response.redirect().toRoute('school_groups.index', { schoolId: school.id })
  }

  /** One group with its subgroups, each editable (rename, move, deactivate). */
  async edit(ctx: HttpContext) {
    const { school, group } = await this.group(ctx)
    await group.load('subgroups', (q) => q.orderBy('is_active', 'desc').orderBy('name'))
    const groups = await Group.query()
      .where('school_id', school.id)
      .where('is_active', true)
      .orderBy('name')
    const subjects = await Subject.query().orderBy('sort_order')
    return ctx.view.render('pages/organization/school_group_edit', {
      school,
      group,
      groups,
      subjects,
    })
  }

  async update(ctx: HttpContext) {
    const { school, group } = await this.group(ctx)
    const { name } = await ctx.request.validateUsing(groupValidator)
    if (await groupNameTaken(school.id, name, group.id)) {
      flashFieldErrors(ctx.session, {
        name: ctx.i18n.t('organization.school.groupExists', { name }),
      })
      return ctx.response.redirect().back()
    }
    group.name = name
    await group.save()
    ctx.session.flash('success', ctx.i18n.t('organization.school.groupRenamed', { name }))
    return ctx.response
      .redirect()
      .toRoute('school_groups.edit', { schoolId: school.id, groupId: group.id })
  }

  /** Deactivating hides the group from choice lists; its documents and past assignments stay. */
  async updateStatus(ctx: HttpContext) {
    const { school, group } = await this.group(ctx)
    const { active } = await ctx.request.validateUsing(statusValidator)
    group.isActive = active
    await group.save()
    const key = active
      ? 'organization.school.groupReactivated'
      : 'organization.school.groupDeactivated'
    ctx.session.flash('success', ctx.i18n.t(key, { name: group.name }))
    return ctx.response.redirect().toRoute('school_groups.index', { schoolId: school.id })
  }

  /** The managed school and one of its groups (404 for another school's group). */
  private async group(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const group = await Group.query()
      .where('school_id', school.id)
      .where('id', ctx.params.groupId)
      .firstOrFail()
    return { school, group }
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
