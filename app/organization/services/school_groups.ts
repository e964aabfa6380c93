import db from '@adonisjs/lucid/services/db'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import SchoolYear from '#app/organization/models/school_year'

/*
 * Changing a school's groups (tổ) and subgroups (nhóm). Nothing is
 * deleted: a group that closes is deactivated, it leaves the choice lists
 * while its teachers' documents stay where they were and stay readable.
 */

/** The school's active groups with their active subgroups: what choice lists offer. */
export function activeGroupsOf(schoolId: number) {
  return Group.query()
    .where('school_id', schoolId)
    .where('is_active', true)
    .preload('subgroups', (q) => q.where('is_active', true).orderBy('name'))
    .orderBy('name')
}

/** Whether another group of the school already has this name (case-insensitive). */
export async function groupNameTaken(schoolId: number, name: string, exceptId?: number) {
  const query = Group.query()
    .where('school_id', schoolId)
    .whereRaw('lower(name) = ?', [name.toLowerCase()])
  if (exceptId) query.whereNot('id', exceptId)
  return Boolean(await query.first())
}

/** Whether another subgroup of the group already has this name (case-insensitive). */
export async function subgroupNameTaken(groupId: number, name: string, exceptId?: number) {
  const query = Subgroup.query()
    .where('group_id', groupId)
    .whereRaw('lower(name) = ?', [name.toLowerCase()])
  if (exceptId) query.whereNot('id', exceptId)
  return Boolean(await query.first())
}

/**
 * Saves a subgroup's name, subject and group. When it moves to another
 * group, this year's assignments to the subgroup (its teachers, its lead)
 * follow it; earlier years keep the group they had then.
 */
export async function updateSubgroup(
  subgroup: Subgroup,
  changes: { name: string; groupId: number; subjectId: number | null }
) {
  const moved = changes.groupId !== subgroup.groupId
  await db.transaction(async (trx) => {
    subgroup.useTransaction(trx)
    subgroup.merge(changes)
    await subgroup.save()
    const year = await SchoolYear.query({ client: trx }).where('is_current', true).first()
    if (moved && year) {
      await trx
        .from('role_assignments')
        .where({ subgroup_id: subgroup.id, school_year_id: year.id })
        .update({ group_id: changes.groupId })
    }
  })
}
