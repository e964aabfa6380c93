import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import RoleAssignment from '#app/organization/models/role_assignment'
import { managedSchool } from '#app/organization/services/admin_school'
import { teachingValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'

/** What a teacher teaches this year: the subjects and classes of one teacher assignment. */
export default class StaffTeachingController {
  async update(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return ctx.response.abort(ctx.i18n.t('organization.common.noCurrentYear'), 404)
    const assignment = await RoleAssignment.query()
      .where({
        id: ctx.params.assignmentId,
        user_id: ctx.params.userId,
        school_id: school.id,
        school_year_id: year.id,
        role: 'teacher',
      })
      .firstOrFail()
    /* Only this school's classes of this year and known subjects: other ids are a validation error, not ignored. */
    const data = await ctx.request.validateUsing(teachingValidator, {
      meta: { schoolId: school.id, schoolYearId: year.id },
      messagesProvider: organizationMessages(ctx),
    })

    await db.transaction(async (trx) => {
      assignment.useTransaction(trx)
      await assignment.related('subjects').sync([...new Set(data.subjectIds ?? [])])
      await assignment.related('classes').sync([...new Set(data.classIds ?? [])])
    })
    ctx.session.flash('success', ctx.i18n.t('organization.teaching.saved'))
    return ctx.response
      .redirect()
      .toRoute('staff_roles.index', { schoolId: school.id, userId: assignment.userId })
  }
}
