/*
|--------------------------------------------------------------------------
| The plans a school writes in a school year, before anything happens to them
|--------------------------------------------------------------------------
|
| The school plan, each group's PL I and PL II, each teacher's PL III and
| lesson plans spread over the weeks taught so far, with the dates they
| are written and due by (plan_lives.ts then plays what happens to them).
*/
import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NewDocumentFields } from '#app/documents/actions/upload_version'
import type { PlanOptions } from '#app/documents/demo_files/plans'
import type { DocumentKind } from '#app/core/registries/kinds'
import type { Random } from '#app/organization/seeding/random'
import type User from '#app/organization/models/user'
import type { CastSchool, CastTeacher } from '#app/workflow/seeding/demo_cast'
import { LESSON_TITLES } from '#app/workflow/seeding/demo_texts'

/** The school year being lived, and the school's own random sequence. */
export interface Context {
  yearId: number
  yearLabel: string
  startsOn: DateTime
  deadline: DateTime
  today: DateTime
  random: Random
  inspectors: User[]
}

export interface Plan {
  owner: User
  fields: NewDocumentFields
  options: PlanOptions
  /** The plan is written over these days before it is first uploaded. */
  firstUpload: DateTime
  /** The date by which it should be approved. */
  due: DateTime
}

export function plansOf(school: CastSchool, context: Context, lessonsPerTeacher: number): Plan[] {
  const plans: Plan[] = []
  const yearly = (days: number) => context.startsOn.minus({ days })
  const common = { school: school.name, schoolYear: context.yearLabel }
  if (school.vicePrincipal ?? school.principal) {
    plans.push({
      owner: (school.vicePrincipal ?? school.principal)!,
      fields: fields(context, 'school_plan', school.id, {}),
      options: common,
      firstUpload: yearly(25),
      due: context.deadline,
    })
  }
  for (const group of school.groups) {
    const lead = group.teachers[0]
    const groupOptions = {
      ...common,
      group: group.name,
      subject: lead?.subjectName ?? group.name,
      grade: lead?.grade ?? 6,
    }
    if (group.head) {
      const subjectId = lead?.subjectId ?? null
      plans.push({
        owner: group.head,
        fields: fields(context, 'pl1', school.id, {
          groupId: group.id,
          subjectId,
          grade: groupOptions.grade,
        }),
        options: groupOptions,
        firstUpload: yearly(20),
        due: context.deadline,
      })
      plans.push({
        owner: group.head,
        fields: fields(context, 'pl2', school.id, { groupId: group.id, subjectId }),
        options: groupOptions,
        firstUpload: yearly(18),
        due: context.deadline,
      })
    }
    for (const teacher of group.teachers) {
      const teacherOptions = {
        ...common,
        group: group.name,
        teacher: teacher.user.fullName,
        subject: teacher.subjectName,
        grade: teacher.grade,
      }
      plans.push({
        owner: teacher.user,
        fields: teacherFields(context, 'pl3', school.id, teacher),
        options: teacherOptions,
        firstUpload: yearly(context.random.int(3, 15)),
        due: context.deadline,
      })
      plans.push(...lessonPlans(context, school.id, teacher, teacherOptions, lessonsPerTeacher))
    }
  }
  return plans
}

/**
 * Lessons spread over the weeks taught so far, the last one next week:
 * each prepared a few days ahead, next week's already sent for approval.
 */
function lessonPlans(
  context: Context,
  schoolId: number,
  teacher: CastTeacher,
  options: PlanOptions,
  count: number
): Plan[] {
  const nextWeek = Math.max(1, Math.floor(context.today.diff(context.startsOn, 'weeks').weeks) + 2)
  const titles = LESSON_TITLES[teacher.subjectName] ?? LESSON_TITLES.default
  return Array.from({ length: count }, (_, index) => {
    const week = Math.max(1, Math.round(((index + 1) * nextWeek) / count))
    const teachingDate = context.startsOn.plus({ weeks: week - 1, days: context.random.int(0, 4) })
    const lessonTitle = `Bài ${week + 1}. ${titles[(week + teacher.user.id) % titles.length]}`
    const prepared = teachingDate.minus({ days: context.random.int(3, 10) })
    return {
      owner: teacher.user,
      fields: {
        ...teacherFields(context, 'pl4', schoolId, teacher),
        title: lessonTitle,
        lessonTitle,
        periods: context.random.int(1, 3),
        teachingDate,
        teachingWeek: week,
      },
      options: {
        ...options,
        lessonTitle,
        layout: context.random.next() < 0.4 ? 'activityTable' : 'headings',
      },
      firstUpload: DateTime.min(prepared, context.today.minus({ days: 2 })),
      due: teachingDate.minus({ days: 1 }),
    }
  })
}

function fields(
  context: Context,
  kind: DocumentKind,
  schoolId: number,
  extra: Partial<NewDocumentFields>
): NewDocumentFields {
  const t = (key: string, data?: Record<string, unknown>) => i18nManager.locale('vi').t(key, data)
  return {
    kind,
    schoolYearId: context.yearId,
    schoolId,
    groupId: null,
    subgroupId: null,
    subjectId: null,
    grade: null,
    className: null,
    title: t(`documents.kinds.${kind}`),
    lessonTitle: null,
    periods: null,
    teachingDate: null,
    teachingWeek: null,
    ...extra,
  }
}

function teacherFields(
  context: Context,
  kind: DocumentKind,
  schoolId: number,
  teacher: CastTeacher
): NewDocumentFields {
  const t = (key: string, data?: Record<string, unknown>) => i18nManager.locale('vi').t(key, data)
  const withSubject = t('documents.titles.withSubject', {
    kind: t(`documents.kinds.${kind}`),
    subject: teacher.subjectName,
  })
  return fields(context, kind, schoolId, {
    groupId: teacher.groupId,
    subgroupId: teacher.subgroupId,
    subjectId: teacher.subjectId,
    grade: teacher.grade,
    className: teacher.className,
    title: t('documents.titles.withGrade', { title: withSubject, grade: teacher.grade }),
  })
}
