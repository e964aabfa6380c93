import type { HttpContext } from '@adonisjs/core/http'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import Subject from '#app/organization/models/subject'
import SchoolYear from '#app/organization/models/school_year'
import { managedSchool } from '#app/organization/services/admin_school'
import { subgroupNameTaken, updateSubgroup } from '#app/organization/services/school_groups'
import {
  statusValidator,
  subgroupUpdateValidator,
  subgroupValidator,
} from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** A group's subject subgroups (nhóm chuyên môn): add, rename, move to another group, (de)activate. */
export default class SubgroupsController {
  async store(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const group = await Group.query()
      .where('school_id', school.id)
      .where('id', ctx.params.groupId)
      .where('is_active', true)
      .firstOrFail()
    const { name, subjectId } = await ctx.request.validateUsing(subgroupValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    if (await subgroupNameTaken(group.id, name)) {
      ctx.session.flash('error', ctx.i18n.t('organization.school.subgroupExists', { name }))
      return ctx.response.redirect().back()
    }
    await Subgroup.create({ groupId: group.id, name, subjectId: subjectId ?? null, isActive: true })
    ctx.session.flash('success', ctx.i18n.t('organization.school.subgroupAdded', { name }))
    return ctx.response.redirect().toRoute('school_groups.index', { schoolId: school.id })
  }

  /** Its own page, so a field error shows beside this subgroup's inputs only. */
  async edit(ctx: HttpContext) {
    const { school, group, subgroup } = await this.subgroup(ctx)
    const groups = await Group.query()
      .where('school_id', school.id)
      .where('is_active', true)
      .orderBy('name')
    const subjects = await Subject.query().orderBy('sort_order')
    return ctx.view.render('pages/organization/subgroup_edit', {
      school,
      group,
      subgroup,
      groups,
      subjects,
    })
  }

  async update(ctx: HttpContext) {
    const { school, group, subgroup } = await this.subgroup(ctx)
    const year = await SchoolYear.current()
    const data = await ctx.request.validateUsing(subgroupUpdateValidator, {
      meta: { schoolId: school.id, schoolYearId: year?.id ?? 0 },
      messagesProvider: organizationMessages(ctx),
    })
    const target = await Group.findOrFail(data.groupId)
    if (await subgroupNameTaken(target.id, data.name, subgroup.id)) {
      flashFieldErrors(ctx.session, {
        name: ctx.i18n.t('organization.school.subgroupExistsIn', {
          name: data.name,
          group: target.name,
        }),
      })
      return ctx.response.redirect().back()
    }
    await updateSubgroup(subgroup, {
      name: data.name,
      groupId: target.id,
      subjectId: data.subjectId ?? null,
    })
    const key =
      target.id === group.id
        ? 'organization.school.subgroupSaved'
        : 'organization.school.subgroupMoved'
    ctx.session.flash('success', ctx.i18n.t(key, { name: data.name, group: target.name }))
    return ctx.response
      .redirect()
      .toRoute('school_groups.edit', { schoolId: school.id, groupId: target.id })
  }

  async updateStatus(ctx: HttpContext) {
    const { school, group, subgroup } = await this.subgroup(ctx)
    const { active } = await ctx.request.validateUsing(statusValidator)
    subgroup.isActive = active
    await subgroup.save()
    const key = active
      ? 'organization.school.subgroupReactivated'
      : 'organization.school.subgroupDeactivated'
    ctx.session.flash('success', ctx.i18n.t(key, { name: subgroup.name }))
    return ctx.response
      .redirect()
      .toRoute('school_groups.edit', { schoolId: school.id, groupId: group.id })
  }

  /** The managed school, one of its groups and one of that group's subgroups (404 otherwise). */
  private async subgroup(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const group = await Group.query()
      .where('school_id', school.id)
      .where('id', ctx.params.groupId)
      .firstOrFail()
    const subgroup = await Subgroup.query()
      .where('group_id', group.id)
      .where('id', ctx.params.subgroupId)
      .firstOrFail()
    return { school, group, subgroup }
  }
}
