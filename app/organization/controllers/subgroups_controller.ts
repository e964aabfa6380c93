import type { HttpContext } from '@adonisjs/core/http'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import { managedSchool } from '#app/organization/services/admin_school'
import { subgroupValidator } from '#app/organization/validators/admin'

/** Adds a subject subgroup (nhóm chuyên môn) to a group. */
export default class SubgroupsController {
  async store(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const group = await Group.query().where('school_id', school.id).where('id', ctx.params.groupId).firstOrFail()
    const { name, subjectId } = await ctx.request.validateUsing(subgroupValidator)
    const existing = await Subgroup.query().where('group_id', group.id).whereRaw('lower(name) = ?', [name.toLowerCase()]).first()
    if (existing) {
      ctx.session.flash('error', ctx.i18n.t('organization.school.subgroupExists', { name }))
      return ctx.response.redirect().back()
    }
    await Subgroup.create({ groupId: group.id, name, subjectId: subjectId ?? null, isActive: true })
    ctx.session.flash('success', ctx.i18n.t('organization.school.subgroupAdded', { name }))
    return ctx.response.redirect(`/admin/schools/${school.id}`)
  }
}
