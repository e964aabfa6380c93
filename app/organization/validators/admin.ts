import vine from '@vinejs/vine'
import { SCHOOL_ROLES } from '#app/core/registries/roles'
import {
  classOfSchool,
  groupOfSchool,
  subgroupOfSchool,
  subjectId,
  unitId,
  type SchoolFormMeta,
} from '#app/organization/validators/known_ids'

const name = () => vine.string().trim().minLength(2).maxLength(160)
const code = () =>
  vine
    .string()
    .trim()
    .minLength(2)
    .maxLength(40)
    .regex(/^[A-Za-z0-9_.-]+$/)

export const groupValidator = vine.create({ name: name() })

export const subgroupValidator = vine.create({ name: name(), subjectId: subjectId().optional() })

/** Renaming a subgroup, giving it a subject, or moving it to another group of the school. */
export const subgroupUpdateValidator = vine
  .withMetaData<SchoolFormMeta>()
  .create({ name: name(), groupId: groupOfSchool(), subjectId: subjectId().optional() })

/** Renaming a division or an office: the code stays, it is what other data refers to. */
export const unitRenameValidator = vine.create({ name: name() })

/** One class of the current year; the grade is 6–12 (THCS and THPT). */
export const classValidator = vine.create({
  grade: vine.number().withoutDecimals().range([6, 12]),
  name: vine.string().trim().toUpperCase().minLength(2).maxLength(40),
})

/** A new name for a class (its grade stays). */
export const classRenameValidator = vine.create({
  name: vine.string().trim().toUpperCase().minLength(2).maxLength(40),
})

/** "N classes per grade" (6A1…6AN) for the chosen grades. */
export const classBatchValidator = vine.create({
  perGrade: vine.number().withoutDecimals().range([1, 20]),
  grades: vine.array(vine.number().withoutDecimals().range([6, 12])).minLength(1),
})

/** What a teacher teaches this year: subjects and classes (both may be empty). */
export const teachingValidator = vine.withMetaData<SchoolFormMeta>().create({
  subjectIds: vine.array(subjectId()).optional(),
  classIds: vine.array(classOfSchool()).optional(),
})

export const staffValidator = vine.withMetaData<SchoolFormMeta>().create({
  fullName: name(),
  username: vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(3)
    .maxLength(80)
    .regex(/^[a-z0-9_.-]+$/),
  staffCode: vine.string().trim().maxLength(40).optional(),
  email: vine.string().trim().email().maxLength(254).optional(),
  groupId: groupOfSchool().optional(),
  subgroupId: subgroupOfSchool().optional(),
  subjectIds: vine.array(subjectId()).optional(),
})

export const roleValidator = vine.withMetaData<SchoolFormMeta>().create({
  role: vine.enum(SCHOOL_ROLES),
  groupId: groupOfSchool().optional(),
  subgroupId: subgroupOfSchool().optional(),
  subjectIds: vine.array(subjectId()).optional(),
})

export const statusValidator = vine.create({ active: vine.boolean() })

export const importUploadValidator = vine.create({
  file: vine.file({ size: '5mb', extnames: ['xlsx', 'csv'] }),
})

export const schoolValidator = vine.create({
  code: code(),
  name: name(),
  type: vine.enum(['thcs', 'thpt', 'multi'] as const),
  officeId: unitId(),
  receivingThcsId: unitId().optional(),
  receivingThptId: unitId().optional(),
})

export const unitValidator = vine.create({
  code: code(),
  name: name(),
  kind: vine.enum(['division', 'office'] as const),
  officeLevel: vine.enum(['district', 'commune'] as const).optional(),
})

export const specialistValidator = vine.create({
  fullName: name(),
  username: vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(3)
    .maxLength(80)
    .regex(/^[a-z0-9_.-]+$/),
  email: vine.string().trim().email().maxLength(254).optional(),
  unitId: unitId(),
  subjectIds: vine.array(subjectId()).minLength(1),
})

export const specialistSubjectsValidator = vine.create({
  subjectIds: vine.array(subjectId()).minLength(1),
})

export const schoolYearValidator = vine.create({
  name: vine
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}$/),
  startsOn: vine.date({ formats: ['YYYY-MM-DD'] }),
  endsOn: vine.date({ formats: ['YYYY-MM-DD'] }),
  weeksTerm1: vine.number().withoutDecimals().range([1, 30]),
  weeksTerm2: vine.number().withoutDecimals().range([1, 30]),
  planDeadline: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
})
