import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import RoleAssignment from '#app/organization/models/role_assignment'
import SchoolClass from '#app/organization/models/school_class'
import Subject from '#app/organization/models/subject'
import { managedSchool } from '#app/organization/services/admin_school'
import { teachingValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'

/** What a teacher teaches this year: the subjects and classes of one teacher assignment. */
export default class StaffTeachingController {
  async update(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return ctx.response.abort(ctx.i18n.t('organization.common.noCurrentYear'), 404)
    const assignment = await RoleAssignment.query()
      .where({ id: ctx.params.assignmentId, user_id: ctx.params.userId, school_id: school.id, school_year_id: year.id, role: 'teacher' })
      .firstOrFail()
    const data = await ctx.request.validateUsing(teachingValidator, { messagesProvider: organizationMessages(ctx) })

    /* Only this school's classes of this year and known subjects: other ids are refused, not ignored. */
    const classIds = data.classIds ?? []
    const subjectIds = data.subjectIds ?? []
    const classes = classIds.length ? await SchoolClass.query().whereIn('id', classIds).where({ school_id: school.id, school_year_id: year.id }) : []
    const subjects = subjectIds.length ? await Subject.query().whereIn('id', subjectIds) : []
    if (classes.length !== new Set(classIds).size || subjects.length !== new Set(subjectIds).size) {
      ctx.session.flash('error', ctx.i18n.t('organization.teaching.unknownChoice'))
      return ctx.response.redirect().back()
    }

    await db.transaction(async (trx) => {
      assignment.useTransaction(trx)
      await assignment.related('subjects').sync(subjects.map((subject) => subject.id))
      await assignment.related('classes').sync(classes.map((schoolClass) => schoolClass.id))
    })
    ctx.session.flash('success', ctx.i18n.t('organization.teaching.saved'))
    return ctx.response.redirect(`/admin/schools/${school.id}/staff/${assignment.userId}`)
  }
}
