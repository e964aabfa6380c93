import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { OrganizationPlan, PersonSpec } from '#app/organization/seeding/organization_plan'
import { schoolLevels } from '#app/organization/seeding/organization_plan'

/*
 * Writes an OrganizationPlan with multi-row inserts inside one
 * transaction, then reads ids back by natural keys (codes, names,
 * usernames) — the same on SQLite and PostgreSQL, no RETURNING needed.
 */

const BATCH = 500

export interface WriteOptions {
  schoolYearId: number
  /** One hash shared by every generated account (hashing is the slow part). */
  passwordHash: string
  mustChangePassword: boolean
}

export async function writeOrganization(
  trx: TransactionClientContract,
  plan: OrganizationPlan,
  options: WriteOptions
) {
  const now = DateTime.now().toFormat('yyyy-MM-dd HH:mm:ss')
  const stamps = { created_at: now, updated_at: now }

  const unitIds = await writeUnits(trx, plan, stamps)
  const schoolIds = await writeSchools(trx, plan, unitIds, stamps)
  const { groupIds, subgroupIds } = await writeGroups(trx, plan, schoolIds, stamps)
  const classIds = await writeClasses(trx, plan, schoolIds, options.schoolYearId)
  const userIds = await writeUsers(trx, plan.people, options, stamps)
  await writeRoles(
    trx,
    plan.people,
    { unitIds, schoolIds, groupIds, subgroupIds, classIds, userIds },
    options.schoolYearId,
    stamps
  )
}

type Stamps = { created_at: string; updated_at: string }

async function insertAll(
  trx: TransactionClientContract,
  table: string,
  rows: Record<string, unknown>[]
) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await trx.table(table).multiInsert(rows.slice(start, start + BATCH))
  }
}

async function idMap(
  trx: TransactionClientContract,
  table: string,
  key: (row: any) => string,
  columns: string[]
) {
  const rows = await trx.from(table).select('id', ...columns)
  return new Map<string, number>(rows.map((row) => [key(row), row.id]))
}

async function writeUnits(trx: TransactionClientContract, plan: OrganizationPlan, stamps: Stamps) {
  const existing = await idMap(trx, 'units', (row) => row.code, ['code'])
  // Parents first: the department, then its divisions and offices.
  for (const unit of plan.units) {
    if (existing.has(unit.code)) continue
    await trx.table('units').insert({
      kind: unit.kind,
      code: unit.code,
      name: unit.name,
      parent_id: unit.parentCode ? (existing.get(unit.parentCode) ?? null) : null,
      office_level: unit.officeLevel ?? null,
      is_active: true,
      ...stamps,
    })
    const row = await trx.from('units').where('code', unit.code).select('id').firstOrFail()
    existing.set(unit.code, row.id)
  }
  return existing
}

async function writeSchools(
  trx: TransactionClientContract,
  plan: OrganizationPlan,
  unitIds: Map<string, number>,
  stamps: Stamps
) {
  const division = unitIds.get(plan.divisionCode)!
  await insertAll(
    trx,
    'schools',
    plan.schools.map((school) => ({
      code: school.code,
      name: school.name,
      type: school.type,
      supervising_unit_id: school.type === 'thpt' ? division : unitIds.get(school.officeCode)!,
      is_active: true,
      ...stamps,
    }))
  )
  const schoolIds = await idMap(trx, 'schools', (row) => row.code, ['code'])
  await insertAll(
    trx,
    'school_levels',
    plan.schools.flatMap((school) =>
      schoolLevels(school.type).map((level) => ({
        school_id: schoolIds.get(school.code)!,
        level,
        receiving_unit_id: level === 'thpt' ? division : unitIds.get(school.officeCode)!,
      }))
    )
  )
  return schoolIds
}

