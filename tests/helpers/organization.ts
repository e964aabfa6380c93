import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import Unit, { type OfficeLevel } from '#app/organization/models/unit'
import School, { type SchoolType } from '#app/organization/models/school'
import SchoolLevel from '#app/organization/models/school_level'
import SchoolYear from '#app/organization/models/school_year'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import Subject from '#app/organization/models/subject'
import RoleAssignment from '#app/organization/models/role_assignment'
import type { RoleName } from '#app/core/registries/roles'
import { givenUser } from '#tests/helpers/users'

/*
 * Given … helpers for scenarios about schools, groups and roles. Every
 * call makes fresh rows with unique codes, so tests never collide in the
 * shared test database.
 */

let counter = 0
const next = () => `${++counter}${process.pid}`

/** The current school year (2025-2026), created on first use. */
export async function currentSchoolYear() {
  const existing = await SchoolYear.current()
  if (existing) return existing
  return SchoolYear.create({
    name: '2025-2026',
    startsOn: DateTime.fromISO('2025-09-05'),
    endsOn: DateTime.fromISO('2026-05-31'),
    weeksTerm1: 18,
    weeksTerm2: 17,
    planDeadline: SchoolYear.defaultPlanDeadline(2025),
    isCurrent: true,
  })
}

/** The department (Sở GDĐT) and its secondary-education division, created on first use. */
export async function givenDepartment() {
  const department = await Unit.firstOrCreate(
    { code: 'SO_TEST' },
    { kind: 'department', name: 'Sở Giáo dục và Đào tạo (thử nghiệm)', isActive: true }
  )
  const division = await Unit.firstOrCreate(
    { code: 'SO_TEST_GDTRH' },
    {
      kind: 'division',
      name: 'Phòng Giáo dục trung học (thử nghiệm)',
      parentId: department.id,
      isActive: true,
    }
  )
  return { department, division }
}

/** A supervising office: a 2022 district office or a post-2025 commune office. */
export async function givenOffice(options: { level?: OfficeLevel; name?: string } = {}) {
  const { department } = await givenDepartment()
  const suffix = next()
  return Unit.create({
    kind: 'office',
    code: `PGD_${suffix}`,
    name: options.name ?? `Phòng Văn hoá - Xã hội xã Thử Nghiệm ${suffix}`,
    parentId: department.id,
    officeLevel: options.level ?? 'commune',
    isActive: true,
  })
}

/**
 * A school with its levels routed: THPT → the division, THCS → the given
 * office (a new one when omitted). Multi-level schools route both.
 */
export async function givenSchool(
  options: { type?: SchoolType; office?: Unit; name?: string } = {}
) {
  const type = options.type ?? 'thcs'
  const { division } = await givenDepartment()
  const office = options.office ?? (type === 'thpt' ? division : await givenOffice())
  const suffix = next()
  const school = await School.create({
    code: `TR${suffix}`,
    name: options.name ?? `Trường ${type.toUpperCase()} Thử Nghiệm ${suffix}`,
    type,
    supervisingUnitId: type === 'thpt' ? division.id : office.id,
    isActive: true,
  })
  const levels = type === 'multi' ? (['thcs', 'thpt'] as const) : ([type] as const)
  for (const level of levels) {
    await SchoolLevel.create({
      schoolId: school.id,
      level,
      receivingUnitId: level === 'thpt' ? division.id : office.id,
    })
  }
  return school
}

export async function givenGroup(school: School, name?: string) {
  return Group.create({
    schoolId: school.id,
    name: name ?? `Tổ Khoa học tự nhiên ${next()}`,
    isActive: true,
  })
}

export async function givenSubgroup(
  group: Group,
  options: { name?: string; subject?: string } = {}
) {
  const subject = options.subject ? await subjectByCode(options.subject) : null
  return Subgroup.create({
    groupId: group.id,
    name: options.name ?? `Nhóm ${subject?.name ?? 'Toán'} ${next()}`,
    subjectId: subject?.id ?? null,
    isActive: true,
  })
}

