import type { HttpContext } from '@adonisjs/core/http'
import type School from '#app/organization/models/school'
import SchoolClass from '#app/organization/models/school_class'
import { managedSchool } from '#app/organization/services/admin_school'
import { byGrade, classesOf, createClassesPerGrade, gradesOf, nameFitsGrade } from '#app/organization/services/school_classes'
import { classBatchValidator, classValidator } from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** A school's classes (lớp) for the current year, per grade: list, add one, add N per grade. */
export default class SchoolClassesController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const grades = year ? byGrade(await classesOf(school.id, year.id)) : []
    return ctx.view.render('pages/organization/school_classes', { school, year, grades, schoolGrades: gradesOf(school.type) })
  }

  async store(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return this.noYear(ctx)
    const { grade, name } = await ctx.request.validateUsing(classValidator, { messagesProvider: organizationMessages(ctx) })
    const error = await this.classProblem(ctx, school, year.id, grade, name)
    if (error) {
      flashFieldErrors(ctx.session, error)
      return ctx.response.redirect().back()
    }
    await SchoolClass.create({ schoolId: school.id, schoolYearId: year.id, grade, name })
    ctx.session.flash('success', ctx.i18n.t('organization.classes.added', { name }))
    return ctx.response.redirect(`/admin/schools/${school.id}/classes`)
  }

  /** The quick action: 6A1…6AN, 7A1…7AN…; classes that exist already are kept as they are. */
  async storeBatch(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return this.noYear(ctx)
    const { grades, perGrade } = await ctx.request.validateUsing(classBatchValidator, { messagesProvider: organizationMessages(ctx) })
    const taught = gradesOf(school.type)
    if (grades.some((grade) => !taught.includes(grade))) {
      flashFieldErrors(ctx.session, { grades: ctx.i18n.t('organization.classes.gradesNotTaught') })
      return ctx.response.redirect().back()
    }
    const created = await createClassesPerGrade(school.id, year.id, grades, perGrade)
    ctx.session.flash('success', ctx.i18n.t('organization.classes.batchAdded', { count: created }))
    return ctx.response.redirect(`/admin/schools/${school.id}/classes`)
  }

  /** A grade the school does not teach, a name not of that grade, or a name already used this year. */
  private async classProblem(ctx: HttpContext, school: School, schoolYearId: number, grade: number, name: string): Promise<Record<string, string> | null> {
    const t = (key: string) => ctx.i18n.t(`organization.classes.${key}`, { name, grade })
    if (!gradesOf(school.type).includes(grade)) return { grade: t('gradeNotTaught') }
    if (!nameFitsGrade(name, grade)) return { name: t('nameNotOfGrade') }
    const taken = await SchoolClass.query().where({ school_id: school.id, school_year_id: schoolYearId, name }).first()
    return taken ? { name: t('nameTaken') } : null
  }

  private noYear(ctx: HttpContext) {
    ctx.session.flash('error', ctx.i18n.t('organization.common.noCurrentYear'))
    return ctx.response.redirect().back()
  }
}
