import type { HttpContext } from '@adonisjs/core/http'
import Group from '#app/organization/models/group'
import Subject from '#app/organization/models/subject'
import Subgroup from '#app/organization/models/subgroup'
import RoleAssignment from '#app/organization/models/role_assignment'
import { managedStaffMember } from '#app/organization/services/admin_school'
import { addRole, staffOf } from '#app/organization/services/school_staff'
import { activeGroupsOf } from '#app/organization/services/school_groups'
import { byGrade, classesOf } from '#app/organization/services/school_classes'
import { roleValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'

import { ROLE_REGISTRY, SCHOOL_ROLES } from '#app/core/registries/roles'

/** One person's roles at the school this year: view, add, remove. */
export default class StaffRolesController {
  async index(ctx: HttpContext) {
    const { school, year, person } = await this.person(ctx)
    const staff = await staffOf(school.id, year.id)
    const member = staff.find((m) => m.id === person.id)
    const groups = await activeGroupsOf(school.id)
    const subjects = await Subject.query().orderBy('sort_order')
    const teaching = await teachingOf(person.id, school.id, year.id)
    const classes = byGrade(await classesOf(school.id, year.id))
    return ctx.view.render('pages/organization/staff_roles', {
      school,
      year,
      person,
      member,
      groups,
      subjects,
      teaching,
      classes,
      /* The roles held in a school: the ones the role validator accepts. */
      schoolRoles: SCHOOL_ROLES,
    })
  }

  async store(ctx: HttpContext) {
    const { school, year, person, target } = await this.person(ctx)
    const data = await ctx.request.validateUsing(roleValidator, {
      meta: { schoolId: school.id, schoolYearId: year.id },
      messagesProvider: organizationMessages(ctx),
    })
    await ctx.bouncer.with('OrganizationStaffPolicy').authorize('grant', target, data.role)
    const t = (key: string) => ctx.i18n.t(`organization.staff.${key}`)

    const group = data.groupId
      ? await Group.query()
          .where('school_id', school.id)
          .where('id', data.groupId)
          .where('is_active', true)
          .first()
      : null
    const subgroup =
      group && data.subgroupId
        ? await Subgroup.query()
            .where('group_id', group.id)
            .where('id', data.subgroupId)
            .where('is_active', true)
            .first()
        : null
    const placedIn = ROLE_REGISTRY[data.role].placedIn
    const keepsGroup = placedIn !== null
    if (keepsGroup && !group) return this.back(ctx, t('roleNeedsGroup'))
    if (placedIn === 'subgroup' && !subgroup) return this.back(ctx, t('roleNeedsSubgroup'))

    /* A teacher may also name a subgroup (the one he teaches in); a subgroup lead must. */
    const keepsSubgroup = data.role === 'teacher' || placedIn === 'subgroup'
    const scope = {
      groupId: keepsGroup ? group!.id : null,
      subgroupId: keepsSubgroup ? (subgroup?.id ?? null) : null,
    }
    const duplicate = await RoleAssignment.query()
      .where({ user_id: person.id, school_year_id: year.id, school_id: school.id, role: data.role })
      .where((q) => (scope.groupId ? q.where('group_id', scope.groupId) : q.whereNull('group_id')))
      .where((q) =>
        scope.subgroupId ? q.where('subgroup_id', scope.subgroupId) : q.whereNull('subgroup_id')
      )
      .first()
    if (duplicate) return this.back(ctx, t('roleExists'))

    await addRole(person.id, {
      role: data.role,
      schoolId: school.id,
      schoolYearId: year.id,
      ...scope,
      subjectIds: data.role === 'teacher' ? data.subjectIds : undefined,
    })
    ctx.session.flash('success', t('roleAdded'))
    return ctx.response
      .redirect()
      .toRoute('staff_roles.index', { schoolId: school.id, userId: person.id })
  }

  async destroy(ctx: HttpContext) {
    const { school, year, person, target } = await this.person(ctx)
    const assignment = await RoleAssignment.query()
      .where({
        id: ctx.params.assignmentId,
        user_id: person.id,
        school_id: school.id,
        school_year_id: year.id,
      })
      .firstOrFail()
    await ctx.bouncer.with('OrganizationStaffPolicy').authorize('grant', target, assignment.role)
    await assignment.delete()
    ctx.session.flash('success', ctx.i18n.t('organization.staff.roleRemoved'))
    return ctx.response
      .redirect()
      .toRoute('staff_roles.index', { schoolId: school.id, userId: person.id })
  }

  /** The school, the current year and a person who works there (404 for anyone else). */
  private person(ctx: HttpContext) {
    return managedStaffMember(ctx)
  }

  private back(ctx: HttpContext, message: string) {
    ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }
}

/** The person's teacher assignments at the school this year, with what each teaches (subjects, classes). */
function teachingOf(userId: number, schoolId: number, schoolYearId: number) {
  return RoleAssignment.query()
    .where({ user_id: userId, school_id: schoolId, school_year_id: schoolYearId, role: 'teacher' })
    .preload('subjects')
    .preload('classes')
    .orderBy('id')
}
