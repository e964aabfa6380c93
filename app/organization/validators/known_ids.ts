import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'

/*
 * Ids chosen in administration forms must name a row that exists and that
 * the form may use (a group of the administered school, a class of this
 * year…): otherwise a validation error (422, or the form sent back with the
 * message), never a 500 after half a write. The school and year come from
 * the validator's metadata, set by the controller from managedSchool().
 */

/** Metadata of validators for a school's own forms. */
export interface SchoolFormMeta {
  schoolId: number
  schoolYearId: number
}

const id = () => vine.number().positive().withoutDecimals()
const meta = (field: FieldContext) => field.meta as SchoolFormMeta

export const subjectId = () => id().exists({ table: 'subjects', column: 'id' })

/** A unit that receives or supervises: an office, a division or the department. */
export const unitId = () =>
  id().exists({ table: 'units', column: 'id', filter: (q) => void q.where('is_active', true) })

/** An active group of the administered school. */
export const groupOfSchool = () =>
  id().exists({
    table: 'groups',
    column: 'id',
    filter: (q, _value, field) =>
      void q.where('school_id', meta(field).schoolId).where('is_active', true),
  })

/** An active subgroup of the administered school (of the form's group when it names one). */
export const subgroupOfSchool = () =>
  id().exists(async (db, value, field) => {
    const query = db
      .from('subgroups')
      .join('groups', 'groups.id', 'subgroups.group_id')
      .where('subgroups.id', value as number)
      .where('subgroups.is_active', true)
      .where('groups.school_id', meta(field).schoolId)
    const groupId = (field.parent as Record<string, unknown>)?.groupId
    if (typeof groupId === 'number') query.where('groups.id', groupId)
    return Boolean(await query.first())
  })

/** A class of the administered school in this school year. */
export const classOfSchool = () =>
  id().exists({
    table: 'classes',
    column: 'id',
    filter: (q, _value, field) =>
      void q
        .where('school_id', meta(field).schoolId)
        .where('school_year_id', meta(field).schoolYearId),
  })