export async function subjectByCode(code: string) {
  return Subject.findByOrFail('code', code)
}

export interface RoleScope {
  school?: School | null
  group?: Group | null
  subgroup?: Subgroup | null
  unit?: Unit | null
  /** Subject codes taught (teacher) or covered (specialist). */
  subjects?: string[]
  schoolYear?: SchoolYear
}

/** Gives a person a role for the school year (the current one by default). */
export async function givenRole(user: User, role: RoleName, scope: RoleScope = {}) {
  const year = scope.schoolYear ?? (await currentSchoolYear())
  const group = scope.group ?? null
  const schoolId = scope.school?.id ?? group?.schoolId ?? null
  const assignment = await RoleAssignment.create({
    userId: user.id,
    schoolYearId: year.id,
    role,
    schoolId,
    groupId: group?.id ?? scope.subgroup?.groupId ?? null,
    subgroupId: scope.subgroup?.id ?? null,
    unitId: scope.unit?.id ?? null,
  })
  if (scope.subjects?.length) {
    const subjects = await Subject.query().whereIn('code', scope.subjects)
    await assignment.related('subjects').attach(subjects.map((subject) => subject.id))
  }
  return assignment
}

/** A teacher of a group (and subgroup) teaching the given subjects. */
export async function givenTeacher(
  options: {
    school?: School
    group?: Group
    subgroup?: Subgroup
    subjects?: string[]
    fullName?: string
  } = {}
) {
  const school =
    options.school ??
    (options.group ? await School.findOrFail(options.group.schoolId) : await givenSchool())
  const group = options.group ?? (await givenGroup(school))
  const user = await givenUser({ fullName: options.fullName ?? 'Nguyễn Thị Mai' })
  await givenRole(user, 'teacher', {
    school,
    group,
    subgroup: options.subgroup,
    subjects: options.subjects ?? ['toan'],
  })
  return user
}

/** A fresh person holding one role. */
export async function givenPersonWithRole(
  role: RoleName,
  scope: RoleScope = {},
  fullName = 'Lê Văn Hùng'
) {
  const user = await givenUser({ fullName })
  await givenRole(user, role, scope)
  return user
}

/** Removes every role of a user (to test deny-by-default). */
export async function withoutRoles(user: User) {
  await db.from('role_assignments').where('user_id', user.id).delete()
}

/** A school (THCS by default) and its software administrator this year. */
export async function givenSchoolWithAdmin(type: SchoolType = 'thcs') {
  await currentSchoolYear()
  const school = await givenSchool({ type })
  const admin = await givenPersonWithRole('school_admin', { school }, 'Đỗ Minh Quân')
  return { school, admin }
}

/** The department's administrator this year. */
export async function givenDepartmentAdmin() {
  await currentSchoolYear()
  const { department } = await givenDepartment()
  return givenPersonWithRole('dept_admin', { unit: department }, 'Trịnh Thu Trang')
}

/** People of the school who must not administer it: a teacher, its principal, another school's administrator. */
export async function givenNonAdminsOf(school: School) {
  const teacher = await givenTeacher({ school })
  const principal = await givenPersonWithRole('principal', { school }, 'Hoàng Văn Thái')
  const other = await givenSchoolWithAdmin()
  const otherAdmin = other.admin
  return { teacher, principal, otherAdmin }
}

/**
 * A refused administration request: a page answers 403; a form sent by a
 * browser is sent back with the Vietnamese refusal (Bouncer's redirect).
 * Call with `.redirects(0)` so the refusal itself is seen.
 */
export function thenRefused(response: { status(): number; flashMessages(): Record<string, any> }) {
  if (response.status() === 403) return
  const flashed = response.flashMessages()?.error
  if (response.status() !== 302 || flashed !== 'Bạn không có quyền thực hiện thao tác này.') {
    throw new Error(
      `expected a refusal (403, or 302 with the refusal message), got ${response.status()} ${JSON.stringify(flashed)}`
    )
  }
}
