import type { HttpContext } from '@adonisjs/core/http'
import type School from '#app/organization/models/school'
import SchoolClass from '#app/organization/models/school_class'
import { managedSchool } from '#app/organization/services/admin_school'
import {
  byGrade,
  classesOf,
  createClassesPerGrade,
  gradesOf,
  nameFitsGrade,
} from '#app/organization/services/school_classes'
import db from '@adonisjs/lucid/services/db'
import {
  classBatchValidator,
  classRenameValidator,
  classValidator,
} from '#app/organization/validators/admin'
import { organizationMessages } from '#app/organization/validators/messages'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** A school's classes (lớp) for the current year, per grade: list, add one, add N per grade, rename, remove. */
export default class SchoolClassesController {
  async index(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const grades = year ? byGrade(await classesOf(school.id, year.id)) : []
    return ctx.view.render('pages/organization/school_classes', {
      school,
      year,
      grades,
      schoolGrades: gradesOf(school.type),
    })
  }

  async store(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return this.noYear(ctx)
    const { grade, name } = await ctx.request.validateUsing(classValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    const error = await this.classProblem(ctx, school, year.id, grade, name)
    if (error) {
      flashFieldErrors(ctx.session, error)
      return ctx.response.redirect().back()
    }
    await SchoolClass.create({ schoolId: school.id, schoolYearId: year.id, grade, name })
    ctx.session.flash('success', ctx.i18n.t('organization.classes.added', { name }))
    return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
  }

  /** The quick action: 6A1…6AN, 7A1…7AN…; classes that exist already are kept as they are. */
  async storeBatch(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    if (!year) return this.noYear(ctx)
    const { grades, perGrade } = await ctx.request.validateUsing(classBatchValidator, {
      messagesProvider: organizationMessages(ctx),
    })
    const taught = gradesOf(school.type)
    if (grades.some((grade) => !taught.includes(grade))) {
      flashFieldErrors(ctx.session, { grades: ctx.i18n.t('organization.classes.gradesNotTaught') })
      return ctx.response.redirect().back()
    }
    const created = await createClassesPerGrade(school.id, year.id, grades, perGrade)
    ctx.session.flash('success', ctx.i18n.t('organization.classes.batchAdded', { count: created }))
    return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
  }

  /** A typo fixed or a class renamed; its grade, teachers and plans stay. */
  async update(ctx: HttpContext) {
    const { school, schoolClass } = await this.classOf(ctx)
    /* One small form per class: its problem is said at the top of the page, not beside the "add" form's name field. */
    const [invalid, input] = await classRenameValidator.tryValidate(ctx.request.all(), {
      messagesProvider: organizationMessages(ctx),
    })
    const name = input?.name ?? ''
    const clash = invalid
      ? null
      : await this.classProblem(
          ctx,
          school,
          schoolClass.schoolYearId,
          schoolClass.grade,
          name,
          schoolClass.id
        )
    const problem = invalid ? invalid.messages[0].message : clash?.name
    if (problem) {
      ctx.session.flash('error', problem)
      return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
    }
    const previous = schoolClass.name
    schoolClass.name = name
    await schoolClass.save()
    ctx.session.flash('success', ctx.i18n.t('organization.classes.renamed', { previous, name }))
    return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
  }

  /** Only a class no teacher is assigned to: removing one would silently change what they teach. */
  async destroy(ctx: HttpContext) {
    const { school, schoolClass } = await this.classOf(ctx)
    const teachers = await db
      .from('role_assignment_classes')
      .where('class_id', schoolClass.id)
      .count('* as n')
      .first()
    if (Number(teachers?.n ?? 0) > 0) {
      ctx.session.flash(
        'error',
        ctx.i18n.t('organization.classes.stillTaught', {
          name: schoolClass.name,
          count: Number(teachers!.n),
        })
      )
      return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
    }
    await schoolClass.delete()
    ctx.session.flash(
      'success',
      ctx.i18n.t('organization.classes.removed', { name: schoolClass.name })
    )
    return ctx.response.redirect().toRoute('school_classes.index', { schoolId: school.id })
  }

  /** The class of the URL, of this school and its current year; 404 otherwise (also for a guessed id). */
  private async classOf(ctx: HttpContext) {
    const { school, year } = await managedSchool(ctx)
    const schoolClass = await SchoolClass.query()
      .where({
        id: Number(ctx.params.classId) || 0,
        school_id: school.id,
        school_year_id: year?.id ?? 0,
      })
      .firstOrFail()
    return { school, schoolClass }
  }

  /** A grade the school does not teach, a name not of that grade, or a name already used this year (by another class). */
  private async classProblem(
    ctx: HttpContext,
    school: School,
    schoolYearId: number,
    grade: number,
    name: string,
    exceptId?: number
  ): Promise<Record<string, string> | null> {
    const t = (key: string) => ctx.i18n.t(`organization.classes.${key}`, { name, grade })
    if (!gradesOf(school.type).includes(grade)) return { grade: t('gradeNotTaught') }
    if (!nameFitsGrade(name, grade)) return { name: t('nameNotOfGrade') }
    const taken = await SchoolClass.query()
      .where({ school_id: school.id, school_year_id: schoolYearId, name })
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .first()
    return taken ? { name: t('nameTaken') } : null
  }

  private noYear(ctx: HttpContext) {
    ctx.session.flash('error', ctx.i18n.t('organization.common.noCurrentYear'))
    return ctx.response.redirect().back()
  }
}