async function writeGroups(
  trx: TransactionClientContract,
  plan: OrganizationPlan,
  schoolIds: Map<string, number>,
  stamps: Stamps
) {
  await insertAll(
    trx,
    'groups',
    plan.groups.map((group) => ({
      school_id: schoolIds.get(group.schoolCode)!,
      name: group.name,
      is_active: true,
      ...stamps,
    }))
  )
  const codeOfSchool = new Map([...schoolIds].map(([code, id]) => [id, code]))
  const groupIds = await idMap(
    trx,
    'groups',
    (row) => `${codeOfSchool.get(row.school_id)}/${row.name}`,
    ['school_id', 'name']
  )

  const subjects = await idMap(trx, 'subjects', (row) => row.code, ['code'])
  await insertAll(
    trx,
    'subgroups',
    plan.groups.flatMap((group) =>
      group.subgroups.map((subgroup) => ({
        group_id: groupIds.get(group.key)!,
        name: subgroup.name,
        subject_id: subjects.get(subgroup.subject) ?? null,
        is_active: true,
        ...stamps,
      }))
    )
  )
  const keyOfGroup = new Map([...groupIds].map(([key, id]) => [id, key]))
  const subgroupIds = await idMap(
    trx,
    'subgroups',
    (row) => `${keyOfGroup.get(row.group_id)}/${row.name}`,
    ['group_id', 'name']
  )
  return { groupIds, subgroupIds }
}

async function writeClasses(
  trx: TransactionClientContract,
  plan: OrganizationPlan,
  schoolIds: Map<string, number>,
  schoolYearId: number
) {
  await insertAll(
    trx,
    'classes',
    plan.classes.map((schoolClass) => ({
      school_id: schoolIds.get(schoolClass.schoolCode)!,
      school_year_id: schoolYearId,
      grade: schoolClass.grade,
      name: schoolClass.name,
    }))
  )
  const codeOfSchool = new Map([...schoolIds].map(([code, id]) => [id, code]))
  const rows = await trx
    .from('classes')
    .where('school_year_id', schoolYearId)
    .select('id', 'school_id', 'name')
  return new Map<string, number>(
    rows.map((row) => [`${codeOfSchool.get(row.school_id)}/${row.name}`, row.id])
  )
}

async function writeUsers(
  trx: TransactionClientContract,
  people: PersonSpec[],
  options: WriteOptions,
  stamps: Stamps
) {
  await insertAll(
    trx,
    'users',
    people.map((person) => ({
      username: person.username,
      email: person.email,
      full_name: person.fullName,
      staff_code: person.staffCode,
      password: options.passwordHash,
      must_change_password: options.mustChangePassword,
      is_active: true,
      email_notifications: true,
      ...stamps,
    }))
  )
  return idMap(trx, 'users', (row) => row.username, ['username'])
}

interface Ids {
  unitIds: Map<string, number>
  schoolIds: Map<string, number>
  groupIds: Map<string, number>
  subgroupIds: Map<string, number>
  classIds: Map<string, number>
  userIds: Map<string, number>
}

async function writeRoles(
  trx: TransactionClientContract,
  people: PersonSpec[],
  ids: Ids,
  schoolYearId: number,
  stamps: Stamps
) {
  const assignments = people.flatMap((person) => person.roles.map((role) => ({ person, role })))
  await insertAll(
    trx,
    'role_assignments',
    assignments.map(({ person, role }) => ({
      user_id: ids.userIds.get(person.username)!,
      school_year_id: schoolYearId,
      role: role.role,
      school_id: role.schoolCode ? ids.schoolIds.get(role.schoolCode)! : null,
      group_id: role.groupKey ? ids.groupIds.get(role.groupKey)! : null,
      subgroup_id: role.subgroupKey ? ids.subgroupIds.get(role.subgroupKey)! : null,
      unit_id: role.unitCode ? ids.unitIds.get(role.unitCode)! : null,
      ...stamps,
    }))
  )

  // Only teacher and specialist assignments carry subjects or classes: one per person and role.
  const rows = await trx
    .from('role_assignments')
    .where('school_year_id', schoolYearId)
    .whereIn('role', ['teacher', 'dept_specialist'])
    .select('id', 'user_id', 'role')
  const assignmentId = new Map(rows.map((row) => [`${row.user_id}/${row.role}`, row.id as number]))
  const subjects = await idMap(trx, 'subjects', (row) => row.code, ['code'])

  const subjectRows: Record<string, number>[] = []
  const classRows: Record<string, number>[] = []
  for (const { person, role } of assignments) {
    if (!role.subjects?.length && !role.classKeys?.length) continue
    const id = assignmentId.get(`${ids.userIds.get(person.username)}/${role.role}`)
    if (!id) continue
    for (const code of role.subjects ?? [])
      subjectRows.push({ role_assignment_id: id, subject_id: subjects.get(code)! })
    for (const key of role.classKeys ?? [])
      classRows.push({ role_assignment_id: id, class_id: ids.classIds.get(key)! })
  }
  await insertAll(trx, 'role_assignment_subjects', subjectRows)
  await insertAll(trx, 'role_assignment_classes', classRows)
}
